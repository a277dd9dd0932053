/**
 * Occurrences: the thin rows (asset, package, location, scan, source) that say where each
 * package was seen. Replacing one source's occurrences of one asset is a delete and a bulk
 * insert inside the caller's transaction.
 */
import type Database from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import { chunks } from "./chunks.js";
import type { Schema } from "./schema.js";
import type { Store } from "./store.js";

/** Rows per multi-row INSERT on SQLite: fewer calls into the engine, well under its 32,766 bound parameters. */
const ROWS_PER_STATEMENT = 100;
const statements = new WeakMap<Database.Database, { one: Database.Statement; many: Database.Statement }>();

function preparedInserts(db: Database.Database) {
  let prepared = statements.get(db);
  if (!prepared) {
    const head =
      "INSERT INTO occurrences (asset_id, package_id, location, scan_id, source, properties) VALUES ";
    const row = "(?, ?, ?, ?, ?, ?)";
    prepared = {
      one: db.prepare(head + row),
      many: db.prepare(head + Array(ROWS_PER_STATEMENT).fill(row).join(", ")),
    };
    statements.set(db, prepared);
  }
  return prepared;
}

export interface OccurrenceRow {
  packageId: number;
  location: string;
  properties: string | null;
}

export async function replaceOccurrences(
  store: Store,
  tx: Kysely<Schema>,
  target: { assetId: number; source: string; scanId: number },
  rows: readonly OccurrenceRow[],
  /** False when the asset has no earlier scan from this source, so there is nothing to delete. */
  replacing = true,
): Promise<void> {
  if (replacing) {
    await tx
      .deleteFrom("occurrences")
      .where("asset_id", "=", target.assetId)
      .where("source", "=", target.source)
      .execute();
  }
  if (store.sqlite) {
    const { one, many } = preparedInserts(store.sqlite);
    const values = (r: OccurrenceRow) => [
      target.assetId,
      r.packageId,
      r.location,
      target.scanId,
      target.source,
      r.properties,
    ];
    let i = 0;
    for (; i + ROWS_PER_STATEMENT <= rows.length; i += ROWS_PER_STATEMENT) {
      many.run(rows.slice(i, i + ROWS_PER_STATEMENT).flatMap(values));
    }
    for (; i < rows.length; i++) one.run(values(rows[i]!));
    return;
  }
  for (const part of chunks(rows, 10_000)) {
    await sql`
      INSERT INTO occurrences (asset_id, package_id, location, scan_id, source, properties)
      SELECT ${target.assetId}::int, p, l, ${target.scanId}::int, ${target.source}::text, pr
      FROM unnest(${part.map((r) => r.packageId)}::int[], ${part.map((r) => r.location)}::text[],
        ${part.map((r) => r.properties)}::text[]) AS t(p, l, pr)`.execute(tx);
  }
}
