/**
 * The agent upload queue, persisted: an upload is a row (with its body) before it is
 * acknowledged, so a restart loses nothing; (asset, sha256) is unique, so the same body
 * again finds the same job.
 */
import type { Insertable, Kysely, Selectable } from "kysely";
import type { ScanJobsTable } from "./access-schema.js";
import type { Schema } from "./schema.js";
import { withinScope } from "./scope.js";

export type ScanJobRow = Selectable<ScanJobsTable>;
export type ScanJobSummary = Omit<ScanJobRow, "body">;

const SUMMARY = [
  "id",
  "asset_id",
  "unit_path",
  "sha256",
  "status",
  "file_name",
  "submitted_by",
  "submitted_at",
  "finished_at",
  "attempts",
  "scan_id",
  "result",
  "error",
] as const;

/** Inserts the job unless (asset, sha256) exists; returns the job and whether it is new. */
export async function insertScanJob(
  db: Kysely<Schema>,
  job: Insertable<ScanJobsTable>,
): Promise<{ job: ScanJobSummary; created: boolean }> {
  const inserted = await db
    .insertInto("scan_jobs")
    .values(job)
    .onConflict((oc) => oc.columns(["asset_id", "sha256"]).doNothing())
    .returning(SUMMARY)
    .executeTakeFirst();
  if (inserted) return { job: inserted, created: true };
  const existing = await db
    .selectFrom("scan_jobs")
    .select(SUMMARY)
    .where("asset_id", "=", job.asset_id)
    .where("sha256", "=", job.sha256)
    .executeTakeFirstOrThrow();
  return { job: existing, created: false };
}

/** Puts a failed job back in the queue with a fresh body (the same content sent again). */
export async function requeueScanJob(db: Kysely<Schema>, id: number, body: Buffer, submittedBy: string) {
  await db
    .updateTable("scan_jobs")
    .set({ status: "queued", body, error: null, finished_at: null, attempts: 0, submitted_by: submittedBy })
    .where("id", "=", id)
    .where("status", "=", "failed")
    .execute();
}

export async function findScanJob(
  db: Kysely<Schema>,
  q: { id: number; assetId: number; scope: string },
): Promise<ScanJobSummary | undefined> {
  return db
    .selectFrom("scan_jobs")
    .select(SUMMARY)
    .where("id", "=", q.id)
    .where("asset_id", "=", q.assetId)
    .where((eb) => withinScope(eb, "unit_path", q.scope))
    .executeTakeFirst();
}

/** Takes up to `limit` queued jobs (oldest first) and marks them processing. */
export async function claimScanJobs(db: Kysely<Schema>, limit: number): Promise<ScanJobRow[]> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom("scan_jobs")
      .selectAll()
      .where("status", "=", "queued")
      .orderBy("id")
      .limit(limit)
      .execute();
    if (rows.length === 0) return rows;
    const ids = rows.map((r) => r.id);
    await tx
      .updateTable("scan_jobs")
      .set((eb) => ({ status: "processing", attempts: eb("attempts", "+", 1) }))
      .where("id", "in", ids)
      .execute();
    return rows;
  });
}

export interface JobOutcome {
  id: number;
  status: "done" | "unchanged" | "failed";
  scanId: number | null;
  result: string | null;
  error: string | null;
}

/** Records how jobs ended; the body is dropped once a job is done (kept while it may be retried). */
export async function finishScanJobs(db: Kysely<Schema>, outcomes: readonly JobOutcome[], now: string) {
  await db.transaction().execute(async (tx) => {
    for (const o of outcomes) {
      await tx
        .updateTable("scan_jobs")
        .set({
          status: o.status,
          scan_id: o.scanId,
          result: o.result,
          error: o.error,
          finished_at: now,
          body: null,
        })
        .where("id", "=", o.id)
        .execute();
    }
  });
}

/** Jobs left "processing" by a stopped server go back to the queue (imports are idempotent). */
export async function requeueInterrupted(db: Kysely<Schema>): Promise<number> {
  const result = await db
    .updateTable("scan_jobs")
    .set({ status: "queued" })
    .where("status", "=", "processing")
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countQueued(db: Kysely<Schema>): Promise<number> {
  const row = await db
    .selectFrom("scan_jobs")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("status", "in", ["queued", "processing"])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
