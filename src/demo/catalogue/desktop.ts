/**
 * Installed programs as a Windows inventory agent reports them from the uninstall registry
 * (vendor, product, version), as `pkg:generic` purls since they come from no package
 * ecosystem. Versions are real releases, oldest first. Lines marked `~` also run on the
 * legacy fleet (Windows 95 to 2000); the rest need XP or later.
 */
import { PackageLine } from "./package-line.js";

const SPEC = `
~adobe acrobat-reader 5.0.5 7.1.4 9.5.5 11.0.23 2015.006.30527 2017.011.30204 2021.007.20099
adobe acrobat-pro 9.5.5 11.0.23 2017.011.30204 2020.004.30017
adobe flash-player 10.3.183.90 11.7.700.169 32.0.0.465
adobe air 3.9.0.1380 32.0.0.116
adobe shockwave-player 11.6.8.638 12.3.5.205
adobe digital-editions 4.5.11
~oracle jre 1.4.2_19 1.5.0_22 1.6.0_45 1.7.0_80 1.8.0_202 1.8.0_281 1.8.0_311
oracle jre-64 1.7.0_80 1.8.0_202 1.8.0_281 1.8.0_311
adoptium temurin-jre 8.0.302.8 11.0.12.7 11.0.13.8
~mozilla firefox 1.5.0.12 3.6.28 52.9.0esr 78.15.0esr 91.4.0esr 95.0.2
mozilla thunderbird 2.0.0.24 52.9.1 78.14.0 91.4.1
mozilla maintenance-service 52.9.0 78.15.0 91.4.0 95.0.2
google chrome 49.0.2623.112 87.0.4280.141 94.0.4606.81 96.0.4664.110
google update-helper 1.3.33.23 1.3.36.112
google earth-pro 7.3.2.5776 7.3.4.8248
~microsoft internet-explorer 5.01 6.0.2900 7.0.5730 8.0.6001 11.0.9600
microsoft edge 92.0.902.67 95.0.1020.53 96.0.1054.62
microsoft edge-update 1.3.153.47
microsoft edge-webview2-runtime 94.0.992.50 96.0.1054.62
~microsoft office 97-sr2 2000-sp3 2003-sp3 2007-sp3 2010-sp2 2013-sp1 2016 2019 365-2111
microsoft office-proofing-tools-english 2010-sp2 2013-sp1 2016 2019
microsoft office-proofing-tools-french 2010-sp2 2013-sp1 2016 2019
microsoft office-shared-mui 2010-sp2 2013-sp1 2016 2019
microsoft office-click-to-run-extensibility 16.0.14326.20404 16.0.14701.20226
microsoft onedrive 19.043.0304.0013 21.220.1024.0005 21.230.1212.0004
microsoft teams 1.3.00.21759 1.4.00.26453 1.4.00.32771
microsoft teams-machine-wide-installer 1.3.0.13000 1.4.0.22976
microsoft skype-for-business 2015 2016
microsoft lync 2010 2013
microsoft visio-viewer 2010 2016
microsoft project 2010 2016
microsoft access-database-engine 2010 2016
microsoft silverlight 4.0.60531.0 5.1.50918.0
~microsoft visual-cpp-2005-redistributable 8.0.50727.42 8.0.56336 8.0.61001
microsoft visual-cpp-2005-redistributable-x64 8.0.56336 8.0.61000
~microsoft visual-cpp-2008-redistributable-x86 9.0.21022 9.0.30729.4148 9.0.30729.6161
microsoft visual-cpp-2008-redistributable-x64 9.0.30729.4148 9.0.30729.6161
microsoft visual-cpp-2010-redistributable-x86 10.0.30319 10.0.40219
microsoft visual-cpp-2010-redistributable-x64 10.0.30319 10.0.40219
microsoft visual-cpp-2012-redistributable-x86 11.0.50727.1 11.0.61030
microsoft visual-cpp-2012-redistributable-x64 11.0.50727.1 11.0.61030
microsoft visual-cpp-2013-redistributable-x86 12.0.21005 12.0.30501 12.0.40664
microsoft visual-cpp-2013-redistributable-x64 12.0.21005 12.0.30501 12.0.40664
microsoft visual-cpp-2015-2019-redistributable-x86 14.0.24215 14.16.27033 14.28.29914 14.29.30135
microsoft visual-cpp-2015-2019-redistributable-x64 14.0.24215 14.16.27033 14.28.29914 14.29.30135
~microsoft dotnet-framework 1.1.4322 2.0.50727 3.5.30729 4.0.30319 4.6.2 4.7.2 4.8
microsoft dotnet-runtime 3.1.21 5.0.12 6.0.0
microsoft windows-desktop-runtime 3.1.21 5.0.12 6.0.0
microsoft aspnetcore-runtime 3.1.21 5.0.12 6.0.0
microsoft sql-server-native-client 10.0.6000.29 11.4.7462.6
microsoft odbc-driver-for-sql-server 13.1.4413.46 17.7.2.1 17.8.1.1
microsoft sql-server-management-studio 17.9.1 18.9.2 18.10
microsoft report-viewer-runtime 2010 2012 2015
microsoft xml-parser 4.0.9406.0 6.0.3883.0
microsoft powershell 7.1.5 7.2.0
microsoft system-center-configuration-manager-client 4.00.6487.2000 5.00.8790.1000 5.00.9068.1000
microsoft monitoring-agent 8.0.11103.0 10.20.18053.0
microsoft policy-platform 68.1.1010.0
microsoft update-health-tools 2.81.0.0 3.67.0.0
microsoft rdp-client 6.0.6001 10.0.19041
microsoft visual-studio-code 1.50.1 1.59.1 1.62.3 1.63.2
microsoft visual-studio-professional 2015 2017 2019
microsoft windows-sdk 10.0.17763.132 10.0.19041.685
microsoft windows-admin-center 1910.2 2110
~winzip winzip 8.1 9.0 14.5 22.5 25.0
7-zip 7-zip 9.20 16.04 18.05 19.00 21.06
rarlab winrar 3.93 5.61 6.02
videolan vlc 1.1.11 2.2.8 3.0.11 3.0.16
apple quicktime 7.7.9
apple itunes 12.10.10.2
citrix receiver 3.4.300 4.9.9002 19.12.0.119
citrix workspace 2012.1.0.18 2109.1.0.3 2112.0.0.3
citrix online-plugin 12.3.0.8
vmware horizon-client 4.10.0 5.5.2 2111
vmware tools 10.3.10 11.3.5
cisco anyconnect 3.1.14018 4.9.06037 4.10.04065
cisco jabber 12.8.4 12.9.5 14.0.3
cisco webex-meetings 40.10.4 41.11.3
zoom zoom 5.4.58891 5.8.3 5.9.0
fortinet forticlient 6.0.10 6.4.6 7.0.2
paloalto globalprotect 5.1.5 5.2.8
notepad-plus-plus notepad-plus-plus 5.9.8 6.9.2 7.8.9 8.1.9
putty putty 0.60 0.63 0.70 0.76
winscp winscp 5.7.7 5.17.10 5.19.5
filezilla filezilla-client 3.25.2 3.52.2 3.57.0
igor-pavlov 7-zip-extra 19.00
python python-launcher 3.8.6 3.9.7 3.10.1
python python-3.8 3.8.6 3.8.10
python python-3.9 3.9.7 3.9.9
git-for-windows git 2.24.1.2 2.30.0.2 2.34.1
tortoisesvn tortoisesvn 1.9.7 1.11.1 1.14.1
~sap gui 6.40 7.10 7.30 7.40 7.50 7.60 7.70
sap businessobjects-client 4.1 4.2
ibm notes 7.0.4 8.5.3 9.0.1 11.0.1
ibm spss-statistics 22.0 25.0 27.0
ibm personal-communications 6.0 12.0 14.0
oracle client 10.2.0.5 11.2.0.4 12.2.0.1 19.3.0.0
oracle sql-developer 4.1.5 19.2.1 21.2.1
oracle virtualbox 5.2.44 6.1.30
teamviewer teamviewer 8.0.26038 11.0.93231 15.24.5
realvnc vnc-viewer 4.1.3 6.20.529
tightvnc tightvnc 2.7.10 2.8.27
dameware mini-remote-control 7.5.9 12.1.2
bomgar representative-console 18.1.4 21.1.2
~ge centricity-viewer 3.1 4.2 6.0
agfa impax-client 6.5.3 6.6.1
philips intellispace-portal 9.0 11.1
carestream vue-pacs-client 11.4 12.1
siemens syngo-via-client VB30 VB40 VB60
medisolution clinibase-client 8.2 9.1
logibec gestionnaire 6.1 7.0
purkinje dossier-clinique 4.1 5.0
nuance powerscribe-360 3.5 4.0
nuance dragon-medical-one 5.4 2021.4
meditech expanse-client 2.1 2.2
cerner powerchart 2015.01 2018.03
epic hyperspace 2017 2020
~crystal-decisions crystal-reports-runtime 8.5 10.0 13.0.20 13.0.30
sap crystal-reports-runtime 13.0.20 13.0.30
~symantec endpoint-protection 11.0.7200 12.1.6867 14.2.5569 14.3.5413
mcafee agent 4.8.0.1995 5.6.6.232 5.7.4.399
mcafee endpoint-security-platform 10.6.1 10.7.0
mcafee virusscan-enterprise 8.0i 8.8.0.1804 8.8.0.2190
trend-micro officescan-agent 11.0.6242 12.0.1952
microsoft defender-atp 10.8040.19041 10.8048.19041
malwarebytes malwarebytes 3.8.3 4.5.2
kaspersky endpoint-security 10.3.3.275 11.6.0.394
~hp universal-print-driver 5.9.0 6.4.1 7.0.1
~hp laserjet-basic-driver 4.0 5.2
xerox global-print-driver 5.645.5 5.829.8
canon generic-plus-pcl6 2.30 2.50
ricoh pcl6-driver 4.17 4.31
konica-minolta universal-print-driver 3.7 3.9
kyocera kx-driver 7.2 8.1
brother printer-driver 1.0.3 2.1.0
intel graphics-driver 20.19.15.4549 26.20.100.7870 27.20.100.9316
intel management-engine-components 11.7.0.1045 2021.15.0.2255
intel rapid-storage-technology 15.9.0.1015 17.8.0.1065
realtek audio-driver 6.0.1.7548 6.0.8924.1
realtek ethernet-driver 10.28 10.45
nvidia graphics-driver 391.35 456.71 472.39
amd catalyst-control-center 15.7.1 21.10.2
dell command-update 3.1.3 4.4.0
dell supportassist 3.9.0 3.10.4
hp support-assistant 8.8.34.31 9.11.18.0
lenovo system-update 5.07.0110 5.07.0136
synaptics pointing-device-driver 19.0.12.98 19.5.10.75
~logitech setpoint 4.80 6.69.126
logitech options 8.54.147
plantronics hub 3.16.53318 3.22.53046
jabra direct 5.2.26812 5.9.57303
~cutepdf writer 3.2 4.0
pdfforge pdfcreator 1.7.3 3.5.2 4.4.0
foxit reader 9.7.1 10.1.4 11.1.0
nitro pdf-pro 12.17.0.584 13.53.3.1073
tracker-software pdf-xchange-editor 7.0.326 9.2.359
gimp gimp 2.8.22 2.10.28
inkscape inkscape 0.92.4 1.1.1
irfanview irfanview 4.44 4.58
paint-net paint-net 4.2.16 4.3.4
libreoffice libreoffice 5.4.7 6.4.7 7.2.4
apache openoffice 4.1.5 4.1.11
audacity audacity 2.3.3 3.1.3
keepass keepass 2.39.1 2.49
greenshot greenshot 1.2.10.6
snagit snagit 13.1.7 2021.4.5
techsmith camtasia 2019.0.10 2021.0.15
autodesk dwg-trueview 2018 2022
autodesk autocad-lt 2016 2019 2022
esri arcgis-desktop 10.5.1 10.8.1
esri arcgis-pro 2.6.3 2.8.3
qgis qgis 3.10.14 3.16.14 3.22.1
minitab minitab 19.2020.1 20.4.0
mathworks matlab-runtime R2018b R2020b
stata stata 15.1 17.0
spotify spotify 1.1.72.439
skype skype 7.40.0.104 8.77.0.97
dropbox dropbox 131.4.3902 137.4.3681
slack slack 4.21.1 4.23.0
webex webex 41.12.0.20899
gotomeeting gotomeeting 10.17.0 10.19.0
ultravnc ultravnc 1.2.4.0 1.3.2.0
wireshark wireshark 2.6.20 3.4.10 3.6.0
npcap npcap 1.31 1.55
winpcap winpcap 4.1.3
nmap nmap 7.80 7.92
microsoft sysinternals-suite 2020.12 2021.11
microsoft remote-server-administration-tools 6.1.7601 10.0.19041
vmware workstation-player 12.5.9 16.2.1
oracle java-auto-updater 2.8.202.8 2.8.311.11
`;

export interface Program {
  line: PackageLine;
  /** Installable on Windows 95 to 2000. */
  legacy: boolean;
}

export const PROGRAMS: readonly Program[] = SPEC.trim()
  .split("\n")
  .map((text) => {
    const legacy = text.startsWith("~");
    const [vendor, product, ...versions] = (legacy ? text.slice(1) : text).trim().split(/\s+/);
    return {
      line: new PackageLine("generic", vendor ?? "", product ?? "", versions),
      legacy,
    };
  });

/** The programs the legacy fleet (95, 98, NT 4, 2000) can run. */
export const LEGACY_PROGRAMS: readonly Program[] = PROGRAMS.filter((p) => p.legacy);
