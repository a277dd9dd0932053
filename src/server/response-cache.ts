/**
 * Answers repeated reads from memory. In a crisis a hundred people reload the same
 * exposure page; the answer changes only when the data does. A GET answer is kept, already
 * serialised, hashed (ETag) and gzipped, per principal and URL, and served while the
 * store has not changed:
 * - SQLite: `PRAGMA data_version` changes when another connection (a CLI import) commits, and
 *   `total_changes()` when this one writes (routes, the upload queue): the check is exact.
 * - PostgreSQL: writes through this server clear the cache at once; writes by other
 *   processes show within `maxAgeMs`.
 * No answer is older than `maxAgeMs` (2 s), since some depend on the clock (overdue tasks).
 * Bounded by entry count and bytes; the oldest entries go first.
 */
import type { Statement } from "better-sqlite3";
import type { FastifyRequest } from "fastify";
import type { Store } from "../store/store.js";

export interface CachedResponse {
  etag: string;
  /** The JSON text. */
  plain: Buffer;
  /** The gzipped JSON, when it was worth compressing. */
  gzipped: Buffer | undefined;
  version: string;
  storedAt: number;
}

export interface ResponseCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  /** The oldest answer served, in ms: what clock-dependent answers and other processes' writes on PostgreSQL may lag. */
  maxAgeMs?: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private generation = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly ttlMs: number;

  constructor(
    private readonly store: Store,
    options: ResponseCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 2000;
    this.maxBytes = options.maxBytes ?? 128 * 1024 * 1024;
    this.ttlMs = options.maxAgeMs ?? 2000;
  }

  /** A token naming the store's state: equal tokens, equal data. */
  version(): string {
    const sqlite = this.store.sqlite;
    if (!sqlite) return String(this.generation);
    this.probe ??= sqlite.prepare(
      "SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS data",
    );
    const row = this.probe.get() as { changes: number; data: number };
    return `${this.generation}:${row.data}:${row.changes}`;
  }

  private probe: Statement | undefined;

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Also bounded in age: some answers depend on the clock (overdue tasks, time since start).
    const fresh = entry.version === this.version() && Date.now() - entry.storedAt < this.ttlMs;
    if (!fresh) {
      this.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    const size = entry.plain.length + (entry.gzipped?.length ?? 0);
    if (size > this.maxBytes / 8) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private readonly inflight = new Map<string, Promise<void>>();

  /** Resolves when no request is computing this key's answer. */
  async settled(key: string): Promise<void> {
    await this.inflight.get(key);
  }

  /** Marks this key's answer as being computed; call the returned function when it is sent (or failed). */
  computing(key: string): () => void {
    let done = () => {};
    const pending = new Promise<void>((resolve) => {
      done = resolve;
    });
    this.inflight.set(key, pending);
    return () => {
      if (this.inflight.get(key) === pending) this.inflight.delete(key);
      done();
    };
  }

  /** Forgets everything (after a write through this server). */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.plain.length + (entry.gzipped?.length ?? 0);
    this.entries.delete(key);
  }
}

/** What a request carries between the handler and the onSend hook. */
export interface CacheTicket {
  cache: ResponseCache;
  key: string;
  version: string;
  /** Set when the answer came from the cache: onSend passes it through untouched. */
  hit?: boolean;
}

const tickets = new WeakMap<FastifyRequest, CacheTicket>();

export function ticketOf(request: FastifyRequest): CacheTicket | undefined {
  return tickets.get(request);
}

export function attachTicket(request: FastifyRequest, ticket: CacheTicket): void {
  tickets.set(request, ticket);
}
