/** "Which systems run log4j-core, and who owns them?" within the caller's scope. */
import { z } from "zod";
import { narrowScope } from "../../access/index.js";
import { findComponentHits } from "../../store/components-repository.js";
import { defineRoute } from "../route.js";
import { limitText, unitPath } from "../schemas.js";

const hit = z.object({
  assetId: z.number(),
  asset: z.string(),
  unit: z.string(),
  purl: z.string(),
  version: z.string(),
  location: z.string(),
  exposure: z.string(),
  criticality: z.number(),
});

export const componentsRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/components",
    summary: "Every asset holding a package of this name, with unit, version and location",
    tag: "components",
    access: ["read"],
    query: z.strictObject({
      name: z.string().min(1).max(256),
      namespace: z.string().max(256).optional(),
      type: z.string().max(64).optional(),
      version: z.string().max(256).optional(),
      unit: unitPath.optional(),
      limit: limitText(10_000, 1000),
    }),
    example: { query: { name: "log4j-core" } },
    response: z.object({ items: z.array(hit), truncated: z.boolean() }),
    handler: async ({ query, services, caller }) => {
      const scope = narrowScope(caller().scope, query.unit);
      if (scope === null) return { items: [], truncated: false };
      const hits = await findComponentHits(services.store.db, {
        name: query.name,
        ...(query.namespace !== undefined && { namespace: query.namespace }),
        ...(query.type !== undefined && { type: query.type }),
        ...(query.version !== undefined && { version: query.version }),
        scope,
        limit: query.limit + 1,
      });
      const items = hits.slice(0, query.limit).map((h) => ({
        assetId: h.assetId,
        asset: h.asset,
        unit: h.unit,
        purl: h.purl,
        version: h.version,
        location: h.location,
        exposure: h.exposure,
        criticality: h.criticality,
      }));
      return { items, truncated: hits.length > query.limit };
    },
  }),
];
