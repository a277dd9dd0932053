/**
 * Whether the store already holds an inventory, and emptying it before a new province is
 * written, children before parents, so two provinces never mix.
 */
import { sql } from "kysely";
import { forgetPackages } from "../store/packages-repository.js";
import type { Store } from "../store/store.js";

/**
 * The inventory tables, children first. A table added later that points at one of these
 * must join this list before it (on PostgreSQL, TRUNCATE refuses while it is missing).
 */
export const INVENTORY_TABLES = [
  // Decisions name assets by id without a foreign key: a new province must not inherit them.
  "decisions",
  "occurrences",
  "scans",
  "dependencies",
  "flows",
  "links",
  "segments",
  "assets",
  "packages",
  "units",
] as const;

export interface InventorySize {
  units: number;
  assets: number;
  packages: number;
}

export async function inventorySize(store: Store): Promise<InventorySize> {
  const count = async (table: "units" | "assets" | "packages") => {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return { units: await count("units"), assets: await count("assets"), packages: await count("packages") };
}

export function isEmpty(size: InventorySize): boolean {
  return size.units === 0 && size.assets === 0 && size.packages === 0;
}

/**
 * Deletes every inventory row in one transaction (PostgreSQL: TRUNCATE, which also restarts
 * ids), and first the rows of any table whose foreign keys point into the inventory
 * (matches of advisories to packages, scan jobs of assets ...): they describe the old
 * province and would otherwise point at the new one's rows.
 */
export async function emptyInventory(store: Store): Promise<void> {
  forgetPackages(store);
  const dependents = await dependentTables(store);
  const tables = [...dependents, ...INVENTORY_TABLES];
  if (store.dialect === "postgres") {
    await sql`TRUNCATE TABLE ${sql.join(tables.map((t) => sql.table(t)))} RESTART IDENTITY`.execute(store.db);
    return;
  }
  await store.db.transaction().execute(async (tx) => {
    for (const table of tables) await sql`DELETE FROM ${sql.table(table)}`.execute(tx);
  });
}

/** Tables outside the inventory with a foreign key into it, directly or through each other, children first. */
export async function dependentTables(store: Store): Promise<string[]> {
  const edges = await foreignKeys(store);
  const inside = new Set<string>(INVENTORY_TABLES);
  const found: string[] = [];
  for (let grew = true; grew;) {
    grew = false;
    for (const { table, references } of edges) {
      if (!inside.has(table) && inside.has(references)) {
        inside.add(table);
        found.unshift(table);
        grew = true;
      }
    }
  }
  return found;
}

async function foreignKeys(store: Store): Promise<{ table: string; references: string }[]> {
  if (store.dialect === "postgres") {
    const result = await sql<{ table: string; references: string }>`
      SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS references
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = current_schema()`.execute(store.db);
    return result.rows;
  }
  const db = store.sqlite!;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  return tables.flatMap((table) =>
    (db.pragma(`foreign_key_list("${table.replace(/"/g, '""')}")`) as { table: string }[]).map((fk) => ({
      table,
      references: fk.table,
    })),
  );
}
