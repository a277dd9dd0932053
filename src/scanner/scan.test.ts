import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Component } from "../domain/component.js";
import { scan } from "./scan.js";
import { generateFixtures } from "./testdata-gen/generate-fixtures.js";
import type { Planted } from "./testdata-gen/planted.js";
import type { ScanResult } from "./types.js";

let root: string;
let planted: Planted;
let result: ScanResult;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "needle-scan-"));
  planted = generateFixtures(root);
  result = await scan([root]);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const pairs = (components: readonly Component[]): string[] =>
  components.flatMap((c) => c.locations.map((l) => `${c.purl} @ ${l}`)).sort();

describe("scan of the planted tree", () => {
  it("finds exactly the planted components at their exact locations", () => {
    const expected = [...new Set(planted.components.map((c) => `${c.purl} @ ${c.location}`))].sort();
    expect(pairs(result.components)).toEqual(expected);
  });

  it("carries the planted properties (log4j-core without JndiLookup is reported, marked mitigated)", () => {
    for (const p of planted.components.filter((c) => c.properties)) {
      const found = result.components.find((c) => c.purl === p.purl && c.locations.includes(p.location));
      expect(found?.properties, p.case).toMatchObject(p.properties ?? {});
    }
    const unmitigated = result.components.filter(
      (c) => c.name === "log4j-core" && c.properties?.["needle:log4j:jndilookup-removed"] === "true",
    );
    expect(unmitigated.flatMap((c) => c.locations)).toEqual([
      join(root, "java/patched/log4j-core-2.14.1.jar"),
    ]);
  });

  it("reports exactly one warning per robustness case, with its path and code", () => {
    const found = result.warnings.map((w) => `${w.code} ${w.path}`).sort();
    const expected = planted.warnings.map((w) => `${w.code} ${w.path}`).sort();
    expect(found).toEqual(expected);
  });

  it("hashes the archives it reads and counts what it did", () => {
    const plain = result.components.find((c) => c.name === "jackson-databind");
    expect(plain?.hashes?.[0]?.alg).toBe("SHA-256");
    expect(plain?.hashes?.[0]?.value).toMatch(/^[0-9a-f]{64}$/);
    expect(result.stats.components).toBe(result.components.length);
    expect(result.stats.warnings).toBe(result.warnings.length);
    expect(result.stats.archives).toBeGreaterThanOrEqual(25);
    expect(result.stats.files).toBeGreaterThan(30);
  });

  it("gives the operating system a CPE", () => {
    const cpes = result.components.filter((c) => c.cpe).map((c) => c.cpe);
    expect(cpes).toEqual([
      "cpe:2.3:o:alpinelinux:alpine_linux:3.19.1:*:*:*:*:*:*:*",
      "cpe:2.3:o:debian:debian_linux:12:*:*:*:*:*:*:*",
      "cpe:2.3:o:redhat:enterprise_linux:9:*:*:*:*:*:*:*",
    ]);
  });
});

describe("scan options", () => {
  it("skips excluded paths", async () => {
    const { components } = await scan([join(root, "java")], { exclude: ["old", "*.ear"] });
    const locations = components.flatMap((c) => c.locations);
    expect(locations.some((l) => l.includes("/old/") || l.includes(".ear"))).toBe(false);
    expect(locations).toContain(join(root, "java/lib/log4j-core-2.3.2.jar"));
  });

  it("stops at the nesting limit with a warning and still names the archive by its file name", async () => {
    const { components, warnings } = await scan([join(root, "java/deep")], { limits: { maxDepth: 2 } });
    expect(warnings.map((w) => w.code)).toEqual(["archive-too-deep"]);
    expect(warnings[0]?.path).toBe(
      `${join(root, "java/deep/outer.ear")}!/level2.war!/WEB-INF/lib/level3.jar`,
    );
    expect(components).toEqual([]);
  });

  it("reads large archives by position (central directory and wanted entries only) with the same result", async () => {
    const dir = join(root, "java");
    const whole = await scan([dir]);
    const byPosition = await scan([dir], { limits: { wholeReadBytes: 0 } });
    expect(pairs(byPosition.components)).toEqual(pairs(whole.components));
    expect(byPosition.stats.bytes).toBeLessThan(whole.stats.bytes);
    // Outer archives are not in memory then, so they carry no hash; nested ones still do.
    expect(byPosition.components.find((c) => c.name === "jackson-databind")?.hashes).toBeUndefined();
  });

  it("bounds bytes inflated per entry", async () => {
    const { warnings } = await scan([join(root, "java/boot")], { limits: { maxEntryBytes: 100 } });
    expect(new Set(warnings.map((w) => w.code))).toEqual(new Set(["limit-entry-bytes"]));
  });

  it("reports missing paths and scans single files", async () => {
    const missing = join(root, "no-such-dir");
    const { components, warnings } = await scan([missing, join(root, "java/ext/logging.jar")]);
    expect(warnings).toEqual([expect.objectContaining({ code: "not-found", path: missing })]);
    expect(components.map((c) => c.purl)).toEqual(["pkg:maven/org.apache.logging.log4j/log4j-core@2.11.1"]);
  });

  it("reports progress", async () => {
    const seen: number[] = [];
    await scan([join(root, "apps")], { onProgress: (p) => seen.push(p.files) });
    expect(seen.at(-1)).toBeGreaterThan(10);
  });

  it("turns malformed metadata files into parse-error warnings and goes on", async () => {
    const dir = join(root, "broken");
    mkdirSync(join(dir, "var/lib/rpm"), { recursive: true });
    writeFileSync(join(dir, "package-lock.json"), "{ not json");
    writeFileSync(join(dir, "var/lib/rpm/rpmdb.sqlite"), "SQLite format 3\0 but not really");
    writeFileSync(join(dir, "requirements.txt"), "requests==2.31.0\n");
    const { components, warnings } = await scan([dir]);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ["parse-error", join(dir, "package-lock.json")],
      ["parse-error", join(dir, "var/lib/rpm/rpmdb.sqlite")],
    ]);
    expect(components.map((c) => c.purl)).toEqual(["pkg:pypi/requests@2.31.0"]);
    rmSync(dir, { recursive: true });
  });

  it.skipIf(process.getuid?.() === 0)("reports a directory it may not read", async () => {
    const dir = join(root, "locked");
    mkdirSync(dir);
    chmodSync(dir, 0o000);
    const { warnings } = await scan([dir]);
    chmodSync(dir, 0o755);
    expect(warnings).toEqual([expect.objectContaining({ code: "permission-denied", path: dir })]);
  });
});

describe("pseudo file systems", () => {
  it.skipIf(process.platform !== "linux")("skips procfs by its type, wherever it is mounted", async () => {
    const { components, warnings, stats } = await scan(["/proc/self"]);
    expect(components).toEqual([]);
    expect(stats.files).toBe(0);
    expect(warnings).toEqual([expect.objectContaining({ code: "pseudo-filesystem", path: "/proc/self" })]);
  });
});
