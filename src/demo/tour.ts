/**
 * The short tour `needle start` prints over a store: assets per region, where log4j-core
 * is (by version, with the internet-facing count the 2021 shutdown was about), and what was
 * never scanned. Reads only, through indexed lookups and one grouped pass over assets.
 */

import type { Store } from "../store/store.js";
import { maven } from "../versioning/maven/index.js";

export interface RegionCount {
  /** `/qc/r06`, or `/qc` for the national centre's own assets. */
  path: string;
  name: string;
  assets: number;
  workstations: number;
  servers: number;
  internetFacing: number;
}

export interface Log4jVersion {
  version: string;
  assets: number;
  internetFacing: number;
}

export interface Tour {
  assets: number;
  regions: RegionCount[];
  log4jCore: { assets: number; internetFacing: number; versions: Log4jVersion[] };
  neverScanned: { total: number; internetFacing: number; byKind: Record<string, number> };
}

export async function buildTour(store: Store): Promise<Tour> {
  const regions = await regionCounts(store);
  return {
    assets: regions.reduce((s, r) => s + r.assets, 0),
    regions,
    log4jCore: await log4jCoreCounts(store),
    neverScanned: await neverScanned(store),
  };
}

/** The region prefix of a unit path: `/qc/r06/h012/radiology` -> `/qc/r06`. */
function regionOf(path: string): string {
  return path.split("/").slice(0, 3).join("/");
}

async function regionCounts(store: Store): Promise<RegionCount[]> {
  const rows = await store.db
    .selectFrom("assets")
    .select(["unit_path", "kind", "exposure", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy(["unit_path", "kind", "exposure"])
    .execute();
  const names = new Map(
    (await store.db.selectFrom("units").select(["path", "name"]).where("depth", "<=", 2).execute()).map(
      (u) => [u.path, u.name],
    ),
  );
  const byRegion = new Map<string, RegionCount>();
  for (const row of rows) {
    const path = regionOf(row.unit_path);
    let r = byRegion.get(path);
    if (!r) {
      r = { path, name: names.get(path) ?? path, assets: 0, workstations: 0, servers: 0, internetFacing: 0 };
      byRegion.set(path, r);
    }
    const n = Number(row.n);
    r.assets += n;
    if (row.kind === "workstation") r.workstations += n;
    if (row.kind === "server") r.servers += n;
    if (row.exposure === "internet") r.internetFacing += n;
  }
  return [...byRegion.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function log4jCoreCounts(store: Store): Promise<Tour["log4jCore"]> {
  const base = store.db
    .selectFrom("packages")
    .innerJoin("occurrences", "occurrences.package_id", "packages.id")
    .innerJoin("assets", "assets.id", "occurrences.asset_id")
    .where("packages.type", "=", "maven")
    .where("packages.namespace", "=", "org.apache.logging.log4j")
    .where("packages.name", "=", "log4j-core");
  const counted = <K extends string>(key: K) =>
    base.select((eb) => [
      eb.fn.count<number>("assets.id").distinct().as("assets"),
      eb.fn
        .count<number>(eb.case().when("assets.exposure", "=", "internet").then(eb.ref("assets.id")).end())
        .distinct()
        .as(key),
    ]);
  const rows = await counted("internetFacing")
    .select("packages.version")
    .groupBy("packages.version")
    .execute();
  const total = await counted("internetFacing").executeTakeFirstOrThrow();
  const versions = rows
    .map((r) => ({ version: r.version, assets: Number(r.assets), internetFacing: Number(r.internetFacing) }))
    .sort((a, b) => compareMaven(a.version, b.version));
  return { assets: Number(total.assets), internetFacing: Number(total.internetFacing), versions };
}

function compareMaven(a: string, b: string): number {
  return maven.isValid(a) && maven.isValid(b) ? maven.compare(a, b) : a < b ? -1 : a > b ? 1 : 0;
}

async function neverScanned(store: Store): Promise<Tour["neverScanned"]> {
  const rows = await store.db
    .selectFrom("assets")
    .select(["kind", "exposure", (eb) => eb.fn.countAll<number>().as("n")])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("scans").select("scans.id").whereRef("scans.asset_id", "=", "assets.id"))),
    )
    .groupBy(["kind", "exposure"])
    .execute();
  const byKind: Record<string, number> = {};
  let total = 0;
  let internetFacing = 0;
  for (const row of rows) {
    const n = Number(row.n);
    byKind[row.kind] = (byKind[row.kind] ?? 0) + n;
    total += n;
    if (row.exposure === "internet") internetFacing += n;
  }
  return { total, internetFacing, byKind: Object.fromEntries(Object.entries(byKind).sort()) };
}
