/**
 * Puts the route table on a Fastify instance. JSON routes share the default JSON parser
 * (bounded by `bodyLimit`); upload routes sit in their own encapsulated context whose
 * parser hands over the raw bytes, bounded by `uploadLimit`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AuthenticationError } from "../access/errors.js";
import { actorName } from "../access/index.js";
import { authorize } from "./auth.js";
import { serveCached } from "./http-cache.js";
import { attachTicket, ResponseCache } from "./response-cache.js";
import type { Route } from "./route.js";
import type { ServerServices } from "./services.js";

export async function registerRoutes(
  app: FastifyInstance,
  routes: readonly Route[],
  services: ServerServices,
): Promise<void> {
  // JSON only: a text/plain body is refused (415) rather than handed to a JSON schema.
  app.removeContentTypeParser("text/plain");
  for (const route of routes.filter((r) => !r.rawBody)) addRoute(app, route, services);
  const uploads = routes.filter((r) => r.rawBody);
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    const types = [...new Set(uploads.flatMap((r) => r.rawBody ?? []))];
    scope.addContentTypeParser(
      types,
      { parseAs: "buffer", bodyLimit: services.config.uploadLimit },
      (_request, body, done) => done(null, body),
    );
    for (const route of uploads) addRoute(scope, route, services);
  });
}

const caches = new WeakMap<ServerServices, ResponseCache>();

function responseCacheOf(services: ServerServices): ResponseCache {
  let cache = caches.get(services);
  if (!cache) {
    cache = new ResponseCache(services.store);
    caches.set(services, cache);
  }
  return cache;
}

function addRoute(app: FastifyInstance, route: Route, services: ServerServices): void {
  app.route({
    method: route.method,
    url: route.url,
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const principal = await authorize(route, request, services);
      const cache = responseCacheOf(services);
      // The session answer carries the session's own CSRF token: never shared, even by one user's sessions.
      if (
        principal &&
        route.method === "GET" &&
        !route.produces &&
        !route.url.startsWith("/api/v1/session")
      ) {
        // Per principal and URL: two callers never share an answer, whatever their scopes.
        const key = `${principal.kind}:${principal.id}|${request.url}`;
        // One computation per key at a time: a hundred clients missing together wait for the first.
        await cache.settled(key);
        const cached = cache.get(key);
        if (cached) {
          attachTicket(request, { cache, key, version: cached.version, hit: true });
          return serveCached(request, reply, cached);
        }
        attachTicket(request, { cache, key, version: cache.version() });
        const release = cache.computing(key);
        reply.raw.once("close", release);
      }
      const caller = () => {
        if (!principal) throw new AuthenticationError("sign in first");
        return principal;
      };
      if (route.status !== undefined) reply.code(route.status);
      const result = await route.run({
        params: request.params,
        query: request.query,
        body: request.body,
        principal,
        caller,
        actor: () => ({ name: actorName(caller()), scope: caller().scope, requestId: request.id }),
        services,
        request,
        reply,
      });
      if (route.produces) reply.type(route.produces);
      if (route.method !== "GET") cache.clear();
      return result;
    },
  });
}
