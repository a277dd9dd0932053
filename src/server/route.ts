/**
 * One route = one declaration: method, URL, who may call it, the zod schemas that validate
 * its input and describe its output (the OpenAPI document is generated from the same
 * schemas), and a handler typed by them. Routes live in routes/<resource>-routes.ts and
 * are listed in routes/index.ts.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Actor, Permission, Principal } from "../access/index.js";
import { InputError } from "../domain/errors.js";
import type { ServerServices } from "./services.js";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * Who may call: anyone ("public"), any signed-in principal ("authenticated"), or
 * principals whose role grants one of the listed permissions.
 */
export type Access = "public" | "authenticated" | readonly Permission[];

/** What the path parameters name, so the generated scoping test can seed one inside and one outside. */
export type ResourceKind = "unit" | "asset" | "scan" | "scan-job" | "user" | "token" | (string & {});

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** The authenticated caller; undefined only on public routes. */
  principal: Principal | undefined;
  /** The caller, or 401 when there is none (for public routes that act on a principal). */
  caller(): Principal;
  /** The caller as the audit log names them. */
  actor(): Actor;
  services: ServerServices;
  request: FastifyRequest;
  reply: FastifyReply;
}

interface RouteShape {
  method: HttpMethod;
  /** Fastify syntax (`/api/v1/assets/:id`); OpenAPI gets `{id}`. */
  url: string;
  summary: string;
  tag: string;
  access: Access;
  /** The success status (200 unless said). */
  status?: number;
  /** What the path parameters identify (required when the URL has any). */
  resource?: ResourceKind;
  /** The body is the raw request bytes (SBOM uploads), with these media types. */
  rawBody?: readonly string[];
  /** Sent as text with this content type instead of JSON (metrics). */
  produces?: string;
  /** Counted against the caller's rate limit (default true). */
  rateLimited?: boolean;
  /** Left out of the OpenAPI document. */
  hidden?: boolean;
  /** A valid request, used as the OpenAPI example and by the generated tests. */
  example?: { query?: Record<string, string>; body?: unknown };
}

export interface RouteDef<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
> extends RouteShape {
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  handler(ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>>): Promise<z.input<R>>;
}

/** A route with its types erased, as the registrar and the OpenAPI generator see it. */
export interface Route extends RouteShape {
  schemas: { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType; response: z.ZodType };
  run(ctx: RouteContext<unknown, unknown, unknown>): Promise<unknown>;
}

const EMPTY = z.strictObject({});

export function defineRoute<
  P extends z.ZodType = typeof EMPTY,
  Q extends z.ZodType = typeof EMPTY,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(def: RouteDef<P, Q, B, R>): Route {
  const { params, query, body, response, handler, ...shape } = def;
  const schemas: Route["schemas"] = { response };
  if (params) schemas.params = params;
  if (query) schemas.query = query;
  if (body) schemas.body = body;
  return {
    ...shape,
    schemas,
    async run(ctx) {
      return handler({
        ...ctx,
        params: validate(params ?? EMPTY, ctx.params, "path") as z.output<P>,
        query: validate(query ?? EMPTY, ctx.query ?? {}, "query") as z.output<Q>,
        body: (body ? validate(body, ctx.body, "body") : undefined) as z.output<B>,
      });
    },
  };
}

/** Parses one part of a request; a failure is a 400 naming each field and what was expected. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = [where, ...issue.path.map(String)].join(".");
    return `${field}: ${issue.message}`;
  });
  throw new InputError(problems.join("; "));
}
