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

const statements = new WeakMap<Database.Database, Database.Statement>();

function preparedInsert(db: Database.Database): Database.Statement {
  let statement = statements.get(db);
  if (!statement) {
    statement = db.prepare(
      "INSERT INTO occurrences (asset_id, package_id, location, scan_id, source, properties) VALUES (?, ?, ?, ?, ?, ?)",
    );
    statements.set(db, statement);
  }
  return statement;
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
): Promise<void> {
  await tx
    .deleteFrom("occurrences")
    .where("asset_id", "=", target.assetId)
    .where("source", "=", target.source)
    .execute();
  if (store.sqlite) {
    const insert = preparedInsert(store.sqlite);
    for (const r of rows)
      insert.run(target.assetId, r.packageId, r.location, target.scanId, target.source, r.properties);
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
