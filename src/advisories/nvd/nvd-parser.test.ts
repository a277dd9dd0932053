import { describe, expect, it } from "vitest";
import { collect, fixture } from "../testdata/load.js";
import { nvdParser } from "./nvd-parser.js";

describe("nvdParser", () => {
  it("detects the CVE API 2.0 shape only", () => {
    expect(nvdParser.detect(fixture("feeds/nvd-cves.json"))).toBe(true);
    expect(nvdParser.detect(fixture("feeds/kev-catalog.json"))).toBe(false);
  });

  it("reads the Primary CVSS v3.1 metric, v2, English text, CPE ranges and KEV dates", async () => {
    const { advisories, errors } = await collect(nvdParser, fixture("feeds/nvd-cves.json"));
    const a = advisories.find((x) => x.id === "CVE-2021-44228");
    expect(a?.severity.cvss3).toEqual({ score: 10, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H" });
    expect(a?.severity.cvss2?.score).toBe(9.3);
    expect(a?.severity.level).toBe("critical");
    expect(a?.details).toMatch(/^Apache Log4j2 2.0-beta9 through/);
    expect(a?.cpeMatches).toEqual([
      {
        criteria: "cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*",
        vulnerable: true,
        versionStartIncluding: "2.13.0",
        versionEndExcluding: "2.15.0",
      },
      { criteria: "cpe:2.3:a:apache:log4j:2.0:beta9:*:*:*:*:*:*", vulnerable: true },
    ]);
    expect(a?.kev).toEqual({
      dateAdded: "2021-12-10",
      dueDate: "2021-12-24",
      requiredAction: "Apply updates per vendor instructions.",
    });
    expect(errors).toEqual([
      expect.objectContaining({ record: "NOT-A-CVE", message: expect.stringMatching(/expected a CVE id/) }),
    ]);
  });

  it("takes a CVSS v4.0 score and its level when that is all there is", async () => {
    const { advisories } = await collect(nvdParser, fixture("feeds/nvd-cves.json"));
    const a = advisories.find((x) => x.id === "CVE-2024-99999");
    expect(a?.severity.cvss4?.score).toBe(9.3);
    expect(a?.severity.level).toBe("critical");
  });
});
