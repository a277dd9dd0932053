import { describe, expect, it } from "vitest";
import {
  type Advisory,
  AliasIndex,
  emptyAdvisory,
  mergeAdvisories,
  severityLevelOfScore,
  severityLevelOfV2Score,
  withCvePrimaryId,
} from "./advisory.js";

function advisory(id: string, extra: Partial<Advisory> = {}): Advisory {
  return { ...emptyAdvisory(id, `test:${id}`), ...extra };
}

const log4jCore = {
  ecosystem: "Maven",
  name: "org.apache.logging.log4j:log4j-core",
  ranges: [{ type: "ECOSYSTEM" as const, events: [{ introduced: "2.13.0" }, { fixed: "2.15.0" }] }],
  versions: [],
};

describe("severity levels", () => {
  it("follows the CVSS v3 bands and the v2 bands", () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(severityLevelOfScore)).toEqual([
      "none",
      "low",
      "low",
      "medium",
      "medium",
      "high",
      "high",
      "critical",
      "critical",
    ]);
    expect(severityLevelOfScore(11)).toBe("unknown");
    expect(severityLevelOfV2Score(10)).toBe("high");
  });
});

describe("mergeAdvisories", () => {
  const ghsa = advisory("GHSA-jfh8-c2jp-5v3q", {
    aliases: ["CVE-2021-44228"],
    summary: "Remote code injection in Log4j",
    modified: "2024-01-01T00:00:00Z",
    severity: { cvss3: { score: 9.0, vector: "v-low" }, level: "critical" },
    affected: [log4jCore],
    references: ["https://b.example"],
  });
  const nvd = advisory("CVE-2021-44228", {
    modified: "2024-05-01T00:00:00Z",
    severity: { cvss3: { score: 10, vector: "v-high" }, level: "critical" },
    cpeMatches: [{ criteria: "cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*", vulnerable: true }],
    references: ["https://a.example", "https://b.example"],
  });
  const kev = advisory("CVE-2021-44228", { kev: { dateAdded: "2021-12-10", dueDate: "2021-12-24" } });

  it("makes the CVE the id, unites everything and keeps the highest score, latest date and KEV", () => {
    const merged = mergeAdvisories(mergeAdvisories(ghsa, nvd), kev);
    expect(merged.id).toBe("CVE-2021-44228");
    expect(merged.aliases).toEqual(["GHSA-jfh8-c2jp-5v3q"]);
    expect(merged.summary).toBe("Remote code injection in Log4j");
    expect(merged.severity.cvss3).toEqual({ score: 10, vector: "v-high" });
    expect(merged.modified).toBe("2024-05-01T00:00:00Z");
    expect(merged.kev?.dueDate).toBe("2021-12-24");
    expect(merged.affected).toEqual([log4jCore]);
    expect(merged.cpeMatches).toHaveLength(1);
    expect(merged.references).toEqual(["https://a.example", "https://b.example"]);
    expect(merged.sources).toEqual(["test:CVE-2021-44228", "test:GHSA-jfh8-c2jp-5v3q"]);
  });

  it("does not duplicate identical affected packages", () => {
    expect(mergeAdvisories(ghsa, ghsa).affected).toHaveLength(1);
  });
});

describe("withCvePrimaryId", () => {
  it("promotes a CVE alias and keeps the original id as an alias", () => {
    const a = withCvePrimaryId(advisory("GHSA-x", { aliases: ["PYSEC-1", "CVE-2020-0001"] }));
    expect(a.id).toBe("CVE-2020-0001");
    expect(a.aliases).toEqual(["GHSA-x", "PYSEC-1"]);
  });
});

describe("AliasIndex", () => {
  it("merges records through alias chains, in any order", () => {
    const records = [
      advisory("PYSEC-1", { aliases: ["GHSA-a"] }),
      advisory("CVE-2022-0001"),
      advisory("GHSA-a", { aliases: ["CVE-2022-0001"] }),
      advisory("CVE-2022-0002"),
    ];
    for (const order of [records, [...records].reverse()]) {
      const index = new AliasIndex();
      for (const r of order) index.add(r);
      expect(index.size).toBe(2);
      expect(index.all().map((a) => a.id)).toEqual(["CVE-2022-0001", "CVE-2022-0002"]);
      expect(index.get("PYSEC-1")?.aliases).toEqual(["GHSA-a", "PYSEC-1"]);
    }
  });
});
