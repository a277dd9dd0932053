/**
 * A small pool of worker threads that catalog disk files (archives: central directory,
 * inflating the identifying entries, nested archives). Outcomes come back as promises;
 * a worker that fails rejects what it held, and the scan parses those files itself.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { NeedleError } from "../domain/errors.js";
import { type ParseOutcome, type ParseRequest, parseOutcomeBatch } from "./worker-protocol.js";

interface Waiter {
  resolve(outcomes: ParseOutcome[]): void;
  reject(error: Error): void;
}

class PoolWorker {
  readonly waiting = new Map<number, Waiter>();
  alive = true;

  constructor(readonly thread: Worker) {
    thread.on("message", (message: unknown) => this.settle(message));
    thread.on("error", (error) => this.fail(error));
    thread.on("exit", (code) =>
      this.fail(new NeedleError("parse-worker", `parse worker exited with code ${code}`)),
    );
  }

  private settle(message: unknown): void {
    try {
      const batch = parseOutcomeBatch(message);
      this.waiting.get(batch.id)?.resolve(batch.outcomes);
      this.waiting.delete(batch.id);
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private fail(error: Error): void {
    this.alive = false;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

export class ParsePool {
  private nextId = 0;

  private constructor(private readonly workers: PoolWorker[]) {}

  /** Starts `size` workers from the compiled worker entry; undefined when there is none (sources run by Vitest). */
  static start(size: number): ParsePool | undefined {
    const entry = new URL("./scan-worker.js", import.meta.url);
    if (size < 1 || entry.protocol !== "file:" || !existsSync(fileURLToPath(entry))) return undefined;
    return new ParsePool(Array.from({ length: size }, () => new PoolWorker(new Worker(entry))));
  }

  /** Hands the files to the least busy live worker; outcomes come back in the same order. */
  parse(files: ParseRequest[]): Promise<ParseOutcome[]> {
    const id = this.nextId++;
    let target: PoolWorker | undefined;
    for (const w of this.workers) {
      if (w.alive && (!target || w.waiting.size < target.waiting.size)) target = w;
    }
    if (!target) return Promise.reject(new NeedleError("parse-worker", "no parse worker is running"));
    const worker = target;
    return new Promise((resolve, reject) => {
      worker.waiting.set(id, { resolve, reject });
      worker.thread.postMessage({ id, files });
    });
  }

  /** While a scan uses the pool its workers keep the process alive; idle ones must not. */
  hold(held: boolean): void {
    for (const w of this.workers) {
      if (held) w.thread.ref();
      else w.thread.unref();
    }
  }

  get alive(): boolean {
    return this.workers.some((w) => w.alive);
  }

  get size(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    for (const w of this.workers) w.alive = false;
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }
}

/** Workers stay up this long after a scan, so scans in a row share warmed-up (JIT-compiled) workers. */
const IDLE_MS = 10_000;
let shared: ParsePool | undefined;
let users = 0;
let idleTimer: NodeJS.Timeout | undefined;

/** The process's parse pool, started on first use and reused by later (and concurrent) scans. */
export function acquirePool(size: number): ParsePool | undefined {
  clearTimeout(idleTimer);
  if (shared && (!shared.alive || (users === 0 && shared.size !== size))) {
    void shared.close();
    shared = undefined;
    users = 0;
  }
  shared ??= ParsePool.start(size);
  if (shared) {
    users++;
    shared.hold(true);
  }
  return shared;
}

/** Marks the end of a scan's use; the pool closes when no scan has used it for a while. */
export function releasePool(pool: ParsePool): void {
  if (pool !== shared) return;
  if (--users > 0) return;
  pool.hold(false);
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (shared === pool && users === 0) shared = undefined;
    void pool.close();
  }, IDLE_MS);
  idleTimer.unref();
}
