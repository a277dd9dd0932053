import { describe, expect, it } from "vitest";
import { osCpe } from "./index.js";
import { parseOsRelease } from "./parse-os-release.js";

describe("os-release", () => {
  it("parses quoted and unquoted values, skipping comments", () => {
    const fields = parseOsRelease('# c\nNAME="Ubuntu"\nVERSION_ID=\'22.04\'\nID=ubuntu\nX="a \\"b\\""\n');
    expect(Object.fromEntries(fields)).toEqual({
      NAME: "Ubuntu",
      VERSION_ID: "22.04",
      ID: "ubuntu",
      X: 'a "b"',
    });
  });

  it("builds a CPE from the known vendor table, or rewrites CPE_NAME 2.2 to 2.3", () => {
    expect(
      osCpe(
        new Map([
          ["ID", "ubuntu"],
          ["VERSION_ID", "22.04"],
        ]),
      ),
    ).toBe("cpe:2.3:o:canonical:ubuntu_linux:22.04:*:*:*:*:*:*:*");
    expect(osCpe(new Map([["CPE_NAME", "cpe:/o:fedoraproject:fedora:39"]]))).toBe(
      "cpe:2.3:o:fedoraproject:fedora:39:*:*:*:*:*:*:*",
    );
    expect(osCpe(new Map([["ID", "gentoo"]]))).toBe("cpe:2.3:o:gentoo:gentoo:*:*:*:*:*:*:*:*");
  });
});
