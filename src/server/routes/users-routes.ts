/** User management for admins, within their own scope (audited). */
import { z } from "zod";
import { addUser, listUsers, setDisabled } from "../../access/index.js";
import { ROLES } from "../../access/roles.js";
import { defineRoute } from "../route.js";
import { unitPath } from "../schemas.js";

const user = z.object({
  id: z.number(),
  name: z.string(),
  role: z.enum(ROLES),
  scope: z.string(),
  disabled: z.boolean(),
  createdAt: z.string(),
});

export const usersRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/users",
    summary: "Users whose scope lies within the caller's",
    tag: "users",
    access: ["manage"],
    response: z.object({ items: z.array(user) }),
    handler: async ({ services, caller }) => ({ items: await listUsers(services.store, caller().scope) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/users",
    summary: "Add a user; without a password, one is generated and returned once",
    tag: "users",
    access: ["manage"],
    status: 201,
    body: z.strictObject({
      name: z.string().min(1).max(64),
      role: z.enum(ROLES),
      scope: unitPath,
      password: z.string().min(12).max(1024).optional(),
    }),
    example: { body: { name: "analyst-r06", role: "analyst", scope: "/qc/r06" } },
    response: z.object({ user, password: z.string().optional() }),
    handler: async ({ body, services, actor }) => {
      const { user: created, password } = await addUser(services.store, body, actor());
      return password === undefined ? { user: created } : { user: created, password };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/users/:name/disable",
    summary: "Disable a user: no more logins; their sessions and tokens stop working",
    tag: "users",
    access: ["manage"],
    resource: "user",
    params: z.strictObject({ name: z.string().min(1).max(64) }),
    response: user,
    handler: async ({ params, services, actor }) => setDisabled(services.store, params.name, true, actor()),
  }),
];
