/**
 * The OpenAPI 3.1 document, generated from the route table: each route's zod schemas
 * become JSON Schema 2020-12 (the dialect OpenAPI 3.1 uses) through zod's own
 * `z.toJSONSchema`. https://spec.openapis.org/oas/v3.1.0
 */
import { z } from "zod";
import type { Route } from "./route.js";

type JsonObject = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest;
}

function parameters(route: Route): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [where, schema] of [
    ["path", route.schemas.params],
    ["query", route.schemas.query],
  ] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, "input");
    const properties = (object.properties ?? {}) as Record<string, JsonObject>;
    const required = new Set(Array.isArray(object.required) ? object.required : []);
    for (const [name, property] of Object.entries(properties)) {
      out.push({ name, in: where, required: where === "path" || required.has(name), schema: property });
    }
  }
  return out;
}

function operation(route: Route): JsonObject {
  const op: JsonObject = {
    summary: route.summary,
    tags: [route.tag],
    operationId: `${route.method.toLowerCase()}${route.url.replace(/[/:{}.-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
    parameters: parameters(route),
    responses: {
      [String(route.status ?? 200)]: {
        description: "success",
        content: {
          [route.produces ?? "application/json"]: { schema: jsonSchema(route.schemas.response, "output") },
        },
      },
      default: {
        description: "error",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    },
  };
  if (route.access !== "public") op.security = [{ bearer: [] }, { session: [] }];
  if (route.rawBody) {
    op.requestBody = {
      required: true,
      content: Object.fromEntries(route.rawBody.map((t) => [t, { schema: { type: "object" } }])),
    };
  } else if (route.schemas.body) {
    const content: JsonObject = { schema: jsonSchema(route.schemas.body, "input") };
    if (route.example?.body !== undefined) content.example = route.example.body;
    op.requestBody = { required: true, content: { "application/json": content } };
  }
  return op;
}

export function openApiDocument(routes: readonly Route[], version: string): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    if (route.hidden) continue;
    const path = route.url.replace(/:(\w+)/g, "{$1}");
    paths[path] ??= {};
    (paths[path] as JsonObject)[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: "3.1.0",
    info: { title: "Needle API", version },
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token, ndl_..." },
        session: { type: "apiKey", in: "cookie", name: "needle_session" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message", "requestId"],
              properties: {
                code: { type: "string" },
                message: { type: "string" },
                requestId: { type: "string" },
              },
            },
          },
        },
      },
    },
  };
}
