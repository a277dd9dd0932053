/** Assets within the caller's scope: a paged, filtered, sorted list; one asset; a change. */
import { z } from "zod";
import { narrowScope, recordAudit } from "../../access/index.js";
import type { Asset } from "../../domain/asset.js";
import { ASSET_KINDS, EXPOSURES, OPERATIONAL_STATES } from "../../domain/asset.js";
import { AccessError, InputError } from "../../domain/errors.js";
import type { StoredAsset } from "../../store/assets-repository.js";
import { upsertAssets } from "../../store/assets-repository.js";
import { componentsOfAsset } from "../../store/components-repository.js";
import { ASSET_SORTS, assetInScope, assetPage } from "../asset-query.js";
import { defineRoute } from "../route.js";
import { decodeCursor, encodeCursor, idText, limitText, unitPath } from "../schemas.js";
import { assetChange, assetSchema } from "./asset-schemas.js";

const cursorValue = z.strictObject({ value: z.union([z.string(), z.number()]), id: z.number().int() });
const sortText = z.enum([...ASSET_SORTS, ...ASSET_SORTS.map((s) => `-${s}` as const)]);

const listQuery = z.strictObject({
  unit: unitPath.optional(),
  kind: z.enum(ASSET_KINDS).optional(),
  exposure: z.enum(EXPOSURES).optional(),
  state: z.enum(OPERATIONAL_STATES).optional(),
  criticality: z.enum(["1", "2", "3", "4", "5"]).transform(Number).optional(),
  minCriticality: z.enum(["1", "2", "3", "4", "5"]).transform(Number).optional(),
  sort: sortText.default("name"),
  cursor: z.string().max(2000).optional(),
  limit: limitText(1000, 100),
});

const assetId = z.strictObject({ id: idText });

/** The asset, or 404 whether it does not exist or lies outside the caller's scope. */
export async function requireAsset(
  db: Parameters<typeof assetInScope>[0],
  id: number,
  scope: string,
): Promise<StoredAsset> {
  const asset = await assetInScope(db, id, scope);
  if (!asset) throw new AccessError(`no asset ${id} in scope ${scope}`);
  return asset;
}

export const assetsRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/assets",
    summary: "Assets within the caller's scope; filters, sort (`-` for descending) and cursor pages",
    tag: "assets",
    access: ["read"],
    query: listQuery,
    example: { query: { sort: "-criticality", limit: "50" } },
    response: z.object({ items: z.array(assetSchema), nextCursor: z.string().nullable() }),
    handler: async ({ query, services, caller }) => {
      const scope = narrowScope(caller().scope, query.unit);
      if (scope === null) return { items: [], nextCursor: null };
      const sort = ASSET_SORTS.find((s) => s === query.sort.replace(/^-/, "")) ?? "name";
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, cursorValue);
      if (after === null) throw new InputError("query.cursor: not a cursor this API gave out");
      const page = await assetPage(services.store.db, {
        scope,
        kind: query.kind,
        exposure: query.exposure,
        state: query.state,
        criticality: query.criticality,
        minCriticality: query.minCriticality,
        sort,
        descending: query.sort.startsWith("-"),
        after,
        limit: query.limit,
      });
      return { items: page.items, nextCursor: page.last ? encodeCursor(page.last) : null };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/assets/:id",
    summary: "One asset",
    tag: "assets",
    access: ["read"],
    resource: "asset",
    params: assetId,
    response: assetSchema,
    handler: async ({ params, services, caller }) =>
      requireAsset(services.store.db, params.id, caller().scope),
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/assets/:id/components",
    summary: "The components of one asset and where each was found",
    tag: "assets",
    access: ["read"],
    resource: "asset",
    params: assetId,
    response: z.object({
      items: z.array(
        z.object({
          purl: z.string(),
          name: z.string(),
          version: z.string(),
          location: z.string(),
          source: z.string(),
        }),
      ),
    }),
    handler: async ({ params, services, caller }) => {
      const asset = await requireAsset(services.store.db, params.id, caller().scope);
      const rows = await componentsOfAsset(services.store.db, asset.id);
      return {
        items: rows.map((c) => ({
          purl: c.purl,
          name: c.name,
          version: c.version,
          location: c.location,
          source: c.source,
        })),
      };
    },
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/v1/assets/:id",
    summary: "Change an asset's state, criticality, exposure, owner contact or tags (audited)",
    tag: "assets",
    access: ["write"],
    resource: "asset",
    params: assetId,
    body: assetChange,
    example: { body: { state: "shut-down" } },
    response: assetSchema,
    handler: async ({ params, body, services, caller, actor }) => {
      const scope = caller().scope;
      return services.store.db.transaction().execute(async (tx) => {
        const before = await requireAsset(tx, params.id, scope);
        const changed: Asset = { ...before };
        if (body.state !== undefined) changed.state = body.state;
        if (body.criticality !== undefined) changed.criticality = body.criticality;
        if (body.exposure !== undefined) changed.exposure = body.exposure;
        if (body.tags !== undefined) changed.tags = body.tags;
        if (body.ownerContact === null) delete changed.ownerContact;
        else if (body.ownerContact !== undefined) changed.ownerContact = body.ownerContact;
        await upsertAssets(tx, [changed], new Date().toISOString());
        const after = await requireAsset(tx, params.id, scope);
        const who = actor();
        await recordAudit(tx, {
          actor: who.name,
          action: "asset.update",
          unitPath: before.unit,
          targetType: "asset",
          targetId: before.id,
          before,
          after,
          requestId: who.requestId,
        });
        return after;
      });
    },
  }),
];
