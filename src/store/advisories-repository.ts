/**
 * Advisories as stored: one row per merged advisory (its normalised document kept whole),
 * every id it is known by, and the package names it touches.
 */
import type { Kysely, Selectable } from "kysely";
import type { Advisory } from "../domain/advisory.js";
import { chunks } from "./chunks.js";
import type { AdvisoriesTable, Schema } from "./schema.js";

export type AdvisoryRow = Selectable<AdvisoriesTable>;

/** The primary ids of stored advisories known by any of these ids. */
export async function advisoryIdsFor(db: Kysely<Schema>, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db
      .selectFrom("advisory_ids")
      .select("advisory_id")
      .where("alias", "in", part)
      .execute();
    for (const row of rows) found.add(row.advisory_id);
  }
  return found;
}

/** For each of these ids the store knows, the primary id(s) of the advisory known by it. */
export async function advisoryIdsByAlias(
  db: Kysely<Schema>,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db
      .selectFrom("advisory_ids")
      .select(["alias", "advisory_id"])
      .where("alias", "in", part)
      .execute();
    for (const row of rows) found.set(row.alias, [...(found.get(row.alias) ?? []), row.advisory_id]);
  }
  return found;
}

export async function loadAdvisories(db: Kysely<Schema>, ids: readonly string[]): Promise<Advisory[]> {
  const out: Advisory[] = [];
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db
      .selectFrom("advisories")
      .select("document")
      .where("id", "in", part)
      .orderBy("id")
      .execute();
    for (const row of rows) out.push(JSON.parse(row.document) as Advisory);
  }
  return out;
}

export async function advisoryRow(db: Kysely<Schema>, id: string): Promise<AdvisoryRow | undefined> {
  return db.selectFrom("advisories").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Removes advisories (their ids, names and matches go with them). */
export async function deleteAdvisories(db: Kysely<Schema>, ids: readonly string[]): Promise<void> {
  for (const part of chunks([...new Set(ids)])) {
    if (part.length === 0) continue;
    // Explicit deletes rather than relying on ON DELETE CASCADE, which SQLite applies only with foreign_keys on.
    await db.deleteFrom("package_matches").where("advisory_id", "in", part).execute();
    await db.deleteFrom("os_matches").where("advisory_id", "in", part).execute();
    await db.deleteFrom("advisory_names").where("advisory_id", "in", part).execute();
    await db.deleteFrom("advisory_ids").where("advisory_id", "in", part).execute();
    await db.deleteFrom("advisories").where("id", "in", part).execute();
  }
}

export async function insertAdvisory(
  db: Kysely<Schema>,
  row: AdvisoryRow,
  aliases: readonly string[],
  names: readonly string[],
): Promise<void> {
  await db.insertInto("advisories").values(row).execute();
  const ids = [...new Set([row.id, ...aliases])];
  for (const part of chunks(ids, 200)) {
    await db
      .insertInto("advisory_ids")
      .values(part.map((alias) => ({ alias, advisory_id: row.id })))
      .onConflict((oc) => oc.column("alias").doUpdateSet({ advisory_id: row.id }))
      .execute();
  }
  for (const part of chunks([...new Set(names)], 200)) {
    await db
      .insertInto("advisory_names")
      .values(part.map((name) => ({ name, advisory_id: row.id })))
      .execute();
  }
}

export interface NewAdvisory {
  row: AdvisoryRow;
  aliases: readonly string[];
  names: readonly string[];
  record: { key: string; advisory_id: string; document: string; imported_at: string };
}

/**
 * Writes advisories new to the store in multi-row statements: a feed of 50,000 records is a
 * few hundred round trips, not a few hundred thousand (what matters on PostgreSQL).
 */
export async function insertAdvisories(db: Kysely<Schema>, items: readonly NewAdvisory[]): Promise<void> {
  for (const part of chunks(items, 100)) {
    await db
      .insertInto("advisories")
      .values(part.map((i) => i.row))
      .execute();
    await db
      .insertInto("advisory_records")
      .values(part.map((i) => i.record))
      .execute();
  }
  const ids = items.flatMap((i) =>
    [...new Set([i.row.id, ...i.aliases])].map((alias) => ({ alias, advisory_id: i.row.id })),
  );
  for (const part of chunks(ids, 500)) {
    await db
      .insertInto("advisory_ids")
      .values(part)
      .onConflict((oc) => oc.column("alias").doNothing())
      .execute();
  }
  const names = items.flatMap((i) => [...new Set(i.names)].map((name) => ({ name, advisory_id: i.row.id })));
  for (const part of chunks(names, 500)) await db.insertInto("advisory_names").values(part).execute();
}

/** Ids of advisories that touch any of these package names. */
export async function advisoriesNaming(db: Kysely<Schema>, names: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(names)])) {
    const rows = await db
      .selectFrom("advisory_names")
      .select("advisory_id")
      .where("name", "in", part)
      .execute();
    for (const row of rows) found.add(row.advisory_id);
  }
  return [...found].sort();
}

/** Ids of advisories with OS-level (CPE) criteria. */
export async function advisoriesWithCpe(db: Kysely<Schema>): Promise<string[]> {
  const rows = await db
    .selectFrom("advisory_names")
    .select("advisory_id")
    .where("name", "=", "cpe:os")
    .execute();
  return rows.map((r) => r.advisory_id).sort();
}

export async function countAdvisories(db: Kysely<Schema>): Promise<number> {
  const row = await db
    .selectFrom("advisories")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
