import { describe, expect, it } from "vitest";
import { osCpe } from "./os-cpe.js";

describe("osCpe", () => {
  it.each([
    [{ name: "Windows XP", servicePack: "SP1" }, "cpe:2.3:o:microsoft:windows_xp:-:sp1:*:*:*:*:*:*"],
    [{ name: "Windows XP", servicePack: "SP2" }, "cpe:2.3:o:microsoft:windows_xp:-:sp2:*:*:*:*:*:*"],
    [{ name: "Windows XP" }, "cpe:2.3:o:microsoft:windows_xp:-:-:*:*:*:*:*:*"],
    [{ name: "Windows NT 4", servicePack: "SP6a" }, "cpe:2.3:o:microsoft:windows_nt:4.0:sp6a:*:*:*:*:*:*"],
    [{ name: "Windows NT", version: "4.0" }, "cpe:2.3:o:microsoft:windows_nt:4.0:-:*:*:*:*:*:*"],
    [{ name: "Windows 2000", servicePack: "SP4" }, "cpe:2.3:o:microsoft:windows_2000:-:sp4:*:*:*:*:*:*"],
    [{ name: "Windows 98" }, "cpe:2.3:o:microsoft:windows_98:-:-:*:*:*:*:*:*"],
    [{ name: "Windows Server 2012 R2" }, "cpe:2.3:o:microsoft:windows_server_2012:r2:-:*:*:*:*:*:*"],
    [{ name: "Windows 10" }, "cpe:2.3:o:microsoft:windows_10:-:-:*:*:*:*:*:*"],
    [{ name: "Ubuntu 20.04" }, "cpe:2.3:o:canonical:ubuntu_linux:20.04:-:*:*:*:*:*:*"],
    [{ name: "Debian", version: "10" }, "cpe:2.3:o:debian:debian_linux:10:-:*:*:*:*:*:*"],
    [{ name: "Red Hat Enterprise Linux 7" }, "cpe:2.3:o:redhat:enterprise_linux:7:-:*:*:*:*:*:*"],
  ])("%o -> %s", (os, cpe) => {
    expect(osCpe({ family: "", version: "", ...os })).toBe(cpe);
  });

  it("knows nothing of an unknown OS", () => {
    expect(osCpe({ family: "other", name: "BeOS", version: "5" })).toBeUndefined();
  });
});
