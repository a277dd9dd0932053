/** API tokens for admins, within their own scope: the secret is returned once, at creation. */
import { z } from "zod";
import { createToken, listTokens, revokeToken } from "../../access/index.js";
import { ROLES } from "../../access/roles.js";
import { defineRoute } from "../route.js";
import { idText, unitPath } from "../schemas.js";

const token = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  role: z.enum(ROLES),
  scope: z.string(),
  user: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const tokensRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/tokens",
    summary: "Tokens whose scope lies within the caller's (never the secrets)",
    tag: "tokens",
    access: ["manage"],
    response: z.object({ items: z.array(token) }),
    handler: async ({ services, caller }) => ({ items: await listTokens(services.store, caller().scope) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/tokens",
    summary: "Create a token (e.g. an agent token for one unit); the secret is shown only in this answer",
    tag: "tokens",
    access: ["manage"],
    status: 201,
    body: z.strictObject({
      name: z.string().min(1).max(64),
      role: z.enum(ROLES),
      scope: unitPath,
      user: z.string().min(1).max(64).optional(),
    }),
    example: { body: { name: "agent-h123", role: "agent", scope: "/qc/r06/h123" } },
    response: z.object({ token: z.string(), info: token }),
    handler: async ({ body, services, actor }) => {
      const created = await createToken(services.store, body, actor());
      return { token: created.token, info: created.view };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/v1/tokens/:id",
    summary: "Revoke a token",
    tag: "tokens",
    access: ["manage"],
    resource: "token",
    params: z.strictObject({ id: idText }),
    response: token,
    handler: async ({ params, services, actor }) => revokeToken(services.store, params.id, actor()),
  }),
];
