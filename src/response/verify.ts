/**
 * Verification by scan. When a scan of an asset is imported, every campaign task of that
 * asset is looked at again, inside the import's transaction:
 * - a vulnerable component still (or again) present sends the task to `affected`, unless it
 *   is already closed or being handled; this is how a wrong patch shows up;
 * - no vulnerable component left: an unknown task becomes `not-affected`; a patched task
 *   whose patch is older than the scan becomes `verified`; an affected, closed or accepted
 *   task is recorded as patched by this scan, then verified.
 * Nothing here calls out (no adapters): closing a newly found asset is queued for the next
 * `needle campaign retry`.
 */
import type { Kysely } from "kysely";
import { policyById } from "../store/campaigns-repository.js";
import type { Schema } from "../store/schema.js";
import {
  lastScanAt,
  type TaskRow,
  tasksOfAsset,
  updateTask,
  vulnerableComponents,
} from "../store/tasks-repository.js";
import { queueAction } from "./actions.js";
import { validatePolicy } from "./policy.js";
import type { TaskState } from "./task-states.js";
import { transitionTask } from "./transitions.js";

const SCAN_ACTOR = "scan";
const REOPEN_ON_VULNERABLE: readonly TaskState[] = [
  "unknown",
  "not-affected",
  "patched",
  "verified",
  "reopened",
  "accepted-risk",
];
const CLEARED_BY_PATCH: readonly TaskState[] = ["affected", "shut-down", "isolated", "accepted-risk"];

export interface VerifyChange {
  taskId: number;
  campaignId: number;
  from: string;
  to: string;
}

/** Re-checks the asset's campaign tasks against its latest scan; returns the transitions made. */
export async function onScanImported(tx: Kysely<Schema>, assetId: number): Promise<VerifyChange[]> {
  const tasks = await tasksOfAsset(tx, assetId);
  if (tasks.length === 0) return [];
  const scannedAt = (await lastScanAt(tx, assetId)) ?? new Date().toISOString();
  const now = new Date().toISOString();
  const changes: VerifyChange[] = [];
  for (const task of tasks) {
    const found = await vulnerableComponents(tx, assetId, JSON.parse(task.advisoryIds) as string[]);
    const before = task.state;
    const after =
      found.length > 0 ? await stillVulnerable(tx, task, found, now) : await clean(tx, task, scannedAt, now);
    if (after !== before)
      changes.push({ taskId: task.id, campaignId: task.campaign_id, from: before, to: after });
  }
  return changes;
}

async function stillVulnerable(
  tx: Kysely<Schema>,
  task: TaskRow & { policyId: number },
  found: { purl: string; location: string; fixed: string }[],
  now: string,
): Promise<string> {
  const components = found.map((c) => ({
    purl: c.purl,
    location: c.location,
    fixed: JSON.parse(c.fixed) as string[],
  }));
  await updateTask(tx, task.id, { components: JSON.stringify(components), was_affected: 1, updated_at: now });
  if (!REOPEN_ON_VULNERABLE.includes(task.state as TaskState)) return task.state;
  const purls = [...new Set(found.map((c) => c.purl))].join(", ");
  const reason =
    task.state === "unknown" ? `scan shows ${purls}` : `scan still shows ${purls} (after ${task.state})`;
  const moved = await transitionTask(tx, task, "affected", { actor: SCAN_ACTOR, reason, now });
  await queueClosing(tx, moved, task.policyId, now);
  return moved.state;
}

/** A task newly found affected gets its policy's closing action queued, as at the start. */
async function queueClosing(tx: Kysely<Schema>, task: TaskRow, policyId: number, now: string): Promise<void> {
  const stored = await policyById(tx, policyId);
  if (!stored) return;
  const policy = validatePolicy(JSON.parse(stored.document), `policy ${stored.name} v${stored.version}`);
  const actions = JSON.parse(task.actions) as { kind: string }[];
  const closing = actions.find((a) => a.kind === "shut-down" || a.kind === "isolate");
  const asset = await tx
    .selectFrom("assets")
    .select("state")
    .where("id", "=", task.asset_id)
    .executeTakeFirst();
  if (closing && asset?.state === "in-service") await queueAction(tx, policy, task, closing.kind, now);
}

async function clean(tx: Kysely<Schema>, task: TaskRow, scannedAt: string, now: string): Promise<string> {
  const state = task.state as TaskState;
  await updateTask(tx, task.id, { components: "[]", updated_at: now });
  if (state === "unknown" || (!task.was_affected && (state === "shut-down" || state === "isolated")))
    return (
      await transitionTask(tx, task, "not-affected", {
        actor: SCAN_ACTOR,
        reason: "scan shows no vulnerable component",
        now,
      })
    ).state;
  let current = task;
  if (CLEARED_BY_PATCH.includes(state))
    current = await transitionTask(tx, current, "patched", {
      actor: SCAN_ACTOR,
      reason: "scan shows the vulnerable components gone",
      now: scannedAt,
    });
  if (current.state === "patched" && current.patched_at !== null && scannedAt >= current.patched_at)
    current = await transitionTask(tx, current, "verified", {
      actor: SCAN_ACTOR,
      reason: `scan of ${scannedAt} is newer than the patch and shows no vulnerable component`,
      now,
    });
  return current.state;
}
