import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError } from "../domain/errors.js";
import type { Store } from "../store/store.js";
import { describeEachEngine, freshStore } from "../testing/engines.js";
import { generateProvince, type ProvinceSummary } from "./generate.js";
import { dumpDigest } from "./test-support.js";

const SCALE = 0.01;
const SEED = 2021;

let reference: Promise<Record<string, string>> | undefined;

/** The digest of the same province written to a fresh SQLite store: the cross-engine reference. */
function referenceDigest(): Promise<Record<string, string>> {
  reference ??= (async () => {
    const { store, cleanup } = await freshStore("sqlite");
    try {
      await generateProvince(store, { seed: SEED, scale: SCALE });
      return await dumpDigest(store);
    } finally {
      await cleanup();
    }
  })();
  return reference;
}

describeEachEngine("demo province at scale 0.01", (engine) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let summary: ProvinceSummary;

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(engine));
    summary = await generateProvince(store, { seed: SEED, scale: SCALE });
  });
  afterAll(() => cleanup());

  it("has one national centre and 17 regions, each with establishments", async () => {
    const units = await store.db.selectFrom("units").select(["path", "kind", "parent_path"]).execute();
    expect(units.filter((u) => u.kind === "national").map((u) => u.path)).toEqual(["/qc"]);
    const regions = units.filter((u) => u.kind === "region");
    expect(regions).toHaveLength(17);
    for (const r of regions) expect(units.some((u) => u.parent_path === r.path)).toBe(true);
    expect(summary.regions).toBe(17);
    expect(units.some((u) => u.kind === "department")).toBe(true);
  });

  it("has the scaled counts of assets", async () => {
    const rows = await store.db
      .selectFrom("assets")
      .select(["kind", "exposure", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy(["kind", "exposure"])
      .execute();
    const count = (f: (r: (typeof rows)[number]) => boolean) =>
      rows.filter(f).reduce((s, r) => s + Number(r.n), 0);
    expect(count((r) => r.kind === "workstation")).toBe(900);
    expect(count((r) => r.kind === "server")).toBe(20);
    expect(count((r) => r.exposure === "internet")).toBe(40);
    expect(count(() => true)).toBe(summary.assets);
  });

  it("mixes workstation operating systems in the documented shares", async () => {
    const rows = await store.db
      .selectFrom("assets")
      .select(["os_name", "os_service_pack"])
      .where("kind", "=", "workstation")
      .execute();
    const share = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length / rows.length;
    expect(share((r) => r.os_name === "Windows 10")).toBeCloseTo(0.44, 1);
    expect(share((r) => r.os_name === "Windows 7")).toBeCloseTo(0.3, 1);
    expect(share((r) => r.os_name === "Windows XP")).toBeCloseTo(0.15, 1);
    const old = ["Windows 2000", "Windows NT 4.0", "Windows 98", "Windows 95"];
    expect(share((r) => old.includes(r.os_name ?? ""))).toBeCloseTo(0.11, 1);
    for (const name of [...old, "Windows XP"]) expect(rows.some((r) => r.os_name === name)).toBe(true);
    expect(
      rows.some((r) => r.os_service_pack === "SP1") && rows.some((r) => r.os_service_pack === "SP2"),
    ).toBe(true);
  });

  it("puts every asset in exactly one existing unit, and links everything to real rows", async () => {
    const orphans = await store.db
      .selectFrom("assets")
      .leftJoin("units", "units.path", "assets.unit_path")
      .select("assets.name")
      .where("units.path", "is", null)
      .execute();
    expect(orphans).toEqual([]);
    const deps = await store.db
      .selectFrom("dependencies")
      .leftJoin("assets as f", "f.id", "dependencies.from_asset_id")
      .leftJoin("assets as t", "t.id", "dependencies.to_asset_id")
      .select(["f.id as from", "t.id as to", "dependencies.label"])
      .execute();
    expect(deps.length).toBeGreaterThan(0);
    expect(deps.every((d) => d.from !== null && d.to !== null)).toBe(true);
    for (const label of ["radiology", "lab", "records"])
      expect(deps.some((d) => d.label === label)).toBe(true);
    const segments = new Set(
      (await store.db.selectFrom("segments").select("name").execute()).map((s) => s.name),
    );
    const links = await store.db.selectFrom("links").selectAll().execute();
    const flows = await store.db.selectFrom("flows").selectAll().execute();
    for (const e of [...links, ...flows])
      expect(segments.has(e.from_segment) && segments.has(e.to_segment)).toBe(true);
    expect(new Set(links.map((l) => l.kbps))).toEqual(new Set([...links.map((l) => l.kbps)].filter(Boolean)));
    for (const kbps of [128, 256, 512]) expect(links.some((l) => l.kbps === kbps)).toBe(true);
    const assetSegments = await store.db.selectFrom("assets").select("segment").distinct().execute();
    for (const a of assetSegments) expect(segments.has(a.segment ?? "")).toBe(true);
  });

  it("has log4j-core across the 2.x range, log4j 1.2, nested locations and the vaccine portal", async () => {
    const rows = await store.db
      .selectFrom("packages")
      .innerJoin("occurrences", "occurrences.package_id", "packages.id")
      .select(["packages.name", "packages.version", "occurrences.location"])
      .where("packages.namespace", "in", ["org.apache.logging.log4j", "log4j"])
      .where("packages.name", "in", ["log4j-core", "log4j"])
      .execute();
    const core = new Set(rows.filter((r) => r.name === "log4j-core").map((r) => r.version));
    expect(core.size).toBeGreaterThanOrEqual(8);
    expect([...core].some((v) => /^2\.[0-9]($|[.-])/.test(v))).toBe(true);
    expect([...core].some((v) => /^2\.1[5-7]\./.test(v))).toBe(true);
    expect(rows.some((r) => r.name === "log4j" && r.version.startsWith("1.2."))).toBe(true);
    expect(rows.some((r) => r.location.includes(".ear!/"))).toBe(true);
    expect(rows.some((r) => r.location.includes("!/BOOT-INF/lib/"))).toBe(true);
    const portal = await store.db
      .selectFrom("assets")
      .selectAll()
      .where("name", "=", "vaccine-portal")
      .executeTakeFirstOrThrow();
    expect([portal.criticality, portal.exposure, portal.unit_path]).toEqual([5, "internet", "/qc"]);
  });

  it("leaves some servers and sites never scanned, with no scan rows", async () => {
    const unscanned = await store.db
      .selectFrom("assets")
      .select(["kind"])
      .where("kind", "in", ["server", "website", "service"])
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom("scans").select("scans.id").whereRef("scans.asset_id", "=", "assets.id"))),
      )
      .execute();
    expect(unscanned.length).toBe(summary.neverScanned);
    expect(unscanned.length).toBeGreaterThan(0);
  });

  it("writes the same rows as the SQLite reference (same seed, same data on every engine)", async () => {
    expect(await dumpDigest(store)).toEqual(await referenceDigest());
  });

  it("refuses a non-empty store, and replaces it entirely with force", async () => {
    await expect(generateProvince(store, { seed: 7, scale: SCALE })).rejects.toBeInstanceOf(ConflictError);
    const again = await generateProvince(store, { seed: SEED, scale: SCALE, force: true });
    expect(again.assets).toBe(summary.assets);
    expect(await dumpDigest(store)).toEqual(await referenceDigest());
  });
});

describe("demo province options", () => {
  it("rejects a scale outside (0, 2] and a bad seed before touching the store", async () => {
    const { store, cleanup } = await freshStore("sqlite");
    try {
      for (const scale of [0, -1, 2.5, Number.NaN]) {
        await expect(generateProvince(store, { seed: 1, scale })).rejects.toThrow(/scale: expected a number/);
      }
      await expect(generateProvince(store, { seed: 1.5, scale: 0.01 })).rejects.toThrow(/seed/);
    } finally {
      await cleanup();
    }
  });
});
