/**
 * Records what one source (an SBOM, a scan) says an asset contains: the asset's
 * occurrences from that source are replaced atomically and a scan is added to its history.
 * The same content again (same hash, same source) changes nothing.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Component } from "../domain/component.js";
import { evaluatePackages } from "../exposure/evaluate.js";
import { onScanImported } from "../response/verify.js";
import { type OccurrenceRow, replaceOccurrences } from "../store/occurrences-repository.js";
import { ensurePackages, rememberPackages } from "../store/packages-repository.js";
import { insertScan, latestScan } from "../store/scans-repository.js";
import type { Schema } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { resolveAsset } from "./resolve-asset.js";

export interface ComponentsImport {
  /** Asset reference: NAME or UNITPATH/NAME. */
  asset: string;
  /** Which source this is (replaces earlier occurrences from the same source): "sbom", "scan" ... */
  source: string;
  format: string;
  specVersion: string;
  tool?: string | undefined;
  fileName?: string | undefined;
  /** Hash of the content; computed from the components when absent. */
  sha256?: string;
  components: readonly Component[];
}

export interface ComponentsImportResult {
  assetId: number;
  asset: string;
  unit: string;
  scanId: number;
  unchanged: boolean;
  components: number;
  occurrences: number;
}

export async function importComponents(
  store: Store,
  input: ComponentsImport,
): Promise<ComponentsImportResult> {
  let inserted = new Map<string, number>();
  const result = await store.db.transaction().execute(async (tx) => {
    const done = await recordComponents(store, tx, input);
    inserted = done.inserted;
    return done.result;
  });
  rememberPackages(store, inserted);
  return result;
}

export type BatchOutcome = { ok: true; result: ComponentsImportResult } | { ok: false; error: unknown };

/**
 * Imports many sources with one commit per batch, each still all-or-nothing: a savepoint
 * per input is released on success and rolled back on failure, so one bad SBOM never
 * touches the others. One commit per file would write every touched index page to the
 * WAL per file; batching writes each page once per batch.
 */
export async function importComponentsBatch(
  store: Store,
  inputs:
    | Iterable<ComponentsImport | (() => Promise<ComponentsImport>)>
    | AsyncIterable<ComponentsImport | (() => Promise<ComponentsImport>)>,
  options: { batchSize?: number; onEach?: (outcome: BatchOutcome, index: number) => void } = {},
): Promise<BatchOutcome[]> {
  const batchSize = options.batchSize ?? 500;
  const outcomes: BatchOutcome[] = [];
  let tx = await store.db.startTransaction().execute();
  let pending = new Map<string, number>();
  let inBatch = 0;
  try {
    for await (const item of inputs) {
      const index = outcomes.length;
      const point = await tx.savepoint("item").execute();
      let outcome: BatchOutcome;
      try {
        const input = typeof item === "function" ? await item() : item;
        const done = await recordComponents(store, point, input);
        await point.releaseSavepoint("item").execute();
        for (const [purl, id] of done.inserted) pending.set(purl, id);
        outcome = { ok: true, result: done.result };
      } catch (error) {
        await point.rollbackToSavepoint("item").execute();
        await point.releaseSavepoint("item").execute();
        outcome = { ok: false, error };
      }
      outcomes.push(outcome);
      options.onEach?.(outcome, index);
      if (++inBatch >= batchSize) {
        await tx.commit().execute();
        rememberPackages(store, pending);
        pending = new Map();
        inBatch = 0;
        tx = await store.db.startTransaction().execute();
      }
    }
    await tx.commit().execute();
    rememberPackages(store, pending);
  } catch (error) {
    await tx.rollback().execute();
    throw error;
  }
  return outcomes;
}

/** The work of one import inside the caller's transaction; the new package ids are returned, not cached. */
async function recordComponents(
  store: Store,
  tx: Kysely<Schema>,
  input: ComponentsImport,
): Promise<{ result: ComponentsImportResult; inserted: Map<string, number> }> {
  const sha256 = input.sha256 ?? hashComponents(input.components);
  const none = new Map<string, number>();
  const asset = await resolveAsset(tx, input.asset);
  const base = { assetId: asset.id, asset: asset.name, unit: asset.unit };
  const previous = await latestScan(tx, asset.id, input.source);
  if (previous && previous.sha256 === sha256) {
    const result = {
      ...base,
      scanId: previous.id,
      unchanged: true,
      components: previous.component_count,
      occurrences: previous.occurrence_count,
    };
    return { result, inserted: none };
  }
  const packages = await ensurePackages(store, tx, input.components);
  // Only packages new to the store need matching: the others were matched when they (or the advisories) arrived.
  await evaluatePackages(tx, packages.created);
  const rows = occurrenceRows(input.components, packages.ids);
  const now = new Date().toISOString();
  const scanId = await insertScan(tx, {
    asset_id: asset.id,
    source: input.source,
    format: input.format,
    spec_version: input.specVersion,
    tool: input.tool ?? null,
    file_name: input.fileName ?? null,
    sha256,
    imported_at: now,
    component_count: input.components.length,
    occurrence_count: rows.length,
  });
  await replaceOccurrences(
    store,
    tx,
    { assetId: asset.id, source: input.source, scanId },
    rows,
    previous !== undefined,
  );
  await onScanImported(tx, asset.id);
  await tx.updateTable("assets").set({ last_seen: now }).where("id", "=", asset.id).execute();
  const result = {
    ...base,
    scanId,
    unchanged: false,
    components: input.components.length,
    occurrences: rows.length,
  };
  return { result, inserted: packages.inserted };
}

function occurrenceRows(components: readonly Component[], ids: Map<string, number>): OccurrenceRow[] {
  const rows: OccurrenceRow[] = [];
  const seen = new Set<string>();
  for (const c of components) {
    const packageId = ids.get(c.purl)!;
    const properties =
      c.properties && Object.keys(c.properties).length > 0 ? JSON.stringify(c.properties) : null;
    const locations = c.locations.length > 0 ? c.locations : [""];
    for (const location of locations) {
      const key = `${packageId}\u0000${location}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ packageId, location, properties });
    }
  }
  return rows;
}

function hashComponents(components: readonly Component[]): string {
  const hash = createHash("sha256");
  // Properties and hashes count: removing JndiLookup.class changes a jar's facts, not its purl or place.
  for (const c of components) {
    const properties = c.properties ? JSON.stringify(Object.entries(c.properties).sort()) : "";
    const hashes = c.hashes ? c.hashes.map((h) => `${h.alg}:${h.value}`).join(",") : "";
    hash.update(`${c.purl}\n${c.locations.join("\n")}\n${properties}\n${hashes}\n\n`);
  }
  return hash.digest("hex");
}
