/**
 * Records what one source (an SBOM, a scan) says an asset contains: the asset's
 * occurrences from that source are replaced atomically and a scan is added to its history.
 * The same content again (same hash, same source) changes nothing.
 */
import { createHash } from "node:crypto";
import type { Component } from "../domain/component.js";
import { type OccurrenceRow, replaceOccurrences } from "../store/occurrences-repository.js";
import { ensurePackages, rememberPackages } from "../store/packages-repository.js";
import { insertScan, latestScan } from "../store/scans-repository.js";
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
  const sha256 = input.sha256 ?? hashComponents(input.components);
  let inserted = new Map<string, number>();
  const result = await store.db.transaction().execute(async (tx) => {
    const asset = await resolveAsset(tx, input.asset);
    const base = { assetId: asset.id, asset: asset.name, unit: asset.unit };
    const previous = await latestScan(tx, asset.id, input.source);
    if (previous && previous.sha256 === sha256) {
      return {
        ...base,
        scanId: previous.id,
        unchanged: true,
        components: previous.component_count,
        occurrences: previous.occurrence_count,
      };
    }
    const packages = await ensurePackages(store, tx, input.components);
    inserted = packages.inserted;
    const rows = occurrenceRows(input.components, packages.ids);
    const scanId = await insertScan(tx, {
      asset_id: asset.id,
      source: input.source,
      format: input.format,
      spec_version: input.specVersion,
      tool: input.tool ?? null,
      file_name: input.fileName ?? null,
      sha256,
      imported_at: new Date().toISOString(),
      component_count: input.components.length,
      occurrence_count: rows.length,
    });
    await replaceOccurrences(store, tx, { assetId: asset.id, source: input.source, scanId }, rows);
    await tx
      .updateTable("assets")
      .set({ last_seen: new Date().toISOString() })
      .where("id", "=", asset.id)
      .execute();
    return {
      ...base,
      scanId,
      unchanged: false,
      components: input.components.length,
      occurrences: rows.length,
    };
  });
  rememberPackages(store, inserted);
  return result;
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
  for (const c of components) hash.update(`${c.purl}\n${c.locations.join("\n")}\n\n`);
  return hash.digest("hex");
}
