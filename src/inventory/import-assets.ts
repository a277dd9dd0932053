/**
 * `needle import assets FILE`: CSV (header with at least name,kind,unit) or a JSON array of
 * the same keys. Every unit must exist; a name appears once per unit in a file. One
 * transaction per file; re-importing the same file changes nothing.
 */
import type { Asset } from "../domain/asset.js";
import { evaluateAssetsOs } from "../exposure/evaluate.js";
import { assetIdsOf, upsertAssets } from "../store/assets-repository.js";
import type { Store } from "../store/store.js";
import { existingUnitPaths } from "../store/units-repository.js";
import { assetFromRecord, assetRecord } from "./asset-record.js";
import type { ImportCounts } from "./import-units.js";
import { DEFAULT_MAX_TABLE_BYTES, parseRecords, readBoundedFile } from "./read-records.js";
import { knownUnitsHint } from "./units-hint.js";
import { check, ProblemList } from "./validate.js";

export async function importAssetsFile(store: Store, file: string): Promise<ImportCounts> {
  const text = (await readBoundedFile(file, DEFAULT_MAX_TABLE_BYTES)).toString("utf8");
  return importAssetsText(store, text, file);
}

export async function importAssetsText(store: Store, text: string, file: string): Promise<ImportCounts> {
  const records = parseRecords(text, file, ["name", "kind", "unit"]);
  const problems = new ProblemList(file);
  const assets: { asset: Asset; where: string }[] = [];
  const seen = new Map<string, string>();
  for (const record of records) {
    const parsed = check(assetRecord, record.values, record.where, problems);
    if (!parsed) continue;
    const asset = assetFromRecord(parsed);
    const id = `${asset.unit}/${asset.name}`;
    const first = seen.get(id);
    if (first)
      problems.add(record.where, `asset "${asset.name}" in unit "${asset.unit}" already appears at ${first}`);
    else seen.set(id, record.where);
    assets.push({ asset, where: record.where });
  }
  problems.throwIfAny();
  return store.db.transaction().execute(async (tx) => {
    const known = await existingUnitPaths(
      tx,
      assets.map((a) => a.asset.unit),
    );
    for (const { asset, where } of assets) {
      if (!known.has(asset.unit)) {
        problems.add(where, `column "unit": no unit "${asset.unit}" ${await knownUnitsHint(tx, asset.unit)}`);
      }
    }
    problems.throwIfAny();
    const counts = await upsertAssets(
      tx,
      assets.map((a) => a.asset),
      new Date().toISOString(),
    );
    // An asset's OS may have changed: OS-level advisories are re-evaluated for the file's assets.
    if (counts.created + counts.updated > 0) {
      const ids = await assetIdsOf(
        tx,
        assets.map((a) => a.asset),
      );
      await evaluateAssetsOs(tx, ids);
    }
    return counts;
  });
}
