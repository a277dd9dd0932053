/**
 * Fetches feeds into a cache directory with Node's fetch: conditional requests (ETag /
 * If-None-Match, Last-Modified / If-Modified-Since), downloads into `<file>.part` then renamed
 * (a failure leaves the previous copy intact), and resumption of a broken download with Range
 * and If-Range when the server supports it (RFC 9110 sections 13 and 14).
 */
import { createWriteStream } from "node:fs";
import { mkdir, rename, stat } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { InputError } from "../domain/errors.js";
import { FeedSyncError } from "./errors.js";
import {
  type FeedState,
  loadSyncState,
  type SyncState,
  saveSyncState,
  type Validators,
} from "./sync-state.js";

export interface FeedConfig {
  /** Names the cached file; letters, digits, `.`, `_` and `-` only. */
  id: string;
  url: string;
  /** A feed parser id (osv, nvd, kev, csaf, cyclonedx-vex); import detects by content anyway. */
  format: string;
}

export interface SyncConfig {
  feeds: FeedConfig[];
}

export interface SyncOptions {
  fetch?: typeof fetch;
  now?: () => Date;
}

export interface FeedSyncResult {
  id: string;
  status: "updated" | "unchanged" | "failed";
  /** The cached copy (present after "updated", and after the others when an earlier sync succeeded). */
  file: string;
  bytes?: number;
  /** True when this download continued an earlier partial one. */
  resumed?: boolean;
  error?: string;
}

export interface SyncReport {
  feeds: FeedSyncResult[];
  warnings: string[];
}

/** Syncs every feed; one feed's failure is reported and the others still run. */
export async function syncFeeds(
  config: SyncConfig,
  cacheDir: string,
  options: SyncOptions = {},
): Promise<SyncReport> {
  for (const feed of config.feeds) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(feed.id)) {
      throw new InputError(
        `feed id "${feed.id}": expected letters, digits, ".", "_" or "-" (it names a file)`,
      );
    }
  }
  await mkdir(cacheDir, { recursive: true });
  const warnings: string[] = [];
  const state = await loadSyncState(cacheDir, warnings);
  const results: FeedSyncResult[] = [];
  for (const feed of config.feeds) {
    const file = join(cacheDir, `${feed.id}${extensionOf(feed.url)}`);
    try {
      results.push(await syncOne(feed, file, state, cacheDir, options));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ id: feed.id, status: "failed", file, error: message });
    }
  }
  return { feeds: results, warnings };
}

function extensionOf(url: string): string {
  const path = new URL(url).pathname.toLowerCase();
  return [".zip", ".json.gz", ".json"].find((ext) => path.endsWith(ext)) ?? ".json";
}

async function syncOne(
  feed: FeedConfig,
  file: string,
  state: SyncState,
  cacheDir: string,
  options: SyncOptions,
): Promise<FeedSyncResult> {
  const previous = state.feeds[feed.id];
  const known: FeedState = previous?.url === feed.url ? previous : { url: feed.url, file };
  const part = `${file}.part`;
  const partBytes = known.partial ? await sizeOf(part) : 0;
  const resumeFrom = partBytes > 0 ? ifRange(known.partial) : undefined;
  const hasCopy = (await sizeOf(file)) > 0 && previous?.url === feed.url;

  const headers = requestHeaders(
    known,
    hasCopy,
    resumeFrom === undefined ? undefined : { partBytes, resumeFrom },
  );
  const response = await (options.fetch ?? fetch)(feed.url, { headers });
  if (response.status === 304 && hasCopy) return { id: feed.id, status: "unchanged", file };
  const resumed = response.status === 206 && resumeFrom !== undefined && startOf(response) === partBytes;
  if ((!resumed && response.status !== 200) || !response.body) {
    await response.body?.cancel();
    throw new FeedSyncError(
      feed.id,
      `${feed.url} answered HTTP ${response.status} (expected 200, 206 or 304)`,
    );
  }

  // Remember the validators before writing, so a download broken halfway can be resumed.
  state.feeds[feed.id] = { ...known, partial: resumed ? (known.partial ?? {}) : validatorsOf(response) };
  await saveSyncState(cacheDir, state);
  // fetch's body and node:stream/web's ReadableStream are the same class under two type names.
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  await pipeline(body, createWriteStream(part, { flags: resumed ? "a" : "w" }));
  await rename(part, file);

  // The new copy's validators are those of the download, never the previous copy's.
  const { partial, etag: _oldEtag, lastModified: _oldDate, ...rest } = state.feeds[feed.id]!;
  const bytes = await sizeOf(file);
  const fetchedAt = (options.now ?? (() => new Date()))().toISOString();
  state.feeds[feed.id] = { ...rest, ...partial, file, bytes, fetchedAt };
  await saveSyncState(cacheDir, state);
  return { id: feed.id, status: "updated", file, bytes, resumed };
}

/** Range + If-Range to resume a partial download, else validators of the cached copy. */
function requestHeaders(
  known: FeedState,
  hasCopy: boolean,
  resume: { partBytes: number; resumeFrom: string } | undefined,
): Record<string, string> {
  if (resume) return { range: `bytes=${resume.partBytes}-`, "if-range": resume.resumeFrom };
  const headers: Record<string, string> = {};
  if (hasCopy && known.etag !== undefined) headers["if-none-match"] = known.etag;
  if (hasCopy && known.lastModified !== undefined) headers["if-modified-since"] = known.lastModified;
  return headers;
}

function validatorsOf(response: Response): Validators {
  const out: Validators = {};
  const etag = response.headers.get("etag");
  const lastModified = response.headers.get("last-modified");
  if (etag !== null) out.etag = etag;
  if (lastModified !== null) out.lastModified = lastModified;
  return out;
}

/** If-Range needs a strong ETag (a weak one may not be used, RFC 9110 13.1.5), else a date. */
function ifRange(validators: Validators | undefined): string | undefined {
  if (validators?.etag !== undefined && !validators.etag.startsWith("W/")) return validators.etag;
  return validators?.lastModified;
}

/** The first byte position of a 206 response's Content-Range, or -1. */
function startOf(response: Response): number {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get("content-range") ?? "");
  return match?.[1] === undefined ? -1 : Number(match[1]);
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}
