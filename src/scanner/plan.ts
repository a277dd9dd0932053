/**
 * Two steps of a scan: the walk lists the files some cataloger or the archive reader wants
 * (with how many walk warnings came before each), then each is cataloged in walk order,
 * archives by parse workers when there are enough to pay for starting them. Outcomes are
 * merged in walk order, so the result is the same as cataloging on one thread.
 */
import { availableParallelism } from "node:os";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import { baseName, isArchiveName } from "./archive-names.js";
import { catalogDiskFile } from "./disk-file.js";
import { acquirePool, type ParsePool } from "./parse-pool.js";
import type { ScanSession } from "./session.js";
import type { ScanWarning } from "./types.js";
import type { ParseOutcome } from "./worker-protocol.js";

/** Below this many archives on disk, starting workers costs more than it saves. */
export const MIN_ARCHIVES_FOR_WORKERS = 64;
/** Files handed to workers ahead of the merge, bounding the outcomes held in memory. */
const AHEAD = 256;
/** Archives per message to a worker. */
const BATCH = 16;
const PROGRESS_EVERY_FILES = 512;

export interface PlannedFile {
  path: string;
  size: number;
  /** Walk warnings recorded before this file was reached. */
  warningsBefore: number;
  archive: boolean;
}

/** Makes the walk list wanted files instead of cataloging them. */
export function planFiles(session: ScanSession): PlannedFile[] {
  const planned: PlannedFile[] = [];
  session.onFile = (path, size) => {
    const name = baseName(path);
    const archive = isArchiveName(name);
    if (archive || session.catalogers.some((c) => c.wants(path, size))) {
      planned.push({ path, size, warningsBefore: session.warnings.length, archive });
    }
    return Promise.resolve();
  };
  return planned;
}

export function startPool(planned: readonly PlannedFile[], workers: number): ParsePool | undefined {
  if (workers < 1) return undefined;
  let archives = 0;
  for (const file of planned) if (file.archive) archives++;
  return archives >= MIN_ARCHIVES_FOR_WORKERS ? acquirePool(workers) : undefined;
}

export const defaultWorkers = (): number => availableParallelism();

/**
 * A worker's outcome is the one this thread would get when the budget left here never
 * became the tightest cap nor ran out while the worker inflated (it had at least as much).
 */
function applies(session: ScanSession, outcome: ParseOutcome): boolean {
  const after = session.budget.remaining - outcome.consumed;
  return after > 0 && after >= session.limits.maxEntryBytes;
}

function apply(session: ScanSession, outcome: ParseOutcome): void {
  session.components.push(...outcome.components);
  session.warnings.push(...outcome.warnings);
  session.archives += outcome.archives;
  session.bytes += outcome.bytes;
  session.budget.remaining -= outcome.consumed;
}

/** Sends the next batch of archives from `from` on to a worker; returns where the batch ended. */
function handOut(
  session: ScanSession,
  pool: ParsePool,
  planned: readonly PlannedFile[],
  from: number,
  outcomes: Map<number, Promise<ParseOutcome | undefined>>,
): number {
  const indices: number[] = [];
  let end = from;
  for (; end < planned.length && indices.length < BATCH; end++) {
    if (planned[end]?.archive) indices.push(end);
  }
  const limits = { ...session.limits };
  const budget = session.budget.remaining;
  const files = indices.flatMap((k) => {
    const file = planned[k];
    return file ? [{ path: file.path, size: file.size, limits, budget }] : [];
  });
  if (files.length === 0) return end;
  const batch = pool.parse(files).catch(() => []);
  for (const [n, k] of indices.entries())
    outcomes.set(
      k,
      batch.then((list) => list[n]),
    );
  return end;
}

export async function catalogPlanned(
  session: ScanSession,
  planned: readonly PlannedFile[],
  pool: ParsePool | undefined,
): Promise<void> {
  const walkWarnings: ScanWarning[] = session.warnings.splice(0);
  const outcomes = new Map<number, Promise<ParseOutcome | undefined>>();
  let handedOut = 0;
  let shown = 0;
  for (const [i, file] of planned.entries()) {
    while (pool && handedOut < planned.length && handedOut < i + AHEAD) {
      handedOut = handOut(session, pool, planned, handedOut, outcomes);
    }
    if (shown < file.warningsBefore) {
      session.warnings.push(...walkWarnings.slice(shown, file.warningsBefore));
      shown = file.warningsBefore;
    }
    const outcome = await outcomes.get(i);
    outcomes.delete(i);
    if (outcome && applies(session, outcome)) apply(session, outcome);
    else await catalogDiskFile(session, file.path, file.size);
    if ((i + 1) % PROGRESS_EVERY_FILES === 0) {
      session.reportProgress();
      await yieldToLoop();
    }
  }
  session.warnings.push(...walkWarnings.slice(shown));
}
