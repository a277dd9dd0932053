/**
 * The small state file beside the feed cache: per feed, the validators of the cached copy (for
 * conditional requests, RFC 9110 section 13.1) and of an unfinished download (for resuming with
 * Range and If-Range, RFC 9110 section 14).
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

const validatorsSchema = z.object({ etag: z.string().optional(), lastModified: z.string().optional() });

const feedStateSchema = z.object({
  url: z.string(),
  file: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  bytes: z.number().optional(),
  fetchedAt: z.string().optional(),
  /** Validators of the response a `.part` file holds the beginning of. */
  partial: validatorsSchema.optional(),
});

const syncStateSchema = z.object({ version: z.literal(1), feeds: z.record(z.string(), feedStateSchema) });

export type FeedState = z.infer<typeof feedStateSchema>;
export type SyncState = z.infer<typeof syncStateSchema>;
export type Validators = z.infer<typeof validatorsSchema>;

export const STATE_FILE = "sync-state.json";

/** The state, or an empty one with a warning when the file is missing or unreadable. */
export async function loadSyncState(cacheDir: string, warnings: string[]): Promise<SyncState> {
  const path = join(cacheDir, STATE_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return { version: 1, feeds: {} };
  }
  try {
    const parsed = syncStateSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    warnings.push(
      `${path}: not a feed sync state (${parsed.error.issues[0]?.message}); every feed is fetched again`,
    );
  } catch (error) {
    warnings.push(
      `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)}); every feed is fetched again`,
    );
  }
  return { version: 1, feeds: {} };
}

/** Writes the state through a temporary file and a rename, so a crash never leaves half a file. */
export async function saveSyncState(cacheDir: string, state: SyncState): Promise<void> {
  const path = join(cacheDir, STATE_FILE);
  await writeFile(`${path}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}
