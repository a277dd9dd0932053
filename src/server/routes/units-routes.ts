/** Org units within the caller's scope: the list (optionally under one unit) and one unit. */
import { z } from "zod";
import { narrowScope } from "../../access/index.js";
import { AccessError } from "../../domain/errors.js";
import { withinScope } from "../../store/scope.js";
import { listUnits } from "../../store/units-repository.js";
import { defineRoute } from "../route.js";
import { unitPath } from "../schemas.js";

const unit = z.object({ path: z.string(), name: z.string(), kind: z.string(), depth: z.number() });

export const unitsRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/units",
    summary: "Units within the caller's scope, optionally under one unit",
    tag: "units",
    access: ["read"],
    query: z.strictObject({ under: unitPath.optional() }),
    response: z.object({ items: z.array(unit) }),
    handler: async ({ query, services, caller }) => {
      const scope = narrowScope(caller().scope, query.under);
      return { items: scope === null ? [] : await listUnits(services.store.db, scope) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/units/:path",
    summary: "One unit, by its URL-encoded path (%2Fqc%2Fr06), with its asset count",
    tag: "units",
    access: ["read"],
    resource: "unit",
    params: z.strictObject({ path: unitPath }),
    response: unit.extend({ parent: z.string().nullable(), assets: z.number() }),
    handler: async ({ params, services, caller }) => {
      const db = services.store.db;
      const row = await db
        .selectFrom("units")
        .select(["path", "name", "kind", "depth", "parent_path"])
        .where("path", "=", params.path)
        .where((eb) => withinScope(eb, "path", caller().scope))
        .executeTakeFirst();
      if (!row) throw new AccessError(`no unit ${params.path} in scope`);
      const count = await db
        .selectFrom("assets")
        .select((eb) => eb.fn.countAll().as("n"))
        .where((eb) => withinScope(eb, "unit_path", row.path))
        .executeTakeFirstOrThrow();
      return {
        path: row.path,
        name: row.name,
        kind: row.kind,
        depth: row.depth,
        parent: row.parent_path,
        assets: Number(count.n),
      };
    },
  }),
];
