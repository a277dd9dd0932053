/** `needle findings`: every stored finding across advisories, most severe first, decisions applied. */
import { loadAdvisories } from "../store/advisories-repository.js";
import {
  affectedPairs,
  decisionsFor,
  type MatchFilter,
  osMatchRows,
  packageMatchRows,
} from "../store/findings-repository.js";
import type { Store } from "../store/store.js";
import { applyDecisions, isCleared } from "./decisions.js";
import { type AffectedEntry, toEntry } from "./exposure.js";

export interface FindingsFilter {
  minScore?: number;
  kevOnly?: boolean;
  scope?: string;
  exposure?: string;
  limit?: number;
}

export interface FindingEntry extends AffectedEntry {
  advisory: string;
  severity: string;
  score: number | null;
  kevDueDate: string | null;
}

export async function listFindings(store: Store, filter: FindingsFilter = {}): Promise<FindingEntry[]> {
  // The limit applies after decisions: a page of cleared rows must not hide open ones.
  const { limit: _limit, ...rest } = filter;
  const match: MatchFilter = { ...rest };
  const rows = [...(await packageMatchRows(store.db, match)), ...(await osMatchRows(store.db, match))];
  const ids = [...new Set(rows.map((r) => r.advisoryId))];
  const advisories = new Map((await loadAdvisories(store.db, ids)).map((a) => [a.id, a]));
  const { affected } = applyDecisions(rows, await decisionsFor(store.db, ids), advisories);
  const entries = affected.map((r) => ({
    advisory: r.advisoryId,
    severity: r.severity,
    score: r.score,
    kevDueDate: r.kevDueDate,
    ...toEntry(r),
  }));
  entries.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      b.criticality - a.criticality ||
      a.unit.localeCompare(b.unit) ||
      a.asset.localeCompare(b.asset) ||
      a.advisory.localeCompare(b.advisory),
  );
  return filter.limit === undefined ? entries : entries.slice(0, filter.limit);
}

/**
 * The assets holding at least one finding that passes the filter, decisions applied, with
 * whether each is internet-facing: the overview's counts without reading every occurrence.
 */
export async function affectedAssets(
  store: Store,
  filter: FindingsFilter = {},
): Promise<Map<number, boolean>> {
  const pairs = await affectedPairs(store.db, { ...filter });
  const ids = [...new Set(pairs.map((p) => p.advisoryId))];
  const advisories = new Map((await loadAdvisories(store.db, ids)).map((a) => [a.id, a]));
  const decisions = await decisionsFor(store.db, ids);
  const out = new Map<number, boolean>();
  for (const pair of pairs) {
    if (isCleared(pair, decisions, advisories.get(pair.advisoryId))) continue;
    out.set(pair.assetId, pair.exposure === "internet");
  }
  return out;
}
