/**
 * Installed programs as a Windows inventory agent reports them (vendor, product, version),
 * as `pkg:generic` purls since they come from no package ecosystem.
 */
import { PackageLine } from "./package-line.js";

const SPEC = `
adobe acrobat-reader 9.5.5 11.0.23 2015.006.30527 2021.007.20099
adobe flash-player 10.3.183.90 11.7.700.169 32.0.0.465
oracle jre 1.5.0_22 1.6.0_45 1.7.0_80 1.8.0_202 1.8.0_311
mozilla firefox 3.6.28 52.9.0esr 78.15.0esr 91.4.0esr 95.0.2
google chrome 49.0.2623.112 87.0.4280.141 96.0.4664.110
microsoft internet-explorer 6.0.2900 7.0.5730 8.0.6001 11.0.9600
microsoft office 2003-sp3 2007-sp3 2010-sp2 2016 365-2111
microsoft silverlight 5.1.50918.0
7-zip 7-zip 9.20 16.04 19.00 21.06
videolan vlc 2.2.8 3.0.11 3.0.16
citrix receiver 4.9.9002 19.12.0.119
cisco anyconnect 3.1.14018 4.9.06037 4.10.04065
notepad-plus-plus notepad-plus-plus 6.9.2 7.8.9 8.1.9
putty putty 0.63 0.70 0.76
winzip winzip 14.5 22.5
sap gui 7.40 7.50 7.60
ibm notes 8.5.3 9.0.1
teamviewer teamviewer 11.0.93231 15.24.5
vmware horizon-client 4.10.0 5.5.2 2111
agfa impax-client 6.5.3 6.6.1
ge centricity-viewer 4.2 6.0
`;

export const DESKTOP_POOL: readonly PackageLine[] = SPEC.trim()
  .split("\n")
  .map((line) => {
    const [vendor, product, ...versions] = line.trim().split(/\s+/);
    return new PackageLine("generic", vendor ?? "", product ?? "", versions);
  });
