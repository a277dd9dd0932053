/** Health, readiness, Prometheus metrics and the OpenAPI document: public, not rate limited. */
import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { z } from "zod";
import { NeedleError } from "../../domain/errors.js";
import { openApiDocument } from "../openapi.js";
import { defineRoute } from "../route.js";

const version = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8"))).version;

const ops = { tag: "operations", access: "public", rateLimited: false } as const;

export const opsRoutes = [
  defineRoute({
    ...ops,
    method: "GET",
    url: "/healthz",
    summary: "The process is up",
    response: z.object({ status: z.literal("ok") }),
    handler: async () => ({ status: "ok" as const }),
  }),
  defineRoute({
    ...ops,
    method: "GET",
    url: "/readyz",
    summary: "The database answers",
    response: z.object({ status: z.literal("ready"), uploadQueueDepth: z.number() }),
    handler: async ({ services }) => {
      try {
        await sql`select 1`.execute(services.store.db);
      } catch (error) {
        throw new NeedleError("internal", "database not reachable", { cause: error });
      }
      return { status: "ready" as const, uploadQueueDepth: services.queue.depth };
    },
  }),
  defineRoute({
    ...ops,
    method: "GET",
    url: "/metrics",
    summary: "Prometheus metrics (text exposition format)",
    produces: "text/plain; version=0.0.4",
    response: z.string(),
    handler: async ({ services }) =>
      services.metrics.render({
        needle_upload_queue_depth: {
          help: "Agent uploads queued or being imported.",
          value: services.queue.depth,
        },
      }),
  }),
  defineRoute({
    ...ops,
    method: "GET",
    url: "/api/v1/openapi.json",
    summary: "This API as an OpenAPI 3.1 document",
    response: z.record(z.string(), z.unknown()),
    handler: async ({ services }) => openApiDocument(services.routes, version),
  }),
];
