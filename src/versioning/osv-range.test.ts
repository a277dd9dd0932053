import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { deb } from "./deb/index.js";
import { InvalidOsvRangeError, InvalidVersionError } from "./errors.js";
import { golang } from "./golang/index.js";
import { maven } from "./maven/index.js";
import { compileAffected, isAffected, type OsvRange, osvRangeSchema } from "./osv-range.js";
import { pypi } from "./pypi/index.js";

const fixture = z
  .object({
    advisories: z.array(
      z.object({
        id: z.string(),
        aliases: z.array(z.string()),
        affected: z.array(z.object({ ranges: z.array(osvRangeSchema) })),
      }),
    ),
  })
  .parse(JSON.parse(readFileSync(new URL("testdata/log4shell-osv.json", import.meta.url), "utf8")));

function affectedBy(cve: string, version: string): boolean {
  const advisory = fixture.advisories.find((a) => a.aliases.includes(cve));
  if (advisory === undefined) throw new Error(`no ${cve} in the fixture`);
  return advisory.affected.some((entry) => isAffected(entry, version, maven));
}

const ecosystem = (...events: OsvRange["events"]): OsvRange => ({ type: "ECOSYSTEM", events });

describe("isAffected on the Log4Shell advisories", () => {
  it("CVE-2021-44228 affects >=2.0-beta9 <2.3.1, >=2.4 <2.12.2, >=2.13.0 <2.15.0", () => {
    for (const v of ["2.0-beta9", "2.0-rc1", "2.0", "2.3", "2.4", "2.11.2", "2.12.1", "2.13.0", "2.14.1"]) {
      expect(affectedBy("CVE-2021-44228", v), v).toBe(true);
    }
    for (const v of [
      "2.0-alpha1",
      "2.0-beta8",
      "2.3.1",
      "2.3.2",
      "2.12.2",
      "2.12.4",
      "2.15.0",
      "2.16.0",
      "2.17.1",
    ]) {
      expect(affectedBy("CVE-2021-44228", v), v).toBe(false);
    }
  });

  it("2.3.2, 2.12.4 and 2.17.1 are unaffected by all four advisories", () => {
    for (const cve of ["CVE-2021-44228", "CVE-2021-45046", "CVE-2021-45105", "CVE-2021-44832"]) {
      for (const v of ["2.3.2", "2.12.4", "2.17.1"]) expect(affectedBy(cve, v), `${cve} ${v}`).toBe(false);
    }
  });

  it("sorts events by the scheme first (CVE-2021-45046 lists them out of order)", () => {
    expect(affectedBy("CVE-2021-45046", "2.15.0")).toBe(true);
    expect(affectedBy("CVE-2021-45046", "2.12.1")).toBe(true);
    expect(affectedBy("CVE-2021-45046", "2.3.1")).toBe(false);
    expect(affectedBy("CVE-2021-45046", "2.16.0")).toBe(false);
  });

  it("tells the later fixes apart", () => {
    expect(affectedBy("CVE-2021-45105", "2.16.0")).toBe(true);
    expect(affectedBy("CVE-2021-45105", "2.12.2")).toBe(true);
    expect(affectedBy("CVE-2021-44832", "2.17.0")).toBe(true);
    expect(affectedBy("CVE-2021-44832", "2.12.3")).toBe(true);
    expect(affectedBy("CVE-2021-44832", "2.3.1")).toBe(true);
  });
});

describe("isAffected", () => {
  it('treats introduced "0" as before every version', () => {
    const range = ecosystem({ introduced: "0" }, { fixed: "1.0" });
    expect(isAffected({ ranges: [range] }, "0.0.1", pypi)).toBe(true);
    expect(isAffected({ ranges: [range] }, "1.0rc1", pypi)).toBe(true);
    expect(isAffected({ ranges: [range] }, "1.0", pypi)).toBe(false);
    expect(isAffected({ ranges: [ecosystem({ introduced: "0" })] }, "99", pypi)).toBe(true);
  });

  it("includes last_affected and excludes what is after it", () => {
    const range = ecosystem({ introduced: "1.0-1" }, { last_affected: "1.0-3" });
    expect(isAffected({ ranges: [range] }, "1.0-3", deb)).toBe(true);
    expect(isAffected({ ranges: [range] }, "1.0-3+deb12u1", deb)).toBe(false);
    expect(isAffected({ ranges: [range] }, "1.0~rc1-1", deb)).toBe(false);
  });

  it("stops at limit events", () => {
    const range = ecosystem({ introduced: "0" }, { limit: "2.0" }, { introduced: "3.0" });
    expect(isAffected({ ranges: [range] }, "1.5", pypi)).toBe(true);
    expect(isAffected({ ranges: [range] }, "3.5", pypi)).toBe(false);
    const star = ecosystem({ introduced: "1.0" }, { limit: "*" });
    expect(isAffected({ ranges: [star] }, "5.0", pypi)).toBe(true);
  });

  it("matches explicit versions with the scheme's equality", () => {
    expect(isAffected({ versions: ["2.0", "2.1"] }, "2.0.0", pypi)).toBe(true);
    expect(isAffected({ versions: ["2.0", "2.1"] }, "2.2", pypi)).toBe(false);
    expect(isAffected({ versions: ["not a version"] }, "not a version", pypi)).toBe(true);
    expect(isAffected({}, "1.0", pypi)).toBe(false);
  });

  it("orders SEMVER ranges by SemVer and reads Go's leading v", () => {
    const range: OsvRange = { type: "SEMVER", events: [{ introduced: "0" }, { fixed: "0.17.0" }] };
    expect(isAffected({ ranges: [range] }, "v0.14.0", golang)).toBe(true);
    expect(isAffected({ ranges: [range] }, "0.17.0", golang)).toBe(false);
    expect(isAffected({ ranges: [range] }, "v0.0.0-20220722155217-630584e8d5aa", golang)).toBe(true);
  });

  it("skips GIT ranges, which name commits", () => {
    const git: OsvRange = { type: "GIT", repo: "https://example.invalid/x", events: [{ introduced: "abc" }] };
    expect(isAffected({ ranges: [git] }, "1.0", pypi)).toBe(false);
  });

  it("unions several ranges and keeps an empty interval empty", () => {
    const a = ecosystem({ introduced: "1.0" }, { fixed: "1.0" });
    const b = ecosystem({ introduced: "2.0" }, { fixed: "3.0" });
    expect(isAffected({ ranges: [a, b] }, "1.0", pypi)).toBe(false);
    expect(isAffected({ ranges: [a, b] }, "2.5", pypi)).toBe(true);
  });

  it("throws typed errors for bad events and bad versions", () => {
    const bad = ecosystem({ introduced: "not-a-version" }, { fixed: "2.0" });
    expect(() => isAffected({ ranges: [bad] }, "1.0", pypi)).toThrow(InvalidOsvRangeError);
    expect(() => isAffected({ ranges: [bad] }, "1.0", pypi)).toThrow(/event introduced: "not-a-version"/);
    const good = ecosystem({ introduced: "0" });
    expect(() => isAffected({ ranges: [good] }, "latest", pypi)).toThrow(InvalidVersionError);
  });

  it("rejects events with two keys at the schema", () => {
    const parsed = osvRangeSchema.safeParse({ type: "ECOSYSTEM", events: [{ introduced: "1", fixed: "2" }] });
    expect(parsed.success).toBe(false);
  });

  it("evaluates a compiled test fast enough for the hot path", () => {
    const test = compileAffected(fixture.advisories[0]?.affected[0] ?? {}, maven);
    const versions = Array.from({ length: 2000 }, (_, i) => `2.${i % 20}.${i % 7}`);
    const started = performance.now();
    let hits = 0;
    for (let round = 0; round < 100; round++) for (const v of versions) if (test(v)) hits++;
    const perCheck = (performance.now() - started) / 200_000;
    expect(hits).toBeGreaterThan(0);
    expect(perCheck).toBeLessThan(0.02);
  });
});
