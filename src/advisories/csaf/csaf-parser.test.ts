import { describe, expect, it } from "vitest";
import { collect, fixture } from "../testdata/load.js";
import { csafParser } from "./csaf-parser.js";
import { versToOsv } from "./vers-to-osv.js";

describe("csafParser", () => {
  it("maps product statuses to VEX statements, ranges and CPE criteria", async () => {
    const doc = fixture("feeds/csaf-vex-example.json");
    expect(csafParser.detect(doc)).toBe(true);
    const { advisories, errors, warnings } = await collect(csafParser, doc);
    const [a] = advisories;
    expect(a?.id).toBe("CVE-2021-44228");
    expect(a?.aliases).toEqual(["EXV-2021-0001"]);
    expect(a?.severity.cvss3?.score).toBe(10);
    expect(a?.affected).toEqual([
      {
        ecosystem: "Maven",
        name: "org.apache.logging.log4j:log4j-core",
        purl: "pkg:maven/org.apache.logging.log4j/log4j-core",
        ranges: [
          {
            type: "ECOSYSTEM",
            events: [
              { introduced: "2.0-beta9" },
              { fixed: "2.3.1" },
              { introduced: "2.4" },
              { fixed: "2.12.2" },
              { introduced: "2.13.0" },
              { fixed: "2.15.0" },
            ],
          },
        ],
        versions: [],
      },
    ]);
    expect(a?.cpeMatches).toEqual([
      { criteria: "cpe:2.3:a:example:appliance:7.1:*:*:*:*:*:*:*", vulnerable: true },
    ]);
    expect(a?.vex).toContainEqual({
      product: "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1",
      status: "fixed",
    });
    // The relationship product takes the component's purl, and the flag and threat give why.
    expect(a?.vex).toContainEqual({
      product: "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1",
      status: "not_affected",
      justification: "vulnerable_code_not_in_execute_path",
      detail: "The lookup is never reached in this configuration.",
    });
    expect(warnings.map((w) => w.message)).toEqual([
      'product_status.known_not_affected: product id "NO-SUCH-PRODUCT" is not in the product tree',
      'product "MANUAL-ONLY" (A product with no identifier) has no purl or CPE: no VEX statement kept',
    ]);
    expect(errors).toEqual([expect.objectContaining({ record: "CVE-2021-45046" })]);
  });

  it("refuses a document without tracking id as one named error", async () => {
    const { errors } = await collect(csafParser, { document: { category: "csaf_vex", csaf_version: "2.0" } });
    expect(errors[0]?.message).toMatch(/document\.tracking/);
  });
});

describe("versToOsv", () => {
  it("converts the representable constraints", () => {
    expect(versToOsv("vers:npm/<1.2.3")).toEqual({
      events: [{ introduced: "0" }, { fixed: "1.2.3" }],
      versions: [],
    });
    expect(versToOsv("vers:pypi/1.0|>=2.0|<=2.5")).toEqual({
      events: [{ introduced: "2.0" }, { last_affected: "2.5" }],
      versions: ["1.0"],
    });
    expect(versToOsv("vers:maven/>2.0")).toEqual({
      error: expect.stringMatching(/">2.0" has no OSV equivalent/),
    });
    expect(versToOsv("2.0")).toEqual({ error: expect.stringMatching(/not a vers range/) });
  });
});
