/**
 * The reads behind "who is affected": stored matches joined to occurrences and assets.
 * Package matches are keyed by advisory and by package, occurrences by package, so an
 * advisory's affected list is a few index lookups whatever the size of the inventory.
 */
import { type Kysely, sql } from "kysely";
import type { Schema } from "./schema.js";
import { withinScope } from "./scope.js";

export interface MatchFilter {
  advisoryIds?: readonly string[];
  scope?: string;
  exposure?: string;
  minScore?: number;
  kevOnly?: boolean;
  limit?: number;
}

export interface AffectedRow {
  advisoryId: string;
  score: number | null;
  severity: string;
  kevDueDate: string | null;
  assetId: number;
  asset: string;
  unit: string;
  kind: string;
  exposure: string;
  criticality: number;
  state: string;
  ownerContact: string | null;
  purl: string;
  version: string;
  location: string;
  fixed: string;
}

// The advisory and asset columns both match kinds (package and OS) report.
const ADVISORY_COLUMNS = [
  "adv.score",
  "adv.severity_level as severity",
  "adv.kev_due_date as kevDueDate",
] as const;
const ASSET_COLUMNS = [
  "a.id as assetId",
  "a.name as asset",
  "a.unit_path as unit",
  "a.kind",
  "a.exposure",
  "a.criticality",
  "a.state",
  "a.owner_contact as ownerContact",
] as const;

/** Package matches with their advisory, package, every occurrence and its asset. */
function packageMatchesOf(db: Kysely<Schema>) {
  return db
    .selectFrom("package_matches as pm")
    .innerJoin("advisories as adv", "adv.id", "pm.advisory_id")
    .innerJoin("packages as p", "p.id", "pm.package_id")
    .innerJoin("occurrences as o", "o.package_id", "pm.package_id")
    .innerJoin("assets as a", "a.id", "o.asset_id");
}

/** OS-level matches with their advisory and asset. */
function osMatchesOf(db: Kysely<Schema>) {
  return db
    .selectFrom("os_matches as om")
    .innerJoin("advisories as adv", "adv.id", "om.advisory_id")
    .innerJoin("assets as a", "a.id", "om.asset_id");
}

export async function packageMatchRows(db: Kysely<Schema>, f: MatchFilter): Promise<AffectedRow[]> {
  let q = packageMatchesOf(db).select([
    "pm.advisory_id as advisoryId",
    ...ADVISORY_COLUMNS,
    ...ASSET_COLUMNS,
    "p.purl",
    "p.version",
    "o.location",
    "pm.fixed",
  ]);
  q = applyFilter(q, f);
  if (f.limit !== undefined) q = q.limit(f.limit);
  return q
    .orderBy(sql`coalesce(adv.score, -1)`, "desc")
    .orderBy("a.criticality", "desc")
    .orderBy("a.unit_path")
    .orderBy("a.name")
    .orderBy("p.purl")
    .orderBy("o.location")
    .execute();
}

export async function osMatchRows(db: Kysely<Schema>, f: MatchFilter): Promise<AffectedRow[]> {
  let q = osMatchesOf(db).select((eb) => [
    "om.advisory_id as advisoryId",
    ...ADVISORY_COLUMNS,
    ...ASSET_COLUMNS,
    "om.cpe as purl",
    eb.fn.coalesce("a.os_service_pack", eb.val("")).as("version"),
    eb.val("operating system").as("location"),
    eb.val("[]").as("fixed"),
  ]);
  q = applyFilter(q, f);
  if (f.limit !== undefined) q = q.limit(f.limit);
  return q
    .orderBy(sql`coalesce(adv.score, -1)`, "desc")
    .orderBy("a.criticality", "desc")
    .orderBy("a.unit_path")
    .orderBy("a.name")
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by two queries whose builders differ only in the joined tables.
function applyFilter<Q extends { where: (...args: any[]) => Q }>(q: Q, f: MatchFilter): Q {
  let out = q;
  if (f.advisoryIds) out = out.where("adv.id", "in", f.advisoryIds.length > 0 ? f.advisoryIds : [""]);
  if (f.scope && f.scope !== "/") {
    const scope = f.scope;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the expression builder of either query.
    out = out.where((eb: any) => withinScope(eb, "a.unit_path", scope));
  }
  if (f.exposure) out = out.where("a.exposure", "=", f.exposure);
  if (f.minScore !== undefined) out = out.where("adv.score", ">=", f.minScore);
  if (f.kevOnly) out = out.where("adv.kev_date_added", "is not", null);
  return out;
}

export interface UnknownAsset {
  assetId: number;
  asset: string;
  unit: string;
  kind: string;
  exposure: string;
  criticality: number;
  ownerContact: string | null;
}

/** Servers, sites and services never scanned: the haystack nobody has searched. */
export async function neverScannedAssets(
  db: Kysely<Schema>,
  f: { scope?: string; exposure?: string; kinds?: readonly string[] },
): Promise<UnknownAsset[]> {
  let q = db
    .selectFrom("assets as a")
    .select([
      "a.id as assetId",
      "a.name as asset",
      "a.unit_path as unit",
      "a.kind",
      "a.exposure",
      "a.criticality",
      "a.owner_contact as ownerContact",
    ])
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom("scans as s").select("s.id").whereRef("s.asset_id", "=", "a.id"))),
    );
  if (f.scope && f.scope !== "/") q = q.where((eb) => withinScope(eb, "a.unit_path", f.scope ?? "/"));
  if (f.exposure) q = q.where("a.exposure", "=", f.exposure);
  if (f.kinds) q = q.where("a.kind", "in", [...f.kinds]);
  return q.orderBy("a.criticality", "desc").orderBy("a.unit_path").orderBy("a.name").execute();
}

export interface DecisionRow {
  advisoryId: string;
  assetId: number | null;
  purl: string | null;
  status: string;
  justification: string | null;
  detail: string | null;
  actor: string;
  source: string;
  decidedAt: string;
}

export async function decisionsFor(
  db: Kysely<Schema>,
  advisoryIds: readonly string[] | undefined,
): Promise<DecisionRow[]> {
  let q = db
    .selectFrom("decisions")
    .select([
      "advisory_id as advisoryId",
      "asset_id as assetId",
      "purl",
      "status",
      "justification",
      "detail",
      "actor",
      "source",
      "decided_at as decidedAt",
    ]);
  if (advisoryIds) q = q.where("advisory_id", "in", advisoryIds.length > 0 ? advisoryIds : [""]);
  return q.orderBy("id").execute();
}

export interface AffectedPair {
  advisoryId: string;
  assetId: number;
  purl: string;
  exposure: string;
}

/**
 * Distinct (advisory, asset, component) triples, without the occurrence rows behind them:
 * what summaries (the overview's counts) need, at a fraction of the rows.
 */
export async function affectedPairs(db: Kysely<Schema>, f: MatchFilter): Promise<AffectedPair[]> {
  let packages = packageMatchesOf(db)
    .select(["pm.advisory_id as advisoryId", "a.id as assetId", "p.purl", "a.exposure"])
    .distinct();
  packages = applyFilter(packages, f);
  let os = osMatchesOf(db).select([
    "om.advisory_id as advisoryId",
    "a.id as assetId",
    "om.cpe as purl",
    "a.exposure",
  ]);
  os = applyFilter(os, f);
  return [...(await packages.execute()), ...(await os.execute())];
}
