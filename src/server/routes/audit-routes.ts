/** The audit log within the reader's scope, newest first, in cursor pages. */
import { z } from "zod";
import { auditRecord, narrowScope } from "../../access/index.js";
import { listAudit } from "../../store/audit-repository.js";
import { defineRoute } from "../route.js";
import { idText, limitText, unitPath } from "../schemas.js";

const entry = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  unit: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

export const auditRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/audit",
    summary: "Who changed what, when, before and after, within the reader's scope",
    tag: "audit",
    access: ["audit"],
    query: z.strictObject({
      unit: unitPath.optional(),
      action: z.string().max(64).optional(),
      targetType: z.string().max(64).optional(),
      targetId: z.string().max(256).optional(),
      cursor: idText.optional(),
      limit: limitText(1000, 100),
    }),
    response: z.object({ items: z.array(entry), nextCursor: z.string().nullable() }),
    handler: async ({ query, services, caller }) => {
      const scope = narrowScope(caller().scope, query.unit);
      if (scope === null) return { items: [], nextCursor: null };
      const rows = await listAudit(services.store.db, {
        scope,
        ...(query.action !== undefined && { action: query.action }),
        ...(query.targetType !== undefined && { targetType: query.targetType }),
        ...(query.targetId !== undefined && { targetId: query.targetId }),
        ...(query.cursor !== undefined && { before: query.cursor }),
        limit: query.limit + 1,
      });
      const items = rows.slice(0, query.limit).map(auditRecord);
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > query.limit && last ? String(last.id) : null };
    },
  }),
];
