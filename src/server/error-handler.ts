/**
 * The one place errors become HTTP answers. Needle's error codes map to statuses;
 * access_denied answers 404 like not_found, so a caller cannot tell "outside my scope"
 * from "does not exist". Anything unexpected is a 500 whose body names only the request
 * id; the details go to the log.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { RateLimitError } from "../access/errors.js";
import { NeedleError } from "../domain/errors.js";

const STATUS: Record<string, number> = {
  invalid_input: 400,
  parse_error: 400,
  unauthenticated: 401,
  csrf_failed: 403,
  not_found: 404,
  access_denied: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};

/** An HTTP-level refusal raised by the server itself (media type, encoding, size). */
export class HttpError extends NeedleError {}

export interface ErrorBody {
  error: { code: string; message: string; requestId: string };
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): ErrorBody {
  const { status, code, message } = describe(error);
  if (status >= 500) request.log.error({ err: error }, "request failed");
  else request.log.info({ code, status }, message);
  if (error instanceof RateLimitError) reply.header("retry-after", String(error.retryAfterSeconds));
  if (status === 401) reply.header("www-authenticate", 'Bearer realm="needle"');
  reply.code(status);
  return { error: { code, message, requestId: request.id } };
}

function describe(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof NeedleError) {
    const status = error.code === "access_denied" ? 404 : (STATUS[error.code] ?? 500);
    // The message of an access error names the scope; the caller sees a plain "not found".
    if (error.code === "access_denied") return { status, code: "not_found", message: "not found" };
    if (status >= 500) return internal();
    return { status, code: error.code, message: error.message };
  }
  if (isFastifyError(error) && error.statusCode !== undefined && error.statusCode < 500) {
    return { status: error.statusCode, code: fastifyCode(error), message: error.message };
  }
  return internal();
}

function internal() {
  return { status: 500, code: "internal", message: "internal error (the server log has the details)" };
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && "statusCode" in error;
}

function fastifyCode(error: FastifyError): string {
  if (error.statusCode === 413) return "too_large";
  if (error.statusCode === 415) return "unsupported_media_type";
  if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error.code === "FST_ERR_CTP_EMPTY_JSON_BODY") {
    return "invalid_input";
  }
  return error.statusCode === 404 ? "not_found" : "invalid_input";
}
