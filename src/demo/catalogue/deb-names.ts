/**
 * Names of Debian and Ubuntu binary packages a server of the estate may have installed: the
 * base system first (every host has the first BASE_PACKAGES of them), then libraries,
 * services, agents and tools in no particular order. Real package names from the Debian and
 * Ubuntu archives; a host draws from them, so a Debian server lists 400 to 1,300 packages.
 */
export const DEB_NAMES = `
adduser apt base-files base-passwd bash bsdutils coreutils dash debconf debianutils diffutils dpkg e2fsprogs
findutils gcc-8-base gpgv grep gzip hostname init-system-helpers libacl1 libapt-pkg5.0 libattr1 libaudit1
libblkid1 libbz2-1.0 libc-bin libc6 libcap-ng0 libcom-err2 libdb5.3 libdebconfclient0 libext2fs2 libfdisk1
libffi6 libgcc1 libgcrypt20 libgmp10 libgnutls30 libgpg-error0 libhogweed4 libidn2-0 liblz4-1 liblzma5
libmount1 libncursesw6 libnettle6 libp11-kit0 libpam-modules libpam-modules-bin libpam-runtime libpam0g
libpcre3 libseccomp2 libselinux1 libsemanage1 libsepol1 libsmartcols1 libss2 libstdc++6 libsystemd0
libtasn1-6 libtinfo6 libudev1 libunistring2 libuuid1 libzstd1 login mawk mount ncurses-base ncurses-bin
passwd perl-base sed sensible-utils sysvinit-utils tar tzdata util-linux zlib1g openssl libssl1.1
ca-certificates openssh-server openssh-client openssh-sftp-server sudo curl libcurl4 wget gnupg rsyslog cron
logrotate systemd systemd-sysv udev dbus libdbus-1-3 iproute2 iptables iputils-ping net-tools procps psmisc
less vim-tiny nano bzip2 xz-utils unzip zip file libmagic1 lsb-base lsb-release python3 python3-minimal
libpython3.7 python3.7 python3-apt perl perl-modules-5.28 libperl5.28 git git-man libexpat1 libxml2
libxslt1.1 libsqlite3-0 libpq5 libldap-2.4-2 libsasl2-2 libkrb5-3 libgssapi-krb5-2 libk5crypto3
libkrb5support0 libkeyutils1 libnghttp2-14 librtmp1 libssh2-1 libpsl5 publicsuffix libpcre2-8-0 libreadline7
readline-common libedit2 libbsd0 libwrap0 libnss3 libnspr4 libjpeg62-turbo libpng16-16 libtiff5 libfreetype6
fontconfig-config libfontconfig1 fonts-dejavu-core libx11-6 libx11-data libxau6 libxcb1 libxdmcp6 libxext6
libxrender1 libxi6 libxtst6 libasound2 libcups2 libgif7 liblcms2-2 openjdk-11-jre-headless java-common
apache2 apache2-bin apache2-data apache2-utils libapr1 libaprutil1 nginx nginx-common
libnginx-mod-http-geoip postgresql-11 postgresql-client-11 postgresql-common mariadb-server-10.3
mariadb-client-10.3 libmariadb3 redis-server libjemalloc2 php7.3 php7.3-cli php7.3-common php7.3-fpm
php7.3-mysql libapache2-mod-php7.3 nodejs libuv1 libicu63 bind9-host libbind9-161 libdns1104 libisc1100 ntp
sntp isc-dhcp-client isc-dhcp-common postfix bsd-mailx exim4-base samba-common smbclient libsmbclient
libwbclient0 nfs-common rpcbind libtirpc3 libnfsidmap2 cifs-utils snmpd libsnmp30 libsnmp-base rsync screen
tmux htop lsof strace tcpdump libpcap0.8 traceroute dnsutils whois telnet ftp netcat-traditional auditd
libauparse0 apparmor libapparmor1 unattended-upgrades python3-six python3-requests python3-urllib3
python3-certifi python3-chardet python3-idna python3-yaml python3-cryptography alsa-topology-conf
alsa-ucm-conf appstream apt-transport-https at-spi2-common at-spi2-core avahi-daemon avahi-utils bc
bsdextrautils cups-pk-helper dbus-bin dbus-daemon dbus-session-bus-common dbus-system-bus-common
dbus-user-session debian-archive-keyring dirmngr distro-info-data dmsetup ed fontconfig fonts-dejavu-extra
fonts-font-awesome fonts-lato fonts-liberation galera-4 gawk gettext gettext-base gir1.2-atk-1.0
gir1.2-freedesktop gir1.2-gdkpixbuf-2.0 gir1.2-glib-2.0 gir1.2-gtk-3.0 gir1.2-handy-1 gir1.2-harfbuzz-0.0
gir1.2-notify-0.7 gir1.2-packagekitglib-1.0 gir1.2-pango-1.0 gir1.2-polkit-1.0 gir1.2-secret-1 gnupg-l10n
gnupg-utils gpg gpg-agent gpg-wks-client gpg-wks-server gpgconf gpgsm groff-base iso-codes javascript-common
jq krb5-locales libabsl20220623 libaio1 libalgorithm-diff-perl libalgorithm-diff-xs-perl
libalgorithm-merge-perl libaom3 libappstream4 libapt-pkg6.0 libarchive13 libargon2-1 libasound2-data
libassuan0 libasyncns0 libatk-bridge2.0-0 libatk1.0-0 libatm1 libatspi2.0-0 libaudit-common
libauthen-sasl-perl libavahi-client3 libavahi-common-data libavahi-common3 libavahi-core7 libavif15
libboost-filesystem1.74.0 libboost-iostreams1.74.0 libboost-program-options1.74.0 libboost-regex1.74.0
libbpf1 libbrotli1 libc-l10n libcairo-gobject2 libcairo2 libcap2 libcap2-bin libcbor0.8 libcjson1
libclone-perl libcolord2 libconfig-inifiles-perl libcrypt1 libcryptsetup12 libcurl3-gnutls libcurl3-nss
libdaemon0 libdata-dump-perl libdatrie1 libdav1d6 libdbi-perl libdconf1 libde265-0 libdeflate0
libdevmapper1.02.1 libdouble-conversion3 libdpkg-perl libduktape207 libdw1 libelf1 libencode-locale-perl
libepoxy0 liberror-perl libevent-2.1-7 libevent-core-2.1-7 libffi8 libfido2-1 libfile-basedir-perl
libfile-desktopentry-perl libfile-fcntllock-perl libfile-listing-perl libfile-mimeinfo-perl libflac12
libfont-afm-perl libfontenc1 libfribidi0 libfsverity0 libgail-common libgail18 libgav1-1 libgd3
libgdbm-compat4 libgdbm6 libgdk-pixbuf-2.0-0 libgdk-pixbuf2.0-bin libgdk-pixbuf2.0-common
libgirepository-1.0-1 libgnutls-dane0 libgnutls-openssl27 libgpm2 libgraphite2-3 libgstreamer1.0-0
libgudev-1.0-0 libhandy-1-0 libharfbuzz-subset0 libharfbuzz0b libheif1 libhogweed6 libhtml-form-perl
libhtml-format-perl libhtml-parser-perl libhtml-tagset-perl libhtml-tree-perl libhttp-cookies-perl
libhttp-daemon-perl libhttp-date-perl libhttp-message-perl libhttp-negotiate-perl libice6 libicu72
libio-html-perl libio-socket-ssl-perl libio-stringy-perl libip4tc2 libipc-system-simple-perl libjansson4
libjbig0 libjq1 libjson-c5 libjson-perl libjsoncpp25 libkmod2 libksba8 libldap-2.5-0 libldap-common libldb2
liblerc4 liblmdb0 liblocale-gettext-perl liblua5.3-0 liblwp-mediatypes-perl liblwp-protocol-https-perl
liblzf1 libmagic-mgc libmailtools-perl libmd0 libminizip1 libmnl0 libmodule-build-perl libmp3lame0
libmpg123-0 libncurses6 libnet-dbus-perl libnet-http-perl libnet-smtp-ssl-perl libnet-ssleay-perl libnettle8
libnotify4 libnpth0 libnsl2 libnss-mdns libnss-systemd libnuma1 libogg0 libonig5 libopengl0 libopenh264-7
libopenjp2-7 libopus0 libpackagekit-glib2-18 libpam-cap libpam-systemd libpango-1.0-0 libpangocairo-1.0-0
libpangoft2-1.0-0 libpangoxft-1.0-0 libpaper-utils libpciaccess0 libpcsclite1 libperl5.36 libpipeline1
libpixman-1-0 libpng-tools libpolkit-agent-1-0 libpolkit-gobject-1-0 libpopt0 libproc2-0 libpulse0
libpython3-stdlib libpython3.11 libpython3.11-minimal libpython3.11-stdlib librabbitmq4 librav1e0
libreadline8 libregexp-ipv6-perl librhash0 librsvg2-2 librsvg2-common libsasl2-modules libsasl2-modules-db
libsecret-1-0 libsecret-common libsemanage-common libsemanage2 libsensors-config libsensors5 libsepol2
libsigsegv2 libslang2 libsm6 libsndfile1 libsodium23 libssl3 libstemmer0d libsub-uplevel-perl libsvtav1enc1
libsystemd-shared libtalloc2 libtdb1 libtest-deep-perl libtest-exception-perl libtest-fatal-perl
libtest-warn-perl libtevent0 libtext-iconv-perl libthai-data libthai0 libtie-ixhash-perl libtiff6
libtimedate-perl libtirpc-common libtk8.6 libtry-tiny-perl libuchardet0 libunbound8 libunwind8
libupower-glib3 liburi-perl liburing2 libusb-1.0-0 libutempter0 libvorbis0a libvorbisenc2 libwayland-client0
libwayland-cursor0 libwayland-egl1 libwayland-server0 libwebp7 libwww-perl libwww-robotrules-perl
libx11-protocol-perl libx11-xcb1 libx265-199 libxaw7 libxcb-cursor0 libxcb-dri2-0 libxcb-dri3-0 libxcb-glx0
libxcb-image0 libxcb-present0 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0
libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcomposite1 libxcursor1 libxdamage1 libxfixes3
libxft2 libxinerama1 libxkbcommon-x11-0 libxkbcommon0 libxkbfile1 libxml-parser-perl libxml-twig-perl
libxml-xpathengine-perl libxml2-utils libxmlb2 libxmlsec1 libxmlsec1-openssl libxmu6 libxmuu1 libxnvctrl0
libxpm4 libxrandr2 libxshmfence1 libxss1 libxt6 libxtables12 libxv1 libxxf86dga1 libxxf86vm1 libxxhash0
libyaml-0-2 libyuv0 locales logsave lz4 man-db mariadb-client mariadb-client-core mariadb-common
mariadb-server mariadb-server-core media-types mysql-common netbase notification-daemon nss-plugin-pem
packagekit packagekit-tools perl-modules-5.36 perl-openssl-defaults pinentry-curses polkitd postgresql
postgresql-15 postgresql-client-15 postgresql-client-common postgresql-contrib python-apt-common
python3-argcomplete python3-blinker python3-cairo python3-cffi-backend python3-crcmod python3-cups
python3-cupshelpers python3-dbus python3-distro python3-distutils python3-gi python3-httplib2 python3-jwt
python3-lazr.restfulclient python3-lazr.uri python3-lib2to3 python3-oauthlib python3-openssl python3-pip
python3-pip-whl python3-pkg-resources python3-pygments python3-pyparsing python3-setuptools
python3-setuptools-whl python3-smbc python3-software-properties python3-toml python3-venv python3-wadllib
python3-wheel python3-xmltodict python3.11 python3.11-minimal python3.11-venv rabbitmq-server redis-tools
rpcsvc-proto samba-libs sgml-base shared-mime-info socat software-properties-common sqlite3 ssl-cert
system-config-printer system-config-printer-common system-config-printer-udev systemd-timesyncd time tk ucf
upower util-linux-extra vim vim-common vim-runtime xauth xdg-user-dirs xdg-utils xkb-data xml-core
xorg-sgml-doctools xxd zstd apache2-suexec-pristine libapache2-mod-security2 modsecurity-crs
libapache2-mod-wsgi-py3 libapache2-mod-auth-openidc bacula-fd bacula-common bind9 bind9-utils bind9-dnsutils
bind9-libs collectd collectd-core prometheus-node-exporter zabbix-agent nagios-nrpe-server
monitoring-plugins monitoring-plugins-basic monitoring-plugins-common monitoring-plugins-standard snmp sssd
sssd-ad sssd-ad-common sssd-common sssd-ldap sssd-krb5 sssd-krb5-common sssd-proxy sssd-tools sssd-dbus
libsss-idmap0 libsss-nss-idmap0 libsss-certmap0 libsss-simpleifp0 libnss-sss libpam-sss python3-sss realmd
adcli krb5-user krb5-config libpam-krb5 libgssrpc4 libkadm5clnt-mit12 libkadm5srv-mit12 slapd ldap-utils
libnss-ldapd libpam-ldapd nslcd samba samba-common-bin samba-dsdb-modules samba-vfs-modules winbind
libnss-winbind libpam-winbind python3-samba python3-ldb python3-tdb python3-talloc openjdk-8-jre-headless
openjdk-11-jre tomcat8 tomcat8-common libtomcat8-java tomcat9 tomcat9-common libtomcat9-java
libservlet3.1-java libservlet4.0-java libecj-java haproxy keepalived memcached libmemcached11 postgresql-12
postgresql-13 postgresql-client-12 postgresql-client-13 postgresql-9.6 postgresql-client-9.6
postgresql-contrib-9.6 pgbouncer postgresql-12-postgis-3 libpq-dev mysql-server-5.7 mysql-client-5.7
mysql-server-core-5.7 mysql-client-core-5.7 mysql-server-8.0 mysql-client-8.0 php7.4 php7.4-cli
php7.4-common php7.4-fpm php7.4-json php7.4-mbstring php7.4-xml php7.4-gd php7.4-curl php7.4-ldap
php7.4-intl php7.4-zip php7.4-opcache php7.4-readline php7.4-pgsql php7.4-mysql php-common
libapache2-mod-php7.4 dovecot-core dovecot-imapd dovecot-pop3d postfix-ldap postfix-pcre opendkim
opendkim-tools spamassassin spamc sa-compile clamav clamav-base clamav-freshclam clamav-daemon libclamav9
amavisd-new squid squid-common squid-langpack fail2ban ufw nftables libnftables1 libnftnl11 ntpdate chrony
open-vm-tools qemu-guest-agent cloud-init cloud-guest-utils linux-image-amd64 linux-image-4.9.0-16-amd64
linux-image-4.19.0-18-amd64 linux-image-5.10.0-10-amd64 linux-image-4.15.0-163-generic
linux-image-5.4.0-91-generic linux-modules-5.4.0-91-generic linux-modules-extra-5.4.0-91-generic
linux-headers-5.4.0-91 linux-headers-5.4.0-91-generic linux-generic linux-base firmware-linux-free
linux-firmware intel-microcode amd64-microcode iucode-tool grub-pc grub-pc-bin grub-common grub2-common
grub-efi-amd64-bin grub-efi-amd64-signed shim-signed os-prober initramfs-tools initramfs-tools-core
initramfs-tools-bin busybox busybox-initramfs klibc-utils libklibc lvm2 liblvm2cmd2.03 dmeventd
thin-provisioning-tools mdadm parted libparted2 fdisk gdisk xfsprogs btrfs-progs dosfstools ntfs-3g
smartmontools hdparm lsscsi sg3-utils multipath-tools open-iscsi nfs-kernel-server ifupdown isc-dhcp-server
ethtool bridge-utils vlan ifenslave console-setup console-setup-linux keyboard-configuration kbd discover
discover-data installation-report tasksel tasksel-data apt-listchanges apt-utils aptitude aptitude-common
libcwidget4 needrestart debsums deborphan reportbug python3-reportbug python3-debian mailutils
mailutils-common landscape-common ubuntu-minimal ubuntu-standard ubuntu-server ubuntu-advantage-tools
update-notifier-common snapd lxd lxcfs motd-news-config apport apport-symptoms python3-apport
python3-problem-report whoopsie overlayroot byobu sosreport etckeeper molly-guard ncdu iotop iftop nmon atop
mtr-tiny nmap nmap-common netcat-openbsd rsnapshot borgbackup duplicity logwatch aide aide-common rkhunter
chkrootkit lynis debsecan acl attr quota quotatool libnl-3-200 libnl-genl-3-200 libnl-route-3-200 libpci3
pciutils usbutils libusb-0.1-4 dmidecode lshw eject info install-info libevent-2.1-6 libsnappy1v5
libleveldb1d liblua5.2-0 libluajit-5.1-2 libluajit-5.1-common libmaxminddb0 libgeoip1 geoip-database
libpython2.7 libpython2.7-minimal libpython2.7-stdlib python2.7 python2.7-minimal python-is-python3
python3-distro-info python3-netifaces python3-psutil python3-jinja2 python3-markupsafe python3-serial
python3-pexpect python3-ptyprocess python3-configobj python3-jsonpatch python3-jsonpointer
python3-jsonschema python3-attr python3-pyrsistent python3-importlib-metadata python3-zipp
python3-more-itertools python3-keyring python3-secretstorage python3-jeepney python3-launchpadlib
python3-simplejson python3-newt python3-gdbm python3-ldap python3-psycopg2 python3-mysqldb python3-pymysql
python3-lxml python3-html5lib python3-webencodings python3-bs4 python3-soupsieve python3-pil python3-numpy
python3-dateutil python3-tz python3-babel python3-click python3-colorama python3-flask python3-werkzeug
python3-itsdangerous python3-gunicorn python3-paramiko python3-bcrypt python3-nacl python3-pyasn1
python3-pyasn1-modules python3-rsa python3-ntplib python3-docutils python3-roman python3-magic
python3-systemd python3-pycurl python3-dnspython libnginx-mod-http-image-filter
libnginx-mod-http-xslt-filter libnginx-mod-mail libnginx-mod-stream nginx-core nginx-full libwebp6
libjemalloc1 libhiredis0.14 libhiredis0.13 redis-sentinel libmemcached-tools elasticsearch logstash kibana
filebeat metricbeat auditbeat heartbeat-elastic td-agent-bit erlang-base erlang-crypto erlang-asn1
erlang-public-key erlang-ssl erlang-mnesia erlang-runtime-tools erlang-inets erlang-syntax-tools
erlang-eldap erlang-os-mon erlang-xmerl erlang-parsetools docker-ce docker-ce-cli containerd.io
docker-compose-plugin docker.io runc containerd cgroupfs-mount pigz git-lfs subversion libsvn1 libserf-1-1
mercurial mercurial-common cvs libaprutil1-dbd-sqlite3 libaprutil1-ldap libsasl2-modules-gssapi-mit
libsasl2-modules-ldap libsasl2-modules-sql libodbc1 odbcinst odbcinst1debian2 unixodbc tdsodbc
freetds-common libsybdb5 libct4 libmysqlclient20 libmysqlclient21 libgdbm5 libtokyocabinet9 libonig4 libzip4
libzip5 libmcrypt4 libsodium18 libargon2-0 libltdl7 libgomp1 libquadmath0 libgfortran5 libblas3 liblapack3
libopenblas0 libatlas3-base libgsl23 libfftw3-double3 libhdf5-103 libnetcdf15 libproj15 libgeos-c1v5
libgdal26 proj-data gdal-data libspatialite7 postgis postgresql-12-postgis-3-scripts libcgal13
libboost-system1.67.0 libboost-thread1.67.0 libboost-date-time1.67.0 libboost-chrono1.67.0
libboost-atomic1.67.0 libboost-locale1.67.0 libboost-serialization1.67.0 libboost-program-options1.67.0
libboost-filesystem1.67.0 libboost-regex1.67.0 libboost-iostreams1.67.0 libtbb2 libprotobuf17
libprotobuf-lite17 libgrpc6 libcares2 libre2-5 libabsl20200923 libsnmp35 libsnmp40 libsensors4 lm-sensors
fancontrol libipmimonitoring6 freeipmi-tools ipmitool openipmi libopenipmi0 libfreeipmi17 libipmiconsole2
libipmidetect0 hwinfo libhd21 libx86emu2 efibootmgr mokutil libefivar1 libefiboot1 cryptsetup cryptsetup-bin
cryptsetup-initramfs keyutils libnfsidmap1 autofs libsmbclient0 tftp-hpa tftpd-hpa vsftpd proftpd-basic
proftpd-mod-ldap pure-ftpd openbsd-inetd inetutils-inetd xinetd tcpd ssl-cert-check certbot python3-certbot
python3-certbot-apache python3-certbot-nginx python3-acme python3-josepy python3-configargparse
python3-parsedatetime python3-zope.interface python3-zope.component python3-mock python3-pbr python3-rfc3339
python3-requests-toolbelt letsencrypt
`;
