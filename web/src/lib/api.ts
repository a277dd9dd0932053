/**
 * The one door to the Needle API: same-origin fetch with the session cookie, the CSRF
 * header on changes (the value the login answered with, or the readable needle_csrf
 * cookie), and every answer checked against a zod schema before a page sees it.
 */
import type { z } from "zod";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

let csrfToken: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

function csrf(): string | undefined {
  if (csrfToken) return csrfToken;
  const cookie = document.cookie.split(";").find((c) => c.trim().startsWith("needle_csrf="));
  return cookie?.split("=")[1];
}

function errorOf(status: number, body: unknown): ApiError {
  if (body && typeof body === "object" && "error" in body) {
    const e = body.error;
    if (e && typeof e === "object" && "message" in e && typeof e.message === "string") {
      const code = "code" in e && typeof e.code === "string" ? e.code : "error";
      return new ApiError(status, code, e.message);
    }
  }
  return new ApiError(status, "error", `HTTP ${status}`);
}

export async function api<S extends z.ZodType>(
  schema: S,
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<z.output<S>> {
  const method = init.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json" };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const token = method === "GET" ? undefined : csrf();
  if (token) headers["x-csrf-token"] = token;
  const response = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
    ...(init.signal && { signal: init.signal }),
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw errorOf(response.status, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      "bad_response",
      `${path}: unexpected answer (${parsed.error.issues[0]?.message ?? ""})`,
    );
  }
  return parsed.data;
}
