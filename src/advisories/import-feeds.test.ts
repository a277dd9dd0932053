import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importFeeds, readFeeds } from "./import-feeds.js";
import { DEFAULT_ZIP_BOUNDS } from "./read-zip.js";
import { makeLyingZip, makeOsvZip, makeZipBomb } from "./testdata/make-zips.js";

const feeds = fileURLToPath(new URL("./testdata/feeds", import.meta.url));

describe("importFeeds", () => {
  it("reads a directory of mixed formats, merges aliases and names every problem", async () => {
    const result = await importFeeds([feeds]);
    const log4shell = result.advisories.find((a) => a.id === "CVE-2021-44228");
    expect(log4shell?.aliases).toEqual(["EXV-2021-0001", "GHSA-jfh8-c2jp-5v3q"]);
    expect(log4shell?.kev?.knownRansomware).toBe(true);
    expect(log4shell?.severity.cvss3?.score).toBe(10);
    expect(log4shell?.cpeMatches.length).toBeGreaterThan(0);
    expect(log4shell?.vex.length).toBeGreaterThan(0);
    expect(result.recordsByFormat).toEqual({ csaf: 1, "cyclonedx-vex": 2, kev: 2, nvd: 2, osv: 3 });

    const errors = result.errors.map((e) => `${e.file.slice(feeds.length + 1)} ${e.record}`);
    expect(errors).toEqual([
      "csaf-vex-example.json CVE-2021-45046",
      "cyclonedx-vex.json CVE-2099-5678",
      "kev-catalog.json CVE-2099-0001",
      "not-a-feed.json document",
      "nvd-cves.json NOT-A-CVE",
      "osv-dir/nested/PYSEC-records.json PYSEC-2099-2",
      "truncated.json document",
    ]);
    expect(result.errors.find((e) => e.file.endsWith("truncated.json"))?.message).toMatch(/^not valid JSON/);
    expect(result.warnings.map((w) => w.message)).toContain(
      'unknown ecosystem "Nonesuch" for package "thing" (not an OSV ecosystem)',
    );
  });

  it("reads an OSV all.zip entry by entry", async () => {
    const zip = makeOsvZip();
    const result = await importFeeds([zip]);
    expect(result.advisories.map((a) => a.id)).toEqual(["CVE-2021-44228", "MAL-2099-1"]);
    expect(result.errors).toEqual([
      { file: `${zip}!/BAD-1.json`, record: "BAD-1", message: expect.stringMatching(/^modified:/) },
    ]);
  });

  it("refuses a zip bomb entry with a named error", async () => {
    const bomb = makeZipBomb();
    const result = await importFeeds([bomb]);
    expect(result.advisories).toEqual([]);
    expect(result.errors[0]?.message).toMatch(/huge\.json: compression ratio \d+ \(at most 100\)/);
  });

  it("reads large archives entry by entry from the file with the same result", async () => {
    const zip = makeOsvZip();
    const result = await importFeeds([zip], { zipBounds: { ...DEFAULT_ZIP_BOUNDS, inMemoryBytes: 0 } });
    expect(result.advisories.map((a) => a.id)).toEqual(["CVE-2021-44228", "MAL-2099-1"]);
    expect(result.errors).toHaveLength(1);
  });

  it("stops inflating at the declared size when a header lies about it", async () => {
    const result = await importFeeds([makeLyingZip()]);
    expect(result.advisories).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.file).toMatch(/lying\.zip!\/liar\.json$/);
  });

  it("stops at the entry-count bound for the whole archive", async () => {
    const zip = makeOsvZip();
    const bounds = { ...DEFAULT_ZIP_BOUNDS, maxEntries: 2 };
    const result = await importFeeds([zip], { zipBounds: bounds });
    expect(result.errors).toEqual([
      { file: zip, record: "archive", message: expect.stringMatching(/4 entries \(at most 2 allowed\)/) },
    ]);
  });

  it("refuses a missing path before reading anything", async () => {
    const events = readFeeds([feeds, "/no/such/feed.json"]);
    await expect(events[Symbol.asyncIterator]().next()).rejects.toThrow(
      /feed path not found: \/no\/such\/feed.json/,
    );
  });
});
