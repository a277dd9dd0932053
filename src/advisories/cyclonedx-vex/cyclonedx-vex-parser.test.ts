import { describe, expect, it } from "vitest";
import { collect, fixture } from "../testdata/load.js";
import { cyclonedxVexParser } from "./cyclonedx-vex-parser.js";

describe("cyclonedxVexParser", () => {
  it("resolves affects refs (bom-ref and BOM-Link) to purls and maps analysis states", async () => {
    const doc = fixture("feeds/cyclonedx-vex.json");
    expect(cyclonedxVexParser.detect(doc)).toBe(true);
    const { advisories, errors, warnings } = await collect(cyclonedxVexParser, doc);
    const [log4shell, other] = advisories;
    expect(log4shell?.id).toBe("CVE-2021-44228");
    expect(log4shell?.aliases).toEqual(["GHSA-jfh8-c2jp-5v3q"]);
    expect(log4shell?.severity.cvss3).toEqual({
      score: 10,
      vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H",
    });
    expect(log4shell?.vex).toEqual([
      {
        product: "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
        status: "not_affected",
        justification: "code_not_reachable",
        detail: "JndiLookup.class is removed from the jar.",
      },
    ]);
    expect(other?.id).toBe("CVE-2099-1234");
    expect(other?.severity.cvss3?.score).toBe(7.5);
    expect(other?.vex).toEqual([{ product: "pkg:npm/nested@1.0", status: "under_investigation" }]);
    expect(warnings).toEqual([
      expect.objectContaining({
        record: "GHSA-xxxx-yyyy-zzzz",
        message: expect.stringMatching(/missing-ref/),
      }),
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ record: "CVE-2099-5678", message: expect.stringMatching(/analysis\.state/) }),
    ]);
  });
});
