/** The scan history of each asset: when, from which source and format, and how much. */
import type { Insertable, Kysely, Selectable } from "kysely";
import type { ScansTable, Schema } from "./schema.js";

export type ScanRow = Selectable<ScansTable>;

export async function latestScan(
  db: Kysely<Schema>,
  assetId: number,
  source: string,
): Promise<ScanRow | undefined> {
  return db
    .selectFrom("scans")
    .selectAll()
    .where("asset_id", "=", assetId)
    .where("source", "=", source)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function insertScan(db: Kysely<Schema>, scan: Insertable<ScansTable>): Promise<number> {
  const row = await db.insertInto("scans").values(scan).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function scansOfAsset(db: Kysely<Schema>, assetId: number): Promise<ScanRow[]> {
  return db.selectFrom("scans").selectAll().where("asset_id", "=", assetId).orderBy("id", "desc").execute();
}
