import { describe, expect, it } from "vitest";
import { collect, fixture } from "../testdata/load.js";
import { osvParser } from "./osv-parser.js";

describe("osvParser", () => {
  it("detects single records and arrays, not other formats", () => {
    expect(osvParser.detect(fixture("feeds/osv-dir/GHSA-jfh8-c2jp-5v3q.json"))).toBe(true);
    expect(osvParser.detect(fixture("feeds/osv-dir/nested/PYSEC-records.json"))).toBe(true);
    expect(osvParser.detect(fixture("feeds/kev-catalog.json"))).toBe(false);
    expect(osvParser.detect({ cve: {}, id: "x", modified: "y" })).toBe(false);
  });

  it("normalises a GHSA record: CVE as id, ranges, score from the vector", async () => {
    const { advisories, errors } = await collect(
      osvParser,
      fixture("feeds/osv-dir/GHSA-jfh8-c2jp-5v3q.json"),
      "g.json",
    );
    expect(errors).toEqual([]);
    const [a] = advisories;
    expect(a?.id).toBe("CVE-2021-44228");
    expect(a?.aliases).toEqual(["GHSA-jfh8-c2jp-5v3q"]);
    expect(a?.severity).toEqual({
      cvss3: { score: 10, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H" },
      level: "critical",
    });
    expect(a?.affected[0]?.name).toBe("org.apache.logging.log4j:log4j-core");
    expect(a?.affected[0]?.ranges[2]?.events).toEqual([{ introduced: "2.0-beta9" }, { fixed: "2.3.1" }]);
    expect(a?.sources).toEqual(["osv:g.json"]);
    expect(a?.references).toContain("https://logging.apache.org/log4j/2.x/security.html");
  });

  it("skips a malformed record with a named error and keeps the others", async () => {
    const { advisories, errors, warnings } = await collect(
      osvParser,
      fixture("feeds/osv-dir/nested/PYSEC-records.json"),
    );
    expect(advisories.map((a) => a.id)).toEqual(["PYSEC-2099-1", "PYSEC-2099-3"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.record).toBe("PYSEC-2099-2");
    expect(errors[0]?.message).toMatch(/affected\[0\]\.ranges\[0\]\.events\[0\]/);
    // A bad vector keeps the record (its ranges still matter) with a warning naming the vector.
    expect(warnings).toEqual([
      expect.objectContaining({
        record: "PYSEC-2099-3",
        message: expect.stringMatching(/CVSS:3.1\/AV:N\/AC:L/),
      }),
    ]);
    expect(advisories[0]?.severity.level).toBe("medium");
    expect(advisories[0]?.affected[0]?.versions).toEqual(["1.0.0", "1.2.0"]);
  });

  it("names a record without an id by its index", async () => {
    const { errors } = await collect(osvParser, [{ modified: "x", affected: [] }]);
    expect(errors[0]?.record).toBe("#0");
    expect(errors[0]?.message).toMatch(/^id:/);
  });
});
