/** Where components are: the index lookup by package name, then the join to assets. */
import type { Kysely } from "kysely";
import type { Schema } from "./schema.js";
import { withinScope } from "./scope.js";

export interface ComponentHit {
  asset: string;
  assetId: number;
  unit: string;
  purl: string;
  type: string;
  namespace: string;
  name: string;
  version: string;
  location: string;
  exposure: string;
  criticality: number;
}

export interface ComponentQuery {
  name: string;
  namespace?: string;
  type?: string;
  version?: string;
  scope?: string;
  limit?: number;
}

export async function findComponentHits(db: Kysely<Schema>, q: ComponentQuery): Promise<ComponentHit[]> {
  let query = db
    .selectFrom("packages as p")
    .innerJoin("occurrences as o", "o.package_id", "p.id")
    .innerJoin("assets as a", "a.id", "o.asset_id")
    .select([
      "a.name as asset",
      "a.id as assetId",
      "a.unit_path as unit",
      "p.purl",
      "p.type",
      "p.namespace",
      "p.name",
      "p.version",
      "o.location",
      "a.exposure",
      "a.criticality",
    ])
    .where("p.name", "=", q.name);
  if (q.namespace !== undefined) query = query.where("p.namespace", "=", q.namespace);
  if (q.type !== undefined) query = query.where("p.type", "=", q.type);
  if (q.version !== undefined) query = query.where("p.version", "=", q.version);
  if (q.scope && q.scope !== "/") query = query.where((eb) => withinScope(eb, "a.unit_path", q.scope ?? "/"));
  if (q.limit !== undefined) query = query.limit(q.limit);
  return query.orderBy("a.unit_path").orderBy("a.name").orderBy("p.purl").orderBy("o.location").execute();
}

export interface AssetComponent {
  purl: string;
  type: string;
  namespace: string;
  name: string;
  version: string;
  location: string;
  source: string;
  properties: string | null;
}

export async function componentsOfAsset(db: Kysely<Schema>, assetId: number): Promise<AssetComponent[]> {
  return db
    .selectFrom("occurrences as o")
    .innerJoin("packages as p", "p.id", "o.package_id")
    .select([
      "p.purl",
      "p.type",
      "p.namespace",
      "p.name",
      "p.version",
      "o.location",
      "o.source",
      "o.properties",
    ])
    .where("o.asset_id", "=", assetId)
    .orderBy("p.purl")
    .orderBy("o.location")
    .execute();
}
