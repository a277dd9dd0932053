import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFixtures } from "../../scanner/testdata-gen/generate-fixtures.js";
import { log4jCore, mavenJar } from "../../scanner/testdata-gen/jar-builder.js";
import { Planted } from "../../scanner/testdata-gen/planted.js";
import { auditCommand } from "./audit.js";
import { runCommand } from "./command-test-support.js";

const run = (...args: string[]) => runCommand(auditCommand, args);

interface Finding {
  advisory: string;
  aliases: string[];
  severity: string;
  purl: string;
  version: string;
  locations: string[];
}

const LOG4SHELL = ["CVE-2021-44228", "CVE-2021-45046", "CVE-2021-45105", "CVE-2021-44832"];
const ALL = [...LOG4SHELL].sort();

/**
 * The Log4Shell-family CVEs of each log4j-core version, from the ranges and notes of
 * src/advisories/bundle/notable.osv.json: the Java 6 line (2.3.x), the Java 7 line (2.12.x)
 * and the Java 8 line each have their own fixed releases.
 */
const EXPECTED: Record<string, string[]> = {
  "2.0-beta9": ALL,
  "2.3.1": ["CVE-2021-44832"],
  "2.3.2": [],
  "2.10.0": ALL,
  "2.11.1": ALL,
  "2.12.2": ["CVE-2021-44832", "CVE-2021-45105"],
  "2.12.3": ["CVE-2021-44832"],
  "2.12.4": [],
  "2.13.3": ALL,
  "2.14.1": ALL,
  "2.15.0": ["CVE-2021-44832", "CVE-2021-45046", "CVE-2021-45105"],
  "2.16.0": ["CVE-2021-44832", "CVE-2021-45105"],
  "2.17.0": ["CVE-2021-44832"],
  "2.17.1": [],
};
const EXTRA = ["2.3.1", "2.12.2", "2.12.3", "2.15.0", "2.17.0"];

let dir: string;
let tree: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "needle-audit-cli-"));
  tree = join(dir, "tree");
  generateFixtures(tree, { robustness: false });
  const more = new Planted(tree);
  for (const v of EXTRA) more.write(`java/more/log4j-core-${v}.jar`, mavenJar(log4jCore(v)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cves = (f: Finding) => [f.advisory, ...f.aliases].filter((id) => LOG4SHELL.includes(id));

describe("needle audit", () => {
  it("flags each log4j-core version with exactly the Log4Shell-family CVEs that apply to it", async () => {
    const r = await run("--json", "--db", join(dir, "a.db"), "audit", tree);
    expect(r.exitCode).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: Finding[] };
    const byVersion = new Map<string, Set<string>>();
    for (const f of findings.filter((f) => f.purl.includes("/log4j-core@"))) {
      const set = byVersion.get(f.version) ?? new Set<string>();
      for (const id of cves(f)) set.add(id);
      byVersion.set(f.version, set);
    }
    const actual = Object.fromEntries(
      Object.keys(EXPECTED).map((v) => [v, [...(byVersion.get(v) ?? [])].sort()]),
    );
    expect(actual).toEqual(EXPECTED);
    expect([...byVersion.keys()].filter((v) => !(v in EXPECTED))).toEqual([]);
    const log4j1 = findings.filter((f) => f.purl === "pkg:maven/log4j/log4j@1.2.17").map((f) => f.advisory);
    expect(log4j1.sort()).toEqual(["CVE-2019-17571", "CVE-2021-4104"]);
  });

  it("names the nested location of each finding", async () => {
    const r = await run("--json", "--db", join(dir, "b.db"), "audit", join(tree, "java", "srv"));
    const { findings } = JSON.parse(r.stdout) as { findings: Finding[] };
    expect(findings.find((f) => f.advisory === "CVE-2021-44228")?.locations).toEqual([
      `${join(tree, "java", "srv", "app.ear")}!/web.war!/WEB-INF/lib/log4j-core-2.14.1.jar`,
    ]);
  });

  it("notes a log4j-core copy whose JndiLookup class was removed", async () => {
    const r = await run("--db", join(dir, "e.db"), "audit", join(tree, "java", "patched"));
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/CVE-2021-44228 .*log4j-core-2\.14\.1\.jar\s+jndilookup-removed\n/);
  });

  it("exits 0 when nothing is at or above --fail-on, 1 when something is", async () => {
    const db = ["--db", join(dir, "c.db")];
    const fixed = ["log4j-core-2.3.2.jar", "log4j-core-2.12.4.jar"].map((f) => join(tree, "java", "lib", f));
    const clean = await run(...db, "audit", ...fixed);
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout).toMatch(/^0 findings \(0 at or above critical\)/);
    const medium = join(tree, "java", "more", "log4j-core-2.17.0.jar");
    expect((await run(...db, "audit", medium)).exitCode).toBe(0);
    const low = await run(...db, "audit", medium, "--fail-on", "medium");
    expect(low.exitCode).toBe(1);
    expect(low.stdout).toMatch(/^SEVERITY\s+ADVISORY\s+KEV\s+PACKAGE/);
    expect(low.stdout).toMatch(
      /CVE-2021-44832\s+pkg:maven\/org\.apache\.logging\.log4j\/log4j-core\s+2\.17\.0\s+2\.17\.1/,
    );
  });

  it("exits 2 on an unknown --fail-on level before scanning", async () => {
    const r = await run("--db", join(dir, "d.db"), "audit", tree, "--fail-on", "severe");
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(
      /--fail-on: unknown severity "severe" \(expected one of critical, high, medium, low\)/,
    );
  });
});
