/**
 * OS packages of Linux hosts (dpkg on Debian and Ubuntu, rpm on Red Hat and CentOS), with
 * the purl `arch` and `distro` qualifiers. Security-relevant ones carry real per-release
 * versions; the rest get a plausible upstream version and the release's revision style.
 * A host's patch level (0-3) moves the packages that had updates to a later revision.
 */
import type { Distro } from "../operating-systems.js";
import { hashSeed } from "../random.js";
import { identity, type Pkg } from "./package-line.js";

const DEB_NAMES = `
adduser apt base-files base-passwd bash bsdutils coreutils dash debconf debianutils diffutils dpkg
e2fsprogs findutils gcc-8-base gpgv grep gzip hostname init-system-helpers libacl1 libapt-pkg5.0
libattr1 libaudit1 libblkid1 libbz2-1.0 libc-bin libc6 libcap-ng0 libcom-err2 libdb5.3 libdebconfclient0
libext2fs2 libfdisk1 libffi6 libgcc1 libgcrypt20 libgmp10 libgnutls30 libgpg-error0 libhogweed4
libidn2-0 liblz4-1 liblzma5 libmount1 libncursesw6 libnettle6 libp11-kit0 libpam-modules
libpam-modules-bin libpam-runtime libpam0g libpcre3 libseccomp2 libselinux1 libsemanage1 libsepol1
libsmartcols1 libss2 libstdc++6 libsystemd0 libtasn1-6 libtinfo6 libudev1 libunistring2 libuuid1
libzstd1 login mawk mount ncurses-base ncurses-bin passwd perl-base sed sensible-utils sysvinit-utils
tar tzdata util-linux zlib1g openssl libssl1.1 ca-certificates openssh-server openssh-client
openssh-sftp-server sudo curl libcurl4 wget gnupg rsyslog cron logrotate systemd systemd-sysv udev
dbus libdbus-1-3 iproute2 iptables iputils-ping net-tools procps psmisc less vim-tiny nano
bzip2 xz-utils unzip zip file libmagic1 lsb-base lsb-release python3 python3-minimal libpython3.7
python3.7 python3-apt perl perl-modules-5.28 libperl5.28 git git-man libexpat1 libxml2 libxslt1.1
libsqlite3-0 libpq5 libldap-2.4-2 libsasl2-2 libkrb5-3 libgssapi-krb5-2 libk5crypto3 libkrb5support0
libkeyutils1 libnghttp2-14 librtmp1 libssh2-1 libpsl5 publicsuffix libpcre2-8-0 libreadline7
readline-common libedit2 libbsd0 libwrap0 libnss3 libnspr4 libjpeg62-turbo libpng16-16 libtiff5
libfreetype6 fontconfig-config libfontconfig1 fonts-dejavu-core libx11-6 libx11-data libxau6
libxcb1 libxdmcp6 libxext6 libxrender1 libxi6 libxtst6 libasound2 libcups2 libgif7 liblcms2-2
openjdk-11-jre-headless java-common apache2 apache2-bin apache2-data apache2-utils libapr1
libaprutil1 nginx nginx-common libnginx-mod-http-geoip postgresql-11 postgresql-client-11
postgresql-common mariadb-server-10.3 mariadb-client-10.3 libmariadb3 redis-server libjemalloc2
php7.3 php7.3-cli php7.3-common php7.3-fpm php7.3-mysql libapache2-mod-php7.3 nodejs libuv1
libicu63 bind9-host libbind9-161 libdns1104 libisc1100 ntp sntp isc-dhcp-client isc-dhcp-common
postfix bsd-mailx exim4-base samba-common smbclient libsmbclient libwbclient0 nfs-common rpcbind
libtirpc3 libnfsidmap2 cifs-utils snmpd libsnmp30 libsnmp-base rsync screen tmux htop lsof strace
tcpdump libpcap0.8 traceroute dnsutils whois telnet ftp netcat-traditional auditd libauparse0
apparmor libapparmor1 unattended-upgrades python3-six python3-requests python3-urllib3
python3-certifi python3-chardet python3-idna python3-yaml python3-cryptography
`;

const RPM_NAMES = `
basesystem bash bzip2-libs ca-certificates centos-release chkconfig coreutils cpio cracklib
cracklib-dicts cronie curl cyrus-sasl-lib dbus dbus-libs device-mapper diffutils dracut e2fsprogs
e2fsprogs-libs elfutils-libelf elfutils-libs expat file-libs filesystem findutils gawk gdbm glib2
glibc glibc-common gmp gnupg2 gpgme grep gzip hostname info iproute iptables iputils
kernel kernel-tools keyutils-libs kmod kmod-libs krb5-libs libacl libattr libblkid libcap libcap-ng
libcom_err libcurl libdb libdb-utils libffi libgcc libgcrypt libgpg-error libidn libmount libnghttp2
libpwquality libselinux libsemanage libsepol libsmartcols libssh2 libstdc++ libtasn1 libuser libutempter
libuuid libverto libxml2 lua lz4 ncurses ncurses-base ncurses-libs nspr nss nss-softokn nss-softokn-freebl
nss-sysinit nss-tools nss-util openldap openssl openssl-libs p11-kit p11-kit-trust pam pcre pinentry
popt procps-ng python python-libs qrencode-libs readline rpm rpm-build-libs rpm-libs rpm-python sed
setup shadow-utils shared-mime-info sqlite systemd systemd-libs systemd-sysv tar tzdata ustr
util-linux vim-minimal which xz xz-libs yum yum-plugin-fastestmirror zlib sudo openssh openssh-server
openssh-clients rsyslog logrotate audit audit-libs firewalld firewalld-filesystem polkit polkit-pkla-compat
NetworkManager NetworkManager-libnm dhclient dhcp-common dhcp-libs bind-libs bind-libs-lite
bind-license bind-utils chrony ntpdate postfix mariadb-libs net-tools lsof tcpdump libpcap telnet
wget rsync unzip zip less vim-enhanced vim-common perl perl-libs perl-Carp perl-Exporter
perl-File-Path perl-Getopt-Long perl-PathTools perl-Scalar-List-Utils perl-Socket perl-constant
perl-macros git httpd httpd-tools apr apr-util mod_ssl mod_http2 nginx nginx-filesystem
java-1.8.0-openjdk java-1.8.0-openjdk-headless java-11-openjdk-headless tomcat tomcat-lib
postgresql postgresql-libs postgresql-server mysql-community-server mysql-community-client
mysql-community-libs php php-cli php-common php-fpm php-mysqlnd net-snmp net-snmp-libs samba-client-libs
samba-common cifs-utils nfs-utils rpcbind libtirpc libnfsidmap gssproxy keyutils quota sysstat
lm_sensors-libs dmidecode pciutils pciutils-libs usbutils kexec-tools grub2 grub2-tools
grub2-common os-prober freetype fontconfig fontpackages-filesystem dejavu-fonts-common
dejavu-sans-fonts libX11 libX11-common libXau libxcb libXext libXrender libXi libXtst libjpeg-turbo
libpng libtiff giflib lcms2 alsa-lib cups-libs avahi-libs gnutls nettle trousers libseccomp
`;

/** Real versions of the packages advisories name most, per distro release: [base, updates...]. */
const REAL: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  openssl: {
    deb9: ["1.1.0l-1~deb9u1", "1.1.0l-1~deb9u3", "1.1.0l-1~deb9u4"],
    deb10: ["1.1.1d-0+deb10u3", "1.1.1d-0+deb10u6", "1.1.1d-0+deb10u7"],
    deb11: ["1.1.1k-1+deb11u1"],
    ubuntu16: ["1.0.2g-1ubuntu4.15", "1.0.2g-1ubuntu4.19", "1.0.2g-1ubuntu4.20"],
    ubuntu18: ["1.1.1-1ubuntu2.1~18.04.6", "1.1.1-1ubuntu2.1~18.04.9", "1.1.1-1ubuntu2.1~18.04.13"],
    ubuntu20: ["1.1.1f-1ubuntu2", "1.1.1f-1ubuntu2.5", "1.1.1f-1ubuntu2.10"],
    el6: ["1.0.1e-57.el6", "1.0.1e-58.el6_10"],
    el7: ["1.0.2k-19.el7", "1.0.2k-21.el7_9", "1.0.2k-22.el7_9"],
    el8: ["1.1.1g-15.el8_3", "1.1.1k-4.el8", "1.1.1k-5.el8_5"],
  },
  sudo: {
    deb9: ["1.8.19p1-2.1", "1.8.19p1-2.1+deb9u3"],
    deb10: ["1.8.27-1+deb10u2", "1.8.27-1+deb10u3"],
    deb11: ["1.9.5p2-3"],
    ubuntu16: ["1.8.16-0ubuntu1.9", "1.8.16-0ubuntu1.10"],
    ubuntu18: ["1.8.21p2-3ubuntu1.2", "1.8.21p2-3ubuntu1.4"],
    ubuntu20: ["1.8.31-1ubuntu1.1", "1.8.31-1ubuntu1.2"],
    el6: ["1.8.6p3-29.el6_10.2", "1.8.6p3-29.el6_10.4"],
    el7: ["1.8.23-9.el7", "1.8.23-10.el7_9.1", "1.8.23-10.el7_9.2"],
    el8: ["1.8.29-6.el8", "1.8.29-7.el8", "1.8.29-7.el8_4.1"],
  },
  bash: {
    deb9: ["4.4-5"],
    deb10: ["5.0-4"],
    deb11: ["5.1-2+b3"],
    ubuntu16: ["4.3-14ubuntu1.4"],
    ubuntu18: ["4.4.18-2ubuntu1.2"],
    ubuntu20: ["5.0-6ubuntu1.1"],
    el6: ["4.1.2-48.el6"],
    el7: ["4.2.46-34.el7"],
    el8: ["4.4.19-12.el8", "4.4.20-1.el8_4"],
  },
};

/** The installed-package candidates of one distro at one patch level, in a fixed order. */
export function osPackages(distro: Distro, patchLevel: number): readonly Pkg[] {
  const key = `${distro.id}#${patchLevel}`;
  let list = cache.get(key);
  if (!list) {
    const names = (distro.family === "deb" ? DEB_NAMES : RPM_NAMES).trim().split(/\s+/);
    list = names.map((name) => build(distro, name, patchLevel));
    cache.set(key, list);
  }
  return list;
}

/** How many of a distro's candidates every host has: the base system. */
export const BASE_PACKAGES = 110;

const cache = new Map<string, Pkg[]>();

const ARCH_ALL =
  /^(tzdata|ca-certificates|debconf|adduser|base-passwd|sensible-utils|lsb-base|ncurses-base|readline-common|publicsuffix|java-common|fonts-|fontconfig-config|apache2-data|postgresql-common|nginx-common|git-man|perl-modules|python3-|libx11-data|libsnmp-base|perl-|dejavu-|fontpackages|ncurses-base|setup|filesystem|basesystem|tzdata|bind-license|firewalld|tomcat|grub2-common|nginx-filesystem)/;

function build(distro: Distro, name: string, level: number): Pkg {
  const real = REAL[name]?.[distro.release];
  const version = real ? real[Math.min(level, real.length - 1)]! : synthetic(distro, name, level);
  const deb = distro.family === "deb";
  const arch = ARCH_ALL.test(name) ? (deb ? "all" : "noarch") : deb ? "amd64" : "x86_64";
  return identity(distro.family, distro.vendor, name, version, { arch, distro: distro.id });
}

function synthetic(distro: Distro, name: string, level: number): string {
  const h = hashSeed(name);
  const releaseShift = hashSeed(distro.release) % 3;
  const upstream = `${1 + (h % 3)}.${((h >>> 3) % 20) + releaseShift}.${(h >>> 8) % 12}`;
  // About a third of the packages had security updates; the others stay at their release version.
  const updates = (h >>> 13) % 3 === 0 ? level : 0;
  const rev = 1 + ((h >>> 16) % 4);
  switch (distro.release) {
    case "deb9":
    case "deb10":
    case "deb11":
      return `${upstream}-${rev}${updates > 0 ? `+${distro.release}u${updates}` : ""}`;
    case "ubuntu16":
    case "ubuntu18":
    case "ubuntu20":
      return `${upstream}-${rev}ubuntu${updates > 0 ? `0.${updates}` : "1"}`;
    default:
      return `${upstream}-${rev + updates * 2}.${distro.release}${updates > 0 ? "_9" : ""}`;
  }
}
