/**
 * Who is calling, and may they: a Bearer token (CLI, agents) or the session cookie (web UI);
 * the route's permission against the caller's role; the CSRF header on cookie-authenticated
 * changes; and the caller's rate limit.
 */
import type { FastifyRequest } from "fastify";
import {
  AuthenticationError,
  authenticateSession,
  authenticateToken,
  CsrfError,
  type Principal,
  RateLimitError,
  roleCan,
} from "../access/index.js";
import { sameSecret } from "../access/secrets.js";
import { AccessError } from "../domain/errors.js";
import { CSRF_HEADER, parseCookies, SESSION_COOKIE } from "./cookies.js";
import type { Route } from "./route.js";
import type { ServerServices } from "./services.js";

/** The principal the request carries, or undefined when it carries none. Bad credentials are 401. */
export async function principalOf(
  request: FastifyRequest,
  services: ServerServices,
): Promise<Principal | undefined> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new AuthenticationError("Authorization header: expected `Bearer ndl_...`");
    return authenticateToken(services.store, match[1]);
  }
  const cookie = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
  if (cookie) return authenticateSession(services.store, cookie);
  return undefined;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Checks the route's access rule; throws 401, 404 (role lacks the permission), 403 (CSRF) or 429. */
export async function authorize(
  route: Route,
  request: FastifyRequest,
  services: ServerServices,
): Promise<Principal | undefined> {
  let principal: Principal | undefined;
  try {
    principal = await principalOf(request, services);
  } catch (error) {
    // A stale cookie on a public page (the login form) is no reason to refuse it.
    if (route.access !== "public") throw error;
  }
  if (route.rateLimited !== false) limit(principal, request, services);
  if (route.access === "public") return principal;
  if (!principal)
    throw new AuthenticationError("sign in first: send `Authorization: Bearer ndl_...` or log in");
  if (route.access !== "authenticated" && !route.access.some((p) => roleCan(principal.role, p))) {
    throw new AccessError(`role ${principal.role} may not ${route.method} ${route.url}`);
  }
  if (principal.csrfToken !== undefined && !SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== "string" || !sameSecret(sent, principal.csrfToken)) {
      throw new CsrfError(`missing or wrong ${CSRF_HEADER} header (the value of the needle_csrf cookie)`);
    }
  }
  return principal;
}

function limit(principal: Principal | undefined, request: FastifyRequest, services: ServerServices): void {
  const key = principal ? `${principal.kind}:${principal.id}` : `ip:${request.ip}`;
  const wait = services.limiter.take(key);
  if (wait > 0) throw new RateLimitError(`too many requests; retry in ${wait} s`, wait);
}
