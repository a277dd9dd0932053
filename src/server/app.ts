/**
 * The Needle HTTP API as one Fastify instance: the route table under /api/v1, one error
 * handler, ETags and gzip on the way out, metrics on every answer, pino logs with secrets
 * redacted, and the upload queue started and drained with the server.
 */
import { randomUUID } from "node:crypto";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { pino } from "pino";
import type { ComponentsImportResult } from "../inventory/import-components.js";
import type { Store } from "../store/store.js";
import type { ServerConfig } from "./config.js";
import { errorHandler } from "./error-handler.js";
import { cacheAndCompress } from "./http-cache.js";
import { Metrics } from "./metrics.js";
import { RateLimiter } from "./rate-limit.js";
import { registerRoutes } from "./register-routes.js";
import type { Route } from "./route.js";
import { apiRoutes } from "./routes/index.js";
import type { ServerServices } from "./services.js";
import { registerWebApp } from "./static.js";
import { UploadQueue } from "./upload-queue.js";

/** Log fields that may hold a secret; pino writes them as "[redacted]". */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  "*.password",
  "*.token",
  "*.adminPassword",
];

export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  const options = { level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } };
  return destination ? pino(options, destination) : pino(options);
}

export interface AppOptions {
  store: Store;
  config: ServerConfig;
  /** A pino logger (tests pass one writing to memory); one at `config.logLevel` otherwise. */
  logger?: FastifyBaseLogger;
  /** The routes to serve (all of them unless a test says otherwise). */
  routes?: readonly Route[];
  /** Called after uploads are imported (exposure re-evaluates the new packages here). */
  onIngested?: (results: readonly ComponentsImportResult[]) => Promise<void>;
  /** How long shutdown waits for queued uploads to finish. */
  drainTimeoutMs?: number;
}

declare module "fastify" {
  interface FastifyInstance {
    /** The store, configuration, queue and metrics the routes use. */
    services: ServerServices;
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    loggerInstance: options.logger ?? createLogger(config.logLevel),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
  });
  const queue = new UploadQueue(options.store, {
    batchSize: config.uploadBatchSize,
    maxSbomBytes: config.maxSbomBytes,
    logger: app.log,
    ...(options.onIngested && { onIngested: options.onIngested }),
  });
  const services: ServerServices = {
    store: options.store,
    config,
    queue,
    metrics: new Metrics(),
    limiter: new RateLimiter(config.rateLimit.perSecond, config.rateLimit.burst),
    secureCookies: config.secureCookies,
    routes: options.routes ?? apiRoutes,
  };
  app.decorate("services", services);
  app.setErrorHandler((error, request, reply) => reply.send(errorHandler(error, request, reply)));
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({
      error: {
        code: "not_found",
        message: `no route ${request.method} ${request.url}`,
        requestId: request.id,
      },
    });
  });
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  app.addHook("onSend", async (request, reply, payload) => cacheAndCompress(request, reply, payload));
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    services.metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
  app.addHook("onReady", async () => queue.start());
  app.addHook("preClose", async () => queue.stop(options.drainTimeoutMs ?? 30_000));
  await registerRoutes(app, services.routes, services);
  registerWebApp(app);
  return app;
}
