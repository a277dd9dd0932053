/**
 * The sums behind the overview, computed from stored findings (never recomputed matches):
 * per group (the regions under a national scope, the establishments under a regional one)
 * how many assets hold a critical finding (CVSS >= 9) or one on CISA's KEV list, how many
 * servers, sites and services were never scanned, and how many machines lack antivirus.
 */
import type { Kysely } from "kysely";
import { affectedAssets, type FindingEntry } from "../../exposure/findings.js";
import { neverScannedAssets } from "../../store/findings-repository.js";
import type { Schema } from "../../store/schema.js";
import { withinScope } from "../../store/scope.js";
import type { Store } from "../../store/store.js";

export const GAP_KINDS = ["never-scanned", "antivirus"] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Kinds whose contents matter when unknown (as `needle exposure` counts them). */
const SCANNABLE = ["server", "website", "service"] as const;
/** Kinds expected to run antivirus. */
const AV_KINDS = ["workstation", "server"] as const;
/** Signatures older than this, before the machine was last seen, count as a gap. */
const STALE_DAYS = 7;
const CRITICAL_SCORE = 9;

export interface Counts {
  assets: number;
  internetFacing: number;
  critical: number;
  criticalInternetFacing: number;
  kev: number;
  neverScanned: number;
  antivirusGaps: number;
}

const zero = (): Counts => ({
  assets: 0,
  internetFacing: 0,
  critical: 0,
  criticalInternetFacing: 0,
  kev: 0,
  neverScanned: 0,
  antivirusGaps: 0,
});

/** The group a unit falls in: its ancestor one level below the scope (a region at least). */
export function groupOf(unit: string, scope: string): string {
  const depth = Math.max(2, scope === "/" ? 1 : scope.split("/").length);
  return unit
    .split("/")
    .slice(0, depth + 1)
    .join("/");
}

/**
 * How bad what is still open in a group is: critical when a critical or known-exploited
 * flaw sits on an internet-facing asset, high when such flaws are only inside, none otherwise.
 */
export function groupSeverity(c: Counts, kevOnInternet: boolean): string {
  if (c.criticalInternetFacing > 0 || kevOnInternet) return "critical";
  if (c.critical > 0 || c.kev > 0) return "high";
  return "none";
}

interface AssetFacts {
  id: number;
  unit_path: string;
  kind: string;
  exposure: string;
  av_product: string | null;
  av_signature_date: string | null;
  last_seen: string | null;
}

/** No antivirus at all, or signatures a week older than the machine's last contact. */
export function antivirusGap(a: Omit<AssetFacts, "id" | "unit_path" | "exposure">): string | null {
  if (!(AV_KINDS as readonly string[]).includes(a.kind)) return null;
  if (a.av_product === "") return "none";
  if (a.av_product === null || !a.av_signature_date || !a.last_seen) return null;
  const age = Date.parse(a.last_seen) - Date.parse(a.av_signature_date);
  return age > STALE_DAYS * 86_400_000 ? "stale" : null;
}

async function assetFacts(db: Kysely<Schema>, scope: string): Promise<AssetFacts[]> {
  return db
    .selectFrom("assets")
    .select(["id", "unit_path", "kind", "exposure", "av_product", "av_signature_date", "last_seen"])
    .where((eb) => withinScope(eb, "unit_path", scope))
    .execute();
}

export async function overviewOf(store: Store, scope: string) {
  const db = store.db;
  const [facts, critical, kev, never, firstScans, names] = await Promise.all([
    assetFacts(db, scope),
    affectedAssets(store, { scope, minScore: CRITICAL_SCORE }),
    affectedAssets(store, { scope, kevOnly: true }),
    neverScannedAssets(db, { scope, kinds: SCANNABLE }),
    db
      .selectFrom("scans as s")
      .innerJoin("assets as a", "a.id", "s.asset_id")
      .select((eb) => ["s.asset_id as id", eb.fn.min("s.imported_at").as("first")])
      .where((eb) => withinScope(eb, "a.unit_path", scope))
      .groupBy("s.asset_id")
      .execute(),
    db.selectFrom("units").select(["path", "name"]).execute(),
  ]);
  const criticalIds = new Set(critical.keys());
  const kevIds = new Set(kev.keys());
  const neverIds = new Set(never.map((a) => a.assetId));
  const kevInternet = new Set([...kev].filter(([, internet]) => internet).map(([id]) => id));
  const kevInternetGroups = new Set<string>();
  const totals = zero();
  const groups = new Map<string, Counts>();
  for (const a of facts) {
    const key = groupOf(a.unit_path, scope);
    const g = groups.get(key) ?? zero();
    groups.set(key, g);
    for (const c of [g, totals]) addAsset(c, a, criticalIds, kevIds, neverIds);
    if (kevInternet.has(a.id)) kevInternetGroups.add(key);
  }
  const unitName = new Map(names.map((u) => [u.path, u.name]));
  return {
    scope,
    totals,
    groups: [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([unit, c]) => ({
        unit,
        name: unitName.get(unit) ?? unit,
        severity: groupSeverity(c, kevInternetGroups.has(unit)),
        ...c,
      })),
    trend: weeklyTrend(firstScans, criticalIds),
  };
}

function addAsset(
  c: Counts,
  a: AssetFacts,
  criticalIds: Set<number>,
  kevIds: Set<number>,
  neverIds: Set<number>,
): void {
  const internet = a.exposure === "internet";
  c.assets++;
  if (internet) c.internetFacing++;
  if (criticalIds.has(a.id)) {
    c.critical++;
    if (internet) c.criticalInternetFacing++;
  }
  if (kevIds.has(a.id)) c.kev++;
  if (neverIds.has(a.id)) c.neverScanned++;
  if (antivirusGap(a) !== null) c.antivirusGaps++;
}

/** Monday of the ISO week holding `iso`, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const d = new Date(iso.slice(0, 10));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Cumulative assets scanned by week of their first scan, and of those, with a critical finding. */
function weeklyTrend(firstScans: { id: number; first: string | null }[], criticalIds: Set<number>) {
  const byWeek = new Map<string, { scanned: number; critical: number }>();
  for (const s of firstScans) {
    if (!s.first) continue;
    const w = byWeek.get(weekOf(s.first)) ?? { scanned: 0, critical: 0 };
    w.scanned++;
    if (criticalIds.has(s.id)) w.critical++;
    byWeek.set(weekOf(s.first), w);
  }
  let scanned = 0;
  let critical = 0;
  return [...byWeek.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([week, w]) => {
      scanned += w.scanned;
      critical += w.critical;
      return { week, scanned, critical };
    });
}

export async function gapList(db: Kysely<Schema>, scope: string, kind: GapKind) {
  if (kind === "never-scanned") {
    const rows = await neverScannedAssets(db, { scope, kinds: SCANNABLE });
    return rows.map((r) => ({
      ...r,
      reason: "never-scanned",
      signatureDate: null,
    }));
  }
  const rows = await db
    .selectFrom("assets")
    .select([
      "id",
      "name",
      "unit_path",
      "kind",
      "exposure",
      "criticality",
      "owner_contact",
      "av_product",
      "av_signature_date",
      "last_seen",
    ])
    .where((eb) => withinScope(eb, "unit_path", scope))
    .where("kind", "in", [...AV_KINDS])
    .orderBy("criticality", "desc")
    .orderBy("unit_path")
    .orderBy("name")
    .execute();
  return rows.flatMap((r) => {
    const reason = antivirusGap(r);
    if (reason === null) return [];
    return [
      {
        assetId: r.id,
        asset: r.name,
        unit: r.unit_path,
        kind: r.kind,
        exposure: r.exposure,
        criticality: r.criticality,
        ownerContact: r.owner_contact,
        reason,
        signatureDate: r.av_signature_date,
      },
    ];
  });
}

/** One asset's findings from its unit's list, most severe first. */
export function assetFindings(all: readonly FindingEntry[], assetId: number) {
  return all
    .filter((f) => f.assetId === assetId)
    .map((f) => ({
      advisory: f.advisory,
      severity: f.severity,
      score: f.score,
      kevDueDate: f.kevDueDate,
      purl: f.purl,
      version: f.version,
      location: f.location,
      fixed: f.fixed,
    }));
}

/** Work still owed on a task in these states (as the campaign progress counts it). */
const OPEN_STATES = new Set(["unknown", "affected", "shut-down", "isolated"]);
const CLOSED_STATES = new Set(["shut-down", "isolated"]);
const MAX_POINTS = 200;

/**
 * Replays the task history: after each change, how many tasks are open, how many services
 * are closed and how many reopened; thinned to at most 200 points (the last of each stretch).
 */
export function burnDown(history: readonly { task_id: number; to_state: string; at: string }[]) {
  const state = new Map<number, string>();
  const tally = { open: 0, closed: 0, reopened: 0 };
  const bump = (s: string | undefined, by: number) => {
    if (s === undefined) return;
    if (OPEN_STATES.has(s)) tally.open += by;
    if (CLOSED_STATES.has(s)) tally.closed += by;
    if (s === "reopened") tally.reopened += by;
  };
  const points: {
    at: string;
    open: number;
    closed: number;
    reopened: number;
  }[] = [];
  for (const h of history) {
    bump(state.get(h.task_id), -1);
    state.set(h.task_id, h.to_state);
    bump(h.to_state, 1);
    const last = points[points.length - 1];
    if (last && last.at === h.at) points.pop();
    points.push({ at: h.at, ...tally });
  }
  if (points.length <= MAX_POINTS) return points;
  const step = points.length / MAX_POINTS;
  return Array.from(
    { length: MAX_POINTS },
    (_, i) => points[Math.min(points.length - 1, Math.floor((i + 1) * step) - 1)],
  ).filter((p) => p !== undefined);
}
