/**
 * Stores advisories and re-evaluates exactly what they touch, in one transaction: an
 * import never leaves the advisory store half-updated. Records that are aliases of each
 * other (CVE-2021-44228 is GHSA-jfh8-c2jp-5v3q) merge into one advisory, recomputed from
 * every record of the group, so a corrected feed record replaces its earlier self.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { loadBundledAdvisories } from "../advisories/bundle/load-bundle.js";
import { type Advisory, idsOf, mergeAdvisories } from "../domain/advisory.js";
import {
  advisoryIdsByAlias,
  countAdvisories,
  deleteAdvisories,
  insertAdvisories,
  insertAdvisory,
  type NewAdvisory,
} from "../store/advisories-repository.js";
import { chunks } from "../store/chunks.js";
import type { Schema } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { type EvaluationReport, evaluateAdvisories } from "./evaluate.js";
import { OS_CPE_NAME, storedNamesOfAll } from "./package-names.js";

export interface StoreAdvisoriesResult {
  created: number;
  updated: number;
  unchanged: number;
  evaluation: EvaluationReport;
}

export async function storeAdvisories(
  store: Store,
  advisories: readonly Advisory[],
): Promise<StoreAdvisoriesResult> {
  return store.db.transaction().execute((tx) => storeAdvisoriesIn(tx, advisories));
}

export async function storeAdvisoriesIn(
  db: Kysely<Schema>,
  advisories: readonly Advisory[],
): Promise<StoreAdvisoriesResult> {
  const result: StoreAdvisoriesResult = {
    created: 0,
    updated: 0,
    unchanged: 0,
    evaluation: { packageMatches: 0, osMatches: 0, problems: [] },
  };
  const changed: Advisory[] = [];
  const fresh = new Set<string>();
  const now = new Date().toISOString();
  // One lookup for the whole import of which ids the store already knows; most of a feed's
  // records are usually new, and those need no further reads.
  const known = await advisoryIdsByAlias(
    db,
    advisories.flatMap((a) => idsOf(a)),
  );
  const created: NewAdvisory[] = [];
  for (const incoming of advisories) {
    const existing = [...new Set(idsOf(incoming).flatMap((id) => known.get(id) ?? []))];
    const key = recordKey(incoming);
    if (existing.length === 0) {
      // New to the store: written in bulk below, with no reads (the common case of a feed).
      const document = JSON.stringify(incoming);
      created.push({
        row: rowOf(incoming, now),
        aliases: incoming.aliases,
        names: namesOf(incoming),
        record: { key, advisory_id: incoming.id, document, imported_at: now },
      });
      for (const id of idsOf(incoming)) known.set(id, [incoming.id]);
      result.created++;
      fresh.add(incoming.id);
      changed.push(incoming);
      continue;
    }
    const records = await recordsOf(db, existing);
    const previous = records.get(key);
    if (previous !== undefined && previous === JSON.stringify(incoming)) {
      result.unchanged++;
      continue;
    }
    records.set(key, JSON.stringify(incoming));
    const merged = [...records.values()]
      .map((doc) => JSON.parse(doc) as Advisory)
      .reduce((a, b) => mergeAdvisories(a, b));
    await deleteAdvisories(db, existing);
    // Analysts' decisions follow the advisory when an alias merge changes its id (GHSA-... becomes CVE-...).
    const renamed = existing.filter((id) => id !== merged.id);
    for (const part of chunks(renamed)) {
      await db
        .updateTable("decisions")
        .set({ advisory_id: merged.id })
        .where("advisory_id", "in", part)
        .execute();
    }
    for (const part of chunks(existing))
      await db.deleteFrom("advisory_records").where("advisory_id", "in", part).execute();
    await insertAdvisory(db, rowOf(merged, now), merged.aliases, namesOf(merged));
    for (const [k, document] of records) {
      await db
        .insertInto("advisory_records")
        .values({ key: k, advisory_id: merged.id, document, imported_at: now })
        .execute();
    }
    result.updated++;
    for (const id of idsOf(merged)) known.set(id, [merged.id]);
    changed.push(merged);
  }
  await insertAdvisories(db, created);
  result.evaluation = await evaluateAdvisories(db, changed, fresh);
  return result;
}

/** Loads the advisories Needle ships into an empty advisory store, so a fresh install answers offline. */
export async function ensureBundledAdvisories(store: Store): Promise<StoreAdvisoriesResult | undefined> {
  if ((await countAdvisories(store.db)) > 0) return undefined;
  return storeAdvisories(store, loadBundledAdvisories());
}

/**
 * Matches every stored advisory against the whole inventory again (after a bulk load that
 * bypassed the incremental path, such as the demo province); loads the bundle into an empty store.
 */
export async function reevaluateAll(store: Store): Promise<EvaluationReport> {
  const loaded = await ensureBundledAdvisories(store);
  if (loaded) return loaded.evaluation;
  return store.db.transaction().execute(async (tx) => {
    const rows = await tx.selectFrom("advisories").select("document").orderBy("id").execute();
    return evaluateAdvisories(
      tx,
      rows.map((r) => JSON.parse(r.document) as Advisory),
    );
  });
}

function recordKey(advisory: Advisory): string {
  return `${advisory.id}|${[...advisory.sources].sort().join(",")}`;
}

async function recordsOf(db: Kysely<Schema>, advisoryIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks(advisoryIds)) {
    if (part.length === 0) continue;
    const rows = await db
      .selectFrom("advisory_records")
      .select(["key", "document"])
      .where("advisory_id", "in", part)
      .orderBy("key")
      .execute();
    for (const row of rows) out.set(row.key, row.document);
  }
  return out;
}

function namesOf(advisory: Advisory): string[] {
  const names = storedNamesOfAll(advisory.affected);
  if (advisory.cpeMatches.some((m) => m.vulnerable)) names.push(OS_CPE_NAME);
  return names;
}

function rowOf(a: Advisory, now: string) {
  const document = JSON.stringify(a);
  return {
    id: a.id,
    summary: a.summary ?? null,
    severity_level: a.severity.level,
    score: a.severity.cvss3?.score ?? a.severity.cvss4?.score ?? a.severity.cvss2?.score ?? null,
    cvss3_vector: a.severity.cvss3?.vector ?? null,
    cvss4_vector: a.severity.cvss4?.vector ?? null,
    kev_date_added: a.kev?.dateAdded ?? null,
    kev_due_date: a.kev?.dueDate ?? null,
    published: a.published ?? null,
    modified: a.modified ?? null,
    withdrawn: a.withdrawn ?? null,
    document,
    content_hash: createHash("sha256").update(document).digest("hex"),
    imported_at: now,
  };
}
