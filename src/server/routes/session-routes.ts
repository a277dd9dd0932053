/**
 * Web sessions: log in (sets the HttpOnly session cookie and the readable CSRF cookie),
 * who am I, log out. Logins are rate limited per address like any anonymous call.
 */
import { z } from "zod";
import {
  actorName,
  authenticatePassword,
  createSession,
  endSession,
  recordAudit,
} from "../../access/index.js";
import { ROLES } from "../../access/roles.js";
import { CSRF_COOKIE, parseCookies, SESSION_COOKIE, serializeCookie } from "../cookies.js";
import { defineRoute } from "../route.js";

const whoAmI = z.object({
  user: z.string(),
  kind: z.enum(["user", "token"]),
  role: z.enum(ROLES),
  scope: z.string(),
  /** Echo this in the X-CSRF-Token header on changes (sessions only). */
  csrfToken: z.string().optional(),
});

export const sessionRoutes = [
  defineRoute({
    method: "POST",
    url: "/api/v1/session",
    summary: "Log in with a user name and password",
    tag: "session",
    access: "public",
    body: z.strictObject({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) }),
    example: { body: { name: "admin", password: "correct horse battery staple" } },
    response: whoAmI,
    handler: async ({ body, services, reply, request }) => {
      const user = await authenticatePassword(services.store, body.name, body.password);
      const ttl = services.config.sessionTtlSeconds;
      const session = await createSession(services.store, user.id, ttl);
      const secure = services.secureCookies;
      reply.header("set-cookie", [
        serializeCookie(SESSION_COOKIE, session.cookie, { httpOnly: true, secure, maxAge: ttl }),
        serializeCookie(CSRF_COOKIE, session.csrfToken, { httpOnly: false, secure, maxAge: ttl }),
      ]);
      await recordAudit(services.store.db, {
        actor: `user:${user.name}`,
        action: "session.login",
        unitPath: user.scope_path,
        targetType: "user",
        targetId: user.name,
        requestId: request.id,
      });
      return {
        user: user.name,
        kind: "user" as const,
        role: whoAmI.shape.role.parse(user.role),
        scope: user.scope_path,
        csrfToken: session.csrfToken,
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/session",
    summary: "Who am I: user or token, role and scope",
    tag: "session",
    access: "authenticated",
    response: whoAmI,
    handler: async ({ caller }) => {
      const p = caller();
      return {
        user: p.name,
        kind: p.kind,
        role: p.role,
        scope: p.scope,
        ...(p.csrfToken !== undefined && { csrfToken: p.csrfToken }),
      };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/v1/session",
    summary: "Log out (ends the session and clears its cookies)",
    tag: "session",
    access: "authenticated",
    response: z.object({ loggedOut: z.boolean() }),
    handler: async ({ services, request, reply, caller }) => {
      const cookie = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
      if (cookie) await endSession(services.store, cookie);
      const secure = services.secureCookies;
      reply.header("set-cookie", [
        serializeCookie(SESSION_COOKIE, "", { httpOnly: true, secure, maxAge: 0 }),
        serializeCookie(CSRF_COOKIE, "", { httpOnly: false, secure, maxAge: 0 }),
      ]);
      const p = caller();
      await recordAudit(services.store.db, {
        actor: actorName(p),
        action: "session.logout",
        unitPath: p.scope,
        targetType: p.kind,
        targetId: p.name,
        requestId: request.id,
      });
      return { loggedOut: cookie !== undefined };
    },
  }),
];
