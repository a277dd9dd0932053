/**
 * The agent upload queue. An upload is stored (body included) before it is acknowledged;
 * one worker takes queued jobs in batches and imports them with importComponentsBatch,
 * many uploads per commit and a savepoint each, so one bad SBOM fails alone. Jobs a
 * stopped server left "processing" are queued again at start (imports are idempotent by
 * content hash), so nothing accepted is ever lost.
 */
import type { FastifyBaseLogger } from "fastify";
import { NeedleError } from "../domain/errors.js";
import {
  type BatchOutcome,
  type ComponentsImport,
  type ComponentsImportResult,
  importComponentsBatch,
} from "../inventory/import-components.js";
import { readSbom } from "../sbom/read-sbom.js";
import {
  claimScanJobs,
  countQueued,
  finishScanJobs,
  type JobOutcome,
  requeueInterrupted,
  type ScanJobRow,
} from "../store/scan-jobs-repository.js";
import type { Store } from "../store/store.js";

export interface UploadQueueOptions {
  batchSize: number;
  maxSbomBytes: number;
  logger: FastifyBaseLogger;
  /** Called after each committed batch with what was imported (exposure re-evaluates from here). */
  onIngested?: (results: readonly ComponentsImportResult[]) => Promise<void>;
}

/** After this many interrupted attempts (the whole batch failed), a job is marked failed. */
const MAX_ATTEMPTS = 3;

export class UploadQueue {
  /** Jobs queued or processing: the `needle_upload_queue_depth` gauge. */
  depth = 0;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly store: Store,
    private readonly options: UploadQueueOptions,
  ) {}

  async start(): Promise<void> {
    const requeued = await requeueInterrupted(this.store.db);
    if (requeued > 0)
      this.options.logger.warn({ requeued }, "uploads interrupted by a stop are queued again");
    this.depth = await countQueued(this.store.db);
    this.notify();
  }

  /** A new job was stored: wake the worker. */
  added(): void {
    this.depth++;
    this.notify();
  }

  notify(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.notify();
      } else {
        for (const resolve of this.idleWaiters.splice(0)) resolve();
      }
    });
  }

  /** Resolves when no job is queued or processing (tests, shutdown). */
  async idle(): Promise<void> {
    if (!this.running) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Finishes the jobs already queued (up to `timeoutMs`), then takes no more. */
  async stop(timeoutMs: number): Promise<void> {
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
    await Promise.race([this.idle(), timeout]);
    this.stopped = true;
    await this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const jobs = await claimScanJobs(this.store.db, this.options.batchSize);
      if (jobs.length === 0) return;
      try {
        await this.process(jobs);
      } catch (error) {
        this.options.logger.error({ err: error, jobs: jobs.length }, "upload batch failed; jobs stay queued");
        await this.retryLater(jobs);
        return;
      }
      if (this.stopped) return;
    }
  }

  private async process(jobs: ScanJobRow[]): Promise<void> {
    const warnings = new Map<number, string[]>();
    const inputs = jobs.map((job) => async (): Promise<ComponentsImport> => {
      const parsed = readSbom(job.body ?? new Uint8Array(), job.file_name, {
        maxBytes: this.options.maxSbomBytes,
      });
      warnings.set(job.id, parsed.warnings);
      return {
        asset: `#${job.asset_id}`,
        source: "agent",
        format: parsed.format,
        specVersion: parsed.specVersion,
        tool: parsed.tool,
        fileName: job.file_name,
        sha256: job.sha256,
        components: parsed.components,
      };
    });
    const outcomes = await importComponentsBatch(this.store, inputs, { batchSize: jobs.length });
    const finished = jobs.map((job, i) => this.outcome(job, outcomes[i], warnings.get(job.id) ?? []));
    await finishScanJobs(this.store.db, finished, new Date().toISOString());
    this.depth = Math.max(0, this.depth - jobs.length);
    const results = outcomes.flatMap((o) => (o.ok && !o.result.unchanged ? [o.result] : []));
    if (results.length > 0 && this.options.onIngested) await this.options.onIngested(results);
  }

  private outcome(job: ScanJobRow, outcome: BatchOutcome | undefined, warnings: string[]): JobOutcome {
    if (outcome?.ok) {
      const r = outcome.result;
      return {
        id: job.id,
        status: r.unchanged ? "unchanged" : "done",
        scanId: r.scanId,
        result: JSON.stringify({ components: r.components, occurrences: r.occurrences, warnings }),
        error: null,
      };
    }
    const error = outcome?.error;
    if (!(error instanceof NeedleError) || error.code === "internal") {
      this.options.logger.error({ err: error, job: job.id }, "upload processing failed");
    }
    const message =
      error instanceof NeedleError && error.code !== "internal"
        ? error.message
        : "internal error while importing (the server log has the details)";
    return { id: job.id, status: "failed", scanId: null, result: null, error: message };
  }

  private async retryLater(jobs: ScanJobRow[]): Promise<void> {
    const give = jobs.filter((j) => j.attempts + 1 >= MAX_ATTEMPTS);
    const now = new Date().toISOString();
    const failed = give.map((j) => ({
      id: j.id,
      status: "failed" as const,
      scanId: null,
      result: null,
      error: "internal error while importing, after retries (the server log has the details)",
    }));
    await finishScanJobs(this.store.db, failed, now).catch(() => undefined);
    await requeueInterrupted(this.store.db).catch(() => undefined);
    this.depth = Math.max(0, this.depth - give.length);
    // Try again a little later; the jobs are in the table, so a stop in between loses nothing.
    setTimeout(() => this.notify(), 1000).unref();
  }
}
