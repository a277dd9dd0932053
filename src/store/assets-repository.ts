/** Assets, keyed by (unit path, name); lists are JSON text so both engines read them alike. */
import type { Insertable, Kysely, Selectable } from "kysely";
import type { Asset, AssetKind, Criticality, Exposure, OperationalState } from "../domain/asset.js";
import { chunks } from "./chunks.js";
import type { AssetsTable, Schema } from "./schema.js";
import { withinScope } from "./scope.js";

export type AssetRow = Selectable<AssetsTable>;
export interface StoredAsset extends Asset {
  id: number;
}

type AssetColumns = Omit<Insertable<AssetsTable>, "id" | "created_at" | "updated_at">;

export function assetToColumns(a: Asset): AssetColumns {
  return {
    unit_path: a.unit,
    name: a.name,
    kind: a.kind,
    hostnames: JSON.stringify(a.hostnames),
    ips: JSON.stringify(a.ips),
    urls: JSON.stringify(a.urls),
    segment: a.segment ?? null,
    os_family: a.os?.family ?? null,
    os_name: a.os?.name ?? null,
    os_version: a.os?.version ?? null,
    os_build: a.os?.build ?? null,
    os_service_pack: a.os?.servicePack ?? null,
    criticality: a.criticality,
    exposure: a.exposure,
    state: a.state,
    av_product: a.antivirus === undefined ? null : a.antivirus === null ? "" : a.antivirus.product,
    av_signature_date: a.antivirus ? a.antivirus.signatureDate || null : null,
    owner_contact: a.ownerContact ?? null,
    tags: JSON.stringify(a.tags),
    last_seen: a.lastSeen ?? null,
  };
}

export function assetFromRow(r: AssetRow): StoredAsset {
  const asset: StoredAsset = {
    id: r.id,
    name: r.name,
    kind: r.kind as AssetKind,
    unit: r.unit_path,
    hostnames: JSON.parse(r.hostnames) as string[],
    ips: JSON.parse(r.ips) as string[],
    urls: JSON.parse(r.urls) as string[],
    criticality: r.criticality as Criticality,
    exposure: r.exposure as Exposure,
    state: r.state as OperationalState,
    tags: JSON.parse(r.tags) as string[],
  };
  if (r.segment !== null) asset.segment = r.segment;
  if (r.os_family !== null || r.os_name !== null) {
    asset.os = { family: r.os_family ?? "", name: r.os_name ?? "", version: r.os_version ?? "" };
    if (r.os_build !== null) asset.os.build = r.os_build;
    if (r.os_service_pack !== null) asset.os.servicePack = r.os_service_pack;
  }
  if (r.av_product === "") asset.antivirus = null;
  else if (r.av_product !== null)
    asset.antivirus = { product: r.av_product, signatureDate: r.av_signature_date ?? "" };
  if (r.owner_contact !== null) asset.ownerContact = r.owner_contact;
  if (r.last_seen !== null) asset.lastSeen = r.last_seen;
  return asset;
}

const key = (unit: string, name: string) => `${unit}\u0000${name}`;

/** Inserts new assets and updates changed ones; an identical row is left untouched. */
export async function upsertAssets(db: Kysely<Schema>, assets: readonly Asset[], now: string) {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const existing = new Map<string, AssetRow>();
  for (const part of chunks(assets)) {
    const rows = await db
      .selectFrom("assets")
      .selectAll()
      .where("name", "in", [...new Set(part.map((a) => a.name))])
      .execute();
    for (const row of rows) existing.set(key(row.unit_path, row.name), row);
  }
  const fresh: Insertable<AssetsTable>[] = [];
  for (const asset of assets) {
    const columns = assetToColumns(asset);
    const before = existing.get(key(asset.unit, asset.name));
    if (!before) {
      fresh.push({ ...columns, created_at: now, updated_at: now });
    } else if (differs(before, columns)) {
      await db
        .updateTable("assets")
        .set({ ...columns, updated_at: now })
        .where("id", "=", before.id)
        .execute();
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  for (const part of chunks(fresh, 100)) await db.insertInto("assets").values(part).execute();
  counts.created = fresh.length;
  return counts;
}

function differs(row: AssetRow, columns: AssetColumns): boolean {
  return (Object.keys(columns) as (keyof AssetColumns)[]).some(
    (k) => (row[k] ?? null) !== (columns[k] ?? null),
  );
}

export interface AssetFilter {
  scope?: string;
  kind?: string;
  limit?: number;
}

export async function listAssets(db: Kysely<Schema>, filter: AssetFilter = {}): Promise<StoredAsset[]> {
  let query = db.selectFrom("assets").selectAll();
  if (filter.scope && filter.scope !== "/")
    query = query.where((eb) => withinScope(eb, "unit_path", filter.scope ?? "/"));
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  const rows = await query.orderBy("unit_path").orderBy("name").execute();
  return rows.map(assetFromRow);
}

/** Assets named `name`, optionally within one unit (for `unit/name` references). */
export async function findAssetsByName(
  db: Kysely<Schema>,
  name: string,
  unit?: string,
): Promise<StoredAsset[]> {
  let query = db.selectFrom("assets").selectAll().where("name", "=", name);
  if (unit !== undefined) query = query.where("unit_path", "=", unit);
  return (await query.orderBy("unit_path").execute()).map(assetFromRow);
}

/** The ids of these assets (by unit and name), for the ones that exist. */
export async function assetIdsOf(
  db: Kysely<Schema>,
  assets: readonly Pick<Asset, "unit" | "name">[],
): Promise<number[]> {
  const wanted = new Set(assets.map((a) => key(a.unit, a.name)));
  const ids: number[] = [];
  for (const part of chunks([...new Set(assets.map((a) => a.name))])) {
    const rows = await db
      .selectFrom("assets")
      .select(["id", "unit_path", "name"])
      .where("name", "in", part)
      .execute();
    for (const row of rows) if (wanted.has(key(row.unit_path, row.name))) ids.push(row.id);
  }
  return ids;
}
