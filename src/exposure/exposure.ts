/**
 * "Which of our systems does this advisory affect, and who owns them?": the stored matches
 * read back with their assets, the decisions applied, counts by unit, and the assets never
 * scanned reported apart as unknown.
 */
import type { Advisory } from "../domain/advisory.js";
import { NotFoundError } from "../domain/errors.js";
import { advisoryIdsFor, loadAdvisories } from "../store/advisories-repository.js";
import {
  type AffectedRow,
  decisionsFor,
  type MatchFilter,
  neverScannedAssets,
  osMatchRows,
  packageMatchRows,
  type UnknownAsset,
} from "../store/findings-repository.js";
import type { Store } from "../store/store.js";
import { applyDecisions, type Decided } from "./decisions.js";

export interface ExposureFilter {
  scope?: string;
  exposure?: string;
}

export interface AffectedEntry {
  asset: string;
  assetId: number;
  unit: string;
  kind: string;
  exposure: string;
  criticality: number;
  state: string;
  ownerContact: string | null;
  purl: string;
  version: string;
  location: string;
  fixed: string[];
}

export interface UnitCount {
  unit: string;
  assets: number;
  internetFacing: number;
}

export interface ExposureReport {
  advisory: {
    id: string;
    aliases: string[];
    summary: string | null;
    severity: string;
    score: number | null;
    kev: { dateAdded: string; dueDate: string } | null;
    osLevel: boolean;
  };
  affected: AffectedEntry[];
  notAffected: (AffectedEntry & {
    status: string;
    justification: string | null;
    reason: string | null;
    by: string;
    at: string;
  })[];
  countsByUnit: UnitCount[];
  countsByRegion: UnitCount[];
  totals: { assets: number; internetFacing: number; occurrences: number; unknown: number };
  /** Assets whose contents are unknown (never scanned), so cannot be cleared. */
  unknown: UnknownAsset[];
}

const CONTENT_KINDS = ["server", "website", "service"] as const;

export async function exposureOf(
  store: Store,
  advisoryRef: string,
  filter: ExposureFilter = {},
): Promise<ExposureReport> {
  const [id] = [...(await advisoryIdsFor(store.db, [advisoryRef]))];
  if (id === undefined)
    throw new NotFoundError(
      `no advisory "${advisoryRef}" in the store (import it with \`needle feeds import\`)`,
    );
  const [advisory] = await loadAdvisories(store.db, [id]);
  if (!advisory) throw new NotFoundError(`advisory "${advisoryRef}" vanished while reading`);
  const match: MatchFilter = { advisoryIds: [id], ...filter };
  const osLevel = advisory.cpeMatches.some((m) => m.vulnerable);
  const rows = [
    ...(await packageMatchRows(store.db, match)),
    ...(osLevel ? await osMatchRows(store.db, match) : []),
  ];
  const { affected, decided } = applyDecisions(
    rows,
    await decisionsFor(store.db, [id]),
    new Map([[id, advisory]]),
  );
  // Unknown: for a package advisory, assets with contents never scanned; for an OS advisory, assets of unknown OS.
  const unknown = osLevel ? [] : await neverScannedAssets(store.db, { ...filter, kinds: CONTENT_KINDS });
  const entries = affected.map(toEntry);
  return {
    advisory: summaryOf(advisory),
    affected: entries,
    notAffected: decided.map(toDecidedEntry),
    countsByUnit: countBy(entries, (e) => e.unit),
    countsByRegion: countBy(entries, (e) => e.unit.split("/").slice(0, 3).join("/")),
    totals: {
      assets: new Set(entries.map((e) => e.assetId)).size,
      internetFacing: new Set(entries.filter((e) => e.exposure === "internet").map((e) => e.assetId)).size,
      occurrences: entries.length,
      unknown: unknown.length,
    },
    unknown,
  };
}

export function summaryOf(a: Advisory): ExposureReport["advisory"] {
  return {
    id: a.id,
    aliases: a.aliases,
    summary: a.summary ?? null,
    severity: a.severity.level,
    score: a.severity.cvss3?.score ?? a.severity.cvss4?.score ?? a.severity.cvss2?.score ?? null,
    kev: a.kev ? { dateAdded: a.kev.dateAdded, dueDate: a.kev.dueDate } : null,
    osLevel: a.cpeMatches.some((m) => m.vulnerable),
  };
}

export function toEntry(r: AffectedRow): AffectedEntry {
  return {
    asset: r.asset,
    assetId: r.assetId,
    unit: r.unit,
    kind: r.kind,
    exposure: r.exposure,
    criticality: r.criticality,
    state: r.state,
    ownerContact: r.ownerContact,
    purl: r.purl,
    version: r.version,
    location: r.location,
    fixed: JSON.parse(r.fixed) as string[],
  };
}

function toDecidedEntry({ row, decision }: Decided) {
  return {
    ...toEntry(row),
    status: decision.status,
    justification: decision.justification,
    reason: decision.detail,
    by: decision.actor,
    at: decision.decidedAt,
  };
}

function countBy(entries: readonly AffectedEntry[], keyOf: (e: AffectedEntry) => string): UnitCount[] {
  const byUnit = new Map<string, { assets: Set<number>; internet: Set<number> }>();
  for (const e of entries) {
    const key = keyOf(e);
    const c = byUnit.get(key) ?? { assets: new Set(), internet: new Set() };
    c.assets.add(e.assetId);
    if (e.exposure === "internet") c.internet.add(e.assetId);
    byUnit.set(key, c);
  }
  return [...byUnit]
    .map(([unit, c]) => ({ unit, assets: c.assets.size, internetFacing: c.internet.size }))
    .sort((a, b) => b.assets - a.assets || a.unit.localeCompare(b.unit));
}
