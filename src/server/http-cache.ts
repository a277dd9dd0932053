/**
 * ETags and compression for responses, written here rather than adding plugins: a GET
 * answer's ETag is a hash of its body (weak, since the bytes differ when compressed), an
 * If-None-Match that matches gets 304 with no body, and bodies over 1 KiB are gzipped
 * when the client accepts it (RFC 9110 sections 8.8.3, 13.1.2).
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";
import { type CachedResponse, type CacheTicket, ticketOf } from "./response-cache.js";

const gzipAsync = promisify(gzip);
const MIN_COMPRESS_BYTES = 1024;

export async function cacheAndCompress(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
  const ticket = ticketOf(request);
  if (ticket?.hit) return payload;
  let body: string | Buffer = payload;
  let etag: string | undefined;
  if ((request.method === "GET" || request.method === "HEAD") && reply.statusCode === 200) {
    etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    reply.header("etag", etag);
    if (ticket) await remember(ticket, etag, body);
    if (matches(request.headers["if-none-match"], etag)) {
      reply.code(304);
      reply.removeHeader("content-type");
      return "";
    }
  }
  const size = Buffer.byteLength(body);
  if (size >= MIN_COMPRESS_BYTES && acceptsGzip(request.headers["accept-encoding"])) {
    const cached = ticket && etag ? ticket.cache.get(ticket.key)?.gzipped : undefined;
    body = cached ?? (await gzipAsync(body));
    reply.header("content-encoding", "gzip");
    reply.header("vary", "Accept-Encoding");
  }
  return body;
}

async function remember(ticket: CacheTicket, etag: string, body: string | Buffer): Promise<void> {
  const plain = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const gzipped = plain.length >= MIN_COMPRESS_BYTES ? await gzipAsync(plain) : undefined;
  ticket.cache.set(ticket.key, { etag, plain, gzipped, version: ticket.version, storedAt: Date.now() });
}

/** Answers from a cached response: 304 when the client holds it, gzip when it accepts it. */
export function serveCached(
  request: FastifyRequest,
  reply: FastifyReply,
  cached: CachedResponse,
): Buffer | string {
  reply.header("etag", cached.etag);
  if (matches(request.headers["if-none-match"], cached.etag)) {
    reply.code(304);
    return "";
  }
  reply.type("application/json; charset=utf-8");
  if (cached.gzipped && acceptsGzip(request.headers["accept-encoding"])) {
    reply.header("content-encoding", "gzip");
    reply.header("vary", "Accept-Encoding");
    return cached.gzipped;
  }
  return cached.plain;
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag.replace(/^W\//, ""));
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().split(";");
    if (coding?.trim().toLowerCase() !== "gzip") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
