/**
 * One page of assets: filters, a sort on one column, and keyset pagination (the cursor
 * names the last row's sort value and id), so page 500 costs what page 1 costs. Built with
 * Kysely's portable query builder; the scope check is store/scope.ts `withinScope`.
 */
import type { Kysely } from "kysely";
import { type AssetRow, assetFromRow, type StoredAsset } from "../store/assets-repository.js";
import type { Schema } from "../store/schema.js";
import { withinScope } from "../store/scope.js";

export const ASSET_SORTS = ["name", "criticality", "unit", "updated"] as const;
export type AssetSort = (typeof ASSET_SORTS)[number];

const COLUMN = {
  name: "name",
  criticality: "criticality",
  unit: "unit_path",
  updated: "updated_at",
} as const satisfies Record<AssetSort, keyof AssetRow>;

export interface AssetPageQuery {
  scope: string;
  kind?: string | undefined;
  exposure?: string | undefined;
  state?: string | undefined;
  criticality?: number | undefined;
  minCriticality?: number | undefined;
  sort: AssetSort;
  descending: boolean;
  after?: { value: string | number; id: number } | undefined;
  limit: number;
}

export async function assetPage(
  db: Kysely<Schema>,
  q: AssetPageQuery,
): Promise<{ items: StoredAsset[]; last: { value: string | number; id: number } | null }> {
  const column = COLUMN[q.sort];
  const op = q.descending ? "<" : ">";
  let query = db
    .selectFrom("assets")
    .selectAll()
    .where((eb) => withinScope(eb, "unit_path", q.scope));
  if (q.kind !== undefined) query = query.where("kind", "=", q.kind);
  if (q.exposure !== undefined) query = query.where("exposure", "=", q.exposure);
  if (q.state !== undefined) query = query.where("state", "=", q.state);
  if (q.criticality !== undefined) query = query.where("criticality", "=", q.criticality);
  if (q.minCriticality !== undefined) query = query.where("criticality", ">=", q.minCriticality);
  const after = q.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb(column, op, after.value as never),
        eb.and([eb(column, "=", after.value as never), eb("id", op, after.id)]),
      ]),
    );
  }
  const direction = q.descending ? "desc" : "asc";
  const rows = await query
    .orderBy(column, direction)
    .orderBy("id", direction)
    .limit(q.limit + 1)
    .execute();
  const page = rows.slice(0, q.limit);
  const tail = page[page.length - 1];
  const last = rows.length > q.limit && tail ? { value: tail[column], id: tail.id } : null;
  return { items: page.map(assetFromRow), last };
}

export async function assetInScope(
  db: Kysely<Schema>,
  id: number,
  scope: string,
): Promise<StoredAsset | undefined> {
  const row = await db
    .selectFrom("assets")
    .selectAll()
    .where("id", "=", id)
    .where((eb) => withinScope(eb, "unit_path", scope))
    .executeTakeFirst();
  return row ? assetFromRow(row) : undefined;
}
