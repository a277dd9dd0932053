/**
 * Names of Red Hat Enterprise Linux and CentOS packages (6, 7 and 8) a server of the estate
 * may have installed: the base system first (every host has the first BASE_PACKAGES of
 * them), then libraries, services, agents and tools. Real package names from those releases.
 */
export const RPM_NAMES = `
basesystem bash bzip2-libs ca-certificates centos-release chkconfig coreutils cpio cracklib cracklib-dicts
cronie curl cyrus-sasl-lib dbus dbus-libs device-mapper diffutils dracut e2fsprogs e2fsprogs-libs
elfutils-libelf elfutils-libs expat file-libs filesystem findutils gawk gdbm glib2 glibc glibc-common gmp
gnupg2 gpgme grep gzip hostname info iproute iptables iputils kernel kernel-tools keyutils-libs kmod
kmod-libs krb5-libs libacl libattr libblkid libcap libcap-ng libcom_err libcurl libdb libdb-utils libffi
libgcc libgcrypt libgpg-error libidn libmount libnghttp2 libpwquality libselinux libsemanage libsepol
libsmartcols libssh2 libstdc++ libtasn1 libuser libutempter libuuid libverto libxml2 lua lz4 ncurses
ncurses-base ncurses-libs nspr nss nss-softokn nss-softokn-freebl nss-sysinit nss-tools nss-util openldap
openssl openssl-libs p11-kit p11-kit-trust pam pcre pinentry popt procps-ng python python-libs qrencode-libs
readline rpm rpm-build-libs rpm-libs rpm-python sed setup shadow-utils shared-mime-info sqlite systemd
systemd-libs systemd-sysv tar tzdata ustr util-linux vim-minimal which xz xz-libs yum
yum-plugin-fastestmirror zlib sudo openssh openssh-server openssh-clients rsyslog logrotate audit audit-libs
firewalld firewalld-filesystem polkit polkit-pkla-compat NetworkManager NetworkManager-libnm dhclient
dhcp-common dhcp-libs bind-libs bind-libs-lite bind-license bind-utils chrony ntpdate postfix mariadb-libs
net-tools lsof tcpdump libpcap telnet wget rsync unzip zip less vim-enhanced vim-common perl perl-libs
perl-Carp perl-Exporter perl-File-Path perl-Getopt-Long perl-PathTools perl-Scalar-List-Utils perl-Socket
perl-constant perl-macros git httpd httpd-tools apr apr-util mod_ssl mod_http2 nginx nginx-filesystem
java-1.8.0-openjdk java-1.8.0-openjdk-headless java-11-openjdk-headless tomcat tomcat-lib postgresql
postgresql-libs postgresql-server mysql-community-server mysql-community-client mysql-community-libs php
php-cli php-common php-fpm php-mysqlnd net-snmp net-snmp-libs samba-client-libs samba-common cifs-utils
nfs-utils rpcbind libtirpc libnfsidmap gssproxy keyutils quota sysstat lm_sensors-libs dmidecode pciutils
pciutils-libs usbutils kexec-tools grub2 grub2-tools grub2-common os-prober freetype fontconfig
fontpackages-filesystem dejavu-fonts-common dejavu-sans-fonts libX11 libX11-common libXau libxcb libXext
libXrender libXi libXtst libjpeg-turbo libpng libtiff giflib lcms2 alsa-lib cups-libs avahi-libs gnutls
nettle trousers libseccomp perl-Business-ISBN perl-Business-ISBN-Data perl-Compress-Raw-Bzip2
perl-Compress-Raw-Zlib perl-DBD-MySQL perl-DBD-Pg perl-DBD-SQLite perl-DBI perl-Data-Dumper perl-Date-Manip
perl-Digest perl-Digest-MD5 perl-Digest-SHA perl-Encode perl-Encode-Locale perl-Error perl-File-Listing
perl-File-Temp perl-Filter perl-Git perl-HTML-Parser perl-HTML-Tagset perl-HTTP-Cookies perl-HTTP-Daemon
perl-HTTP-Date perl-HTTP-Message perl-HTTP-Negotiate perl-HTTP-Tiny perl-IO-Compress perl-IO-HTML
perl-IO-Socket-IP perl-IO-Socket-SSL perl-JSON perl-JSON-PP perl-LWP-MediaTypes perl-Net-HTTP
perl-Net-LibIDN perl-Net-SSLeay perl-Pod-Escapes perl-Pod-Perldoc perl-Pod-Simple perl-Pod-Usage
perl-Storable perl-Sys-Syslog perl-Text-ParseWords perl-Thread-Queue perl-Time-HiRes perl-Time-Local
perl-TimeDate perl-URI perl-WWW-RobotRules perl-XML-Parser perl-libwww-perl perl-parent perl-podlators
perl-threads perl-threads-shared perl-version perl-Mozilla-CA perl-Digest-HMAC perl-Net-Daemon perl-PlRPC
perl-CGI perl-FCGI perl-Test-Harness perl-ExtUtils-MakeMaker perl-Module-Load perl-Params-Check
perl-Text-Tabs+Wrap perl-Term-ANSIColor perl-Term-Cap perl-IPC-Cmd perl-Locale-Maketext perl-Module-CoreList
perl-Module-Metadata perl-Archive-Tar perl-IO-Zlib perl-Package-Constants perl-interpreter perl-Errno
perl-IO perl-Math-BigInt perl-Math-Complex perl-MIME-Base64 perl-Unicode-Normalize python-babel
python-backports python-backports-ssl_match_hostname python-chardet python-configobj python-decorator
python-enum34 python-ethtool python-gobject-base python-iniparse python-ipaddress python-jinja2
python-jsonpatch python-jsonpointer python-kitchen python-linux-procfs python-markupsafe python-perf
python-pillow python-ply python-prettytable python-pycparser python-pycurl python-pyudev python-requests
python-schedutils python-setuptools python-six python-slip python-slip-dbus python-urlgrabber python-urllib3
python-firewall pyOpenSSL pyliblzma pyserial pyxattr PyYAML python-cffi python2-cryptography python-idna
python-pyasn1 python-paramiko python-httplib2 python-netaddr python-dmidecode python-magic python-dateutil
python-lxml python-dns libxml2-python libselinux-python libsemanage-python policycoreutils-python
setools-libs audit-libs-python python3 python3-libs python3-pip python3-setuptools python3-dnf
python3-hawkey python3-libdnf python3-gpg python3-rpm python3-libcomps python3-dateutil python3-dbus
python3-decorator python3-firewall python3-gobject-base python3-linux-procfs python3-nftables python3-perf
python3-pyudev python3-schedutils python3-slip python3-slip-dbus python3-syspurpose python3-unbound
python3-libselinux python3-libsemanage python3-policycoreutils python3-setools python3-audit
python3-configobj python3-pyyaml python3-requests python3-urllib3 python3-chardet python3-idna python3-six
python3-cryptography python3-cffi python3-pycparser python3-ply python3-jwt python3-babel python3-jinja2
python3-markupsafe python3-pytz python3-pysocks python3-ethtool python3-dmidecode python3-magic
python3-inotify python3-netifaces python3-subscription-manager-rhsm python3-librepo python3-iniparse
python3-pip-wheel python3-setuptools-wheel platform-python platform-python-pip platform-python-setuptools
acl attr authconfig avahi avahi-autoipd biosdevname btrfs-progs checkpolicy cpp cryptsetup-libs cyrus-sasl
cyrus-sasl-plain cyrus-sasl-gssapi dbus-glib dbus-python deltarpm device-mapper-event
device-mapper-event-libs device-mapper-libs device-mapper-persistent-data dmraid dmraid-events dnf dnf-data
dnf-plugins-core dosfstools dracut-config-rescue dracut-network dyninst ebtables efibootmgr
elfutils-default-yama-scope emacs-filesystem ethtool fipscheck fipscheck-lib fuse fuse-libs fxload gdisk
gettext gettext-libs glibc-langpack-en gnupg2-smime groff-base grubby gsettings-desktop-schemas hardlink
hdparm hwdata initscripts ipset ipset-libs iprutils irqbalance iwl100-firmware iwl1000-firmware
iwl105-firmware iwl135-firmware iwl2000-firmware iwl2030-firmware iwl3160-firmware iwl5000-firmware
iwl6000g2a-firmware iwl7260-firmware jansson json-c json-glib kbd kbd-legacy kbd-misc kernel-headers kpartx
langpacks-en libaio libarchive libassuan libbasicobjects libcollection libcroco libdaemon libdhash libdnf
libedit libestr libevent libfastjson libgomp libgudev1 libini_config libipa_hbac libldb libmnl libmodman
libmodulemd libndp libnetfilter_conntrack libnfnetlink libnl3 libnl3-cli libpath_utils libpipeline libproxy
libpsl libref_array librepo libreport-filesystem libsolv libsss_autofs libsss_certmap libsss_idmap
libsss_nss_idmap libsss_sudo libsysfs libtalloc libtdb libtevent libteam libunistring libusbx libxkbcommon
libxslt libyaml linux-firmware lvm2 lvm2-libs lzo man-db mdadm microcode_ctl mokutil mozjs17 newt
newt-python nftables numactl-libs openssh-askpass parted plymouth plymouth-core-libs plymouth-scripts
policycoreutils psmisc pth rdma-core rootfiles rpm-plugin-selinux rpm-plugin-systemd-inhibit selinux-policy
selinux-policy-targeted slang snappy sssd sssd-client sssd-common sssd-ad sssd-ipa sssd-krb5 sssd-ldap
sssd-proxy sssd-common-pac sssd-krb5-common subscription-manager subscription-manager-rhsm-certs
systemd-udev teamd tuned unbound-libs virt-what xfsprogs yum-utils yum-langpacks libsecret libstoragemgmt
atk cairo cairo-gobject colord-libs dconf gdk-pixbuf2 graphite2 gtk2 gtk3 gtk-update-icon-cache harfbuzz
hicolor-icon-theme jasper-libs jbigkit-libs libICE libSM libXcomposite libXcursor libXdamage libXfixes
libXft libXinerama libXmu libXrandr libXt libXv libXxf86vm libdrm libepoxy libglvnd libglvnd-egl
libglvnd-glx libthai libwayland-client libwayland-server libxshmfence mesa-libEGL mesa-libGL mesa-libgbm
mesa-libglapi pango pixman xorg-x11-font-utils xorg-x11-fonts-Type1 xorg-x11-server-utils xorg-x11-xauth
urw-fonts liberation-fonts-common liberation-sans-fonts adwaita-cursor-theme adwaita-icon-theme libfontenc
libXpm libxkbfile libXaw libXScrnSaver libvorbis libogg flac-libs libsndfile pulseaudio-libs libasyncns
libwebp libtheora openjpeg2 libmng libusb libgusb libgpg-error-devel httpd-filesystem httpd-manual mod_fcgid
mod_security mod_security_crs mod_auth_kerb mod_ldap mod_session mod_auth_mellon mod_wsgi php-gd php-ldap
php-mbstring php-pdo php-xml php-json php-opcache php-soap php-process php-pgsql php-intl php-bcmath
php-pear postgresql-contrib postgresql12 postgresql12-server postgresql12-libs postgresql12-contrib mariadb
mariadb-server mariadb-common mariadb-errmsg mariadb-config mariadb-connector-c samba samba-libs
samba-client samba-common-libs samba-common-tools samba-winbind samba-winbind-clients samba-winbind-modules
libsmbclient libwbclient vsftpd tftp-server xinetd dovecot cyrus-imapd squid bind bind-chroot
bind-export-libs dnsmasq openldap-clients openldap-servers nss-pam-ldapd krb5-workstation pam_krb5 haproxy
keepalived memcached redis nodejs npm java-1.7.0-openjdk java-1.7.0-openjdk-headless tzdata-java
javapackages-tools python-javapackages lksctp-tools copy-jdk-configs ant apache-commons-logging
xml-commons-apis tomcat-el-3.0-api tomcat-jsp-2.3-api tomcat-servlet-4.0-api tomcat-webapps
tomcat-admin-webapps ecj apache-commons-daemon apache-commons-pool apache-commons-dbcp
apache-commons-collections jakarta-commons-daemon zabbix-agent zabbix40-agent nrpe
nagios-plugins nagios-common nagios-plugins-disk nagios-plugins-load nagios-plugins-procs
nagios-plugins-users nagios-plugins-swap nagios-plugins-ping nagios-plugins-http collectd net-snmp-utils
net-snmp-agent-libs iotop nmap-ncat nmap mtr traceroute whois screen tmux htop strace ltrace gdb perf crash
abrt abrt-cli abrt-libs abrt-addon-ccpp abrt-addon-python abrt-tui libreport libreport-cli
libreport-plugin-rhtsupport rsyslog-gnutls rsyslog-relp logwatch aide clamav clamav-lib clamav-update clamd
clamav-filesystem fail2ban fail2ban-server ntp autofs nfs4-acl-tools sg3_utils sg3_utils-libs
device-mapper-multipath device-mapper-multipath-libs iscsi-initiator-utils iscsi-initiator-utils-iscsiuio
lsscsi smartmontools ipmitool OpenIPMI OpenIPMI-modalias open-vm-tools open-vm-tools-desktop hyperv-daemons
hyperv-daemons-license hypervkvpd hypervvssd hypervfcopyd qemu-guest-agent cloud-init cloud-utils-growpart
rsnapshot bacula-client bacula-common amanda-client pax sharutils mailx s-nail procmail cronie-anacron
crontabs at bc ed man-pages words redhat-lsb-core redhat-lsb-submod-security spax time m4 patch make gcc
gcc-c++ glibc-devel glibc-headers kernel-devel libstdc++-devel openssl-devel zlib-devel git-core
git-core-doc subversion subversion-libs mercurial docker-ce docker-ce-cli containerd.io container-selinux
podman buildah skopeo runc conmon containernetworking-plugins fuse-overlayfs slirp4netns criu libnet
libslirp insights-client rhsm-icons dnf-plugin-subscription-manager yum-rhn-plugin rhn-client-tools
rhn-check rhn-setup rhnlib rhnsd epel-release redhat-release redhat-release-server centos-logos redhat-logos
kernel-tools-libs python-kmod kmod-kvdo vdo sos yum-cron dnf-automatic
`;
