/**
 * Secondary indexes of a table set aside during a bulk load and built again after it: one
 * sort-based build over tens of millions of rows is several times faster than keeping the
 * index up to date row by row. The statements come from the engine's own catalogue
 * (sqlite_master, pg_indexes), so the indexes come back exactly as the migrations made them.
 * Indexes that back a constraint (primary keys, unique) are left alone.
 */
import { sql } from "kysely";
import type { Store } from "../store/store.js";

export interface DeferredIndex {
  name: string;
  /** The statement that creates it again. */
  definition: string;
}

/** Drops the table's plain indexes and returns how to create them again. */
export async function dropIndexes(store: Store, table: string): Promise<DeferredIndex[]> {
  const indexes = await indexesOf(store, table);
  for (const index of indexes) await sql`DROP INDEX ${sql.ref(index.name)}`.execute(store.db);
  return indexes;
}

/** Creates the indexes again (after the load, or after a failed one). */
export async function restoreIndexes(store: Store, indexes: readonly DeferredIndex[]): Promise<void> {
  for (const index of indexes) {
    if (store.dialect === "postgres") {
      // A larger sort memory for the build, for this transaction only.
      await store.db.transaction().execute(async (tx) => {
        await sql`SET LOCAL maintenance_work_mem = '512MB'`.execute(tx);
        await sql.raw(index.definition).execute(tx);
      });
    } else {
      await sql.raw(index.definition).execute(store.db);
    }
  }
}

async function indexesOf(store: Store, table: string): Promise<DeferredIndex[]> {
  if (store.dialect === "postgres") {
    const result = await sql<{ name: string; definition: string }>`
      SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ${table}
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
      ORDER BY i.indexname`.execute(store.db);
    return result.rows;
  }
  // SQLite stores the CREATE INDEX text; constraint indexes have none.
  const result = await sql<{ name: string; definition: string }>`
    SELECT name, sql AS definition FROM sqlite_master
    WHERE type = 'index' AND tbl_name = ${table} AND sql IS NOT NULL
    ORDER BY name`.execute(store.db);
  return result.rows;
}
