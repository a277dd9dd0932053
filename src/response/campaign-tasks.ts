/**
 * Changes people make: a task moved by hand (marked patched, an accepted risk, a verification
 * override), and reopening verified services in priority order through the reopen action.
 */
import type { Store } from "../store/store.js";
import { type TaskRow, type TaskView, tasksOfCampaign } from "../store/tasks-repository.js";
import { adapterFor, queueAction, type RunSummary, runActions } from "./actions.js";
import type { Sleep } from "./adapters/index.js";
import { loadCampaign, taskForAsset } from "./campaign-access.js";
import { assertTransition, type TaskState } from "./task-states.js";
import { transitionTask } from "./transitions.js";

export interface ActorOptions {
  actor: string;
  scope?: string;
}

export async function moveTask(
  store: Store,
  campaignId: number,
  assetRef: string,
  to: TaskState,
  options: ActorOptions & { reason: string; override?: boolean },
): Promise<TaskRow> {
  const scope = options.scope ?? "/";
  await loadCampaign(store.db, campaignId, scope);
  return store.db.transaction().execute(async (tx) => {
    const task = await taskForAsset(tx, campaignId, assetRef, scope);
    const moved = await transitionTask(tx, task, to, {
      actor: options.actor,
      reason: options.reason,
      ...(options.override !== undefined && { override: options.override }),
    });
    // A person confirming a closing action done by hand completes the manual run waiting for it.
    const action = to === "shut-down" ? "shut-down" : to === "isolated" ? "isolate" : undefined;
    if (action)
      await tx
        .updateTable("action_runs")
        .set({ status: "succeeded", updated_at: new Date().toISOString() })
        .where("task_id", "=", task.id)
        .where("action", "=", action)
        .where("status", "in", ["manual", "pending", "failed"])
        .execute();
    return moved;
  });
}

const EXPOSURE_RANK: Record<string, number> = { internet: 0, internal: 1, isolated: 2 };

/** Verified or not-affected tasks whose asset is still closed: criticality first, then internet-facing, then longest down. */
export async function reopenQueue(store: Store, campaignId: number, scope = "/"): Promise<TaskView[]> {
  await loadCampaign(store.db, campaignId, scope);
  const tasks = await tasksOfCampaign(store.db, campaignId, scope);
  return tasks
    .filter(
      (t) =>
        (t.state === "verified" || t.state === "not-affected") &&
        t.closed_at !== null &&
        t.reopened_at === null,
    )
    .sort(
      (a, b) =>
        b.criticality - a.criticality ||
        (EXPOSURE_RANK[a.exposure] ?? 9) - (EXPOSURE_RANK[b.exposure] ?? 9) ||
        (a.closed_at ?? "").localeCompare(b.closed_at ?? "") ||
        a.id - b.id,
    );
}

export interface ReopenResult {
  reopened: string[];
  actions: RunSummary;
}

/** Records the reopening of these assets and runs the reopen action; a manual adapter means the caller reopens them. */
export async function reopenAssets(
  store: Store,
  campaignId: number,
  assetRefs: readonly string[],
  options: ActorOptions & { reason?: string; sleep?: Sleep },
): Promise<ReopenResult> {
  const scope = options.scope ?? "/";
  const { campaign, policy } = await loadCampaign(store.db, campaignId, scope);
  const manual = adapterFor(policy, "reopen").config.type === "manual";
  const reason = options.reason ?? "verified; reopened from the reopen queue";
  const queued = await store.db.transaction().execute(async (tx) => {
    const out: { ref: string; taskId: number; runId: number | null }[] = [];
    for (const ref of assetRefs) {
      const task = await taskForAsset(tx, campaignId, ref, scope);
      assertTransition(task.state as TaskState, "reopened", { where: `asset "${ref}"` });
      const now = new Date().toISOString();
      if (manual) await transitionTask(tx, task, "reopened", { actor: options.actor, reason, now });
      out.push({
        ref,
        taskId: task.id,
        runId: manual ? null : await queueAction(tx, policy, task, "reopen", now),
      });
    }
    return out;
  });
  const actions = await runActions(store, campaign, policy, {
    actor: options.actor,
    runIds: queued.flatMap((q) => (q.runId === null ? [] : [q.runId])),
    ...(options.sleep && { sleep: options.sleep }),
  });
  const states = new Map((await tasksOfCampaign(store.db, campaignId, scope)).map((t) => [t.id, t.state]));
  return { reopened: queued.filter((q) => states.get(q.taskId) === "reopened").map((q) => q.ref), actions };
}

/** Runs the campaign's pending and failed actions again (each failure keeps its attempts and last error). */
export async function retryActions(
  store: Store,
  campaignId: number,
  options: ActorOptions & { sleep?: Sleep },
): Promise<RunSummary> {
  const { campaign, policy } = await loadCampaign(store.db, campaignId, options.scope ?? "/");
  const scoped =
    options.scope && options.scope !== "/"
      ? await tasksOfCampaign(store.db, campaignId, options.scope)
      : undefined;
  const runs = await store.db
    .selectFrom("action_runs as r")
    .innerJoin("tasks as t", "t.id", "r.task_id")
    .select(["r.id", "r.task_id"])
    .where("t.campaign_id", "=", campaignId)
    .where("r.status", "in", ["pending", "failed"])
    .execute();
  const inScope = scoped ? new Set(scoped.map((t) => t.id)) : undefined;
  return runActions(store, campaign, policy, {
    actor: options.actor,
    runIds: runs.filter((r) => !inScope || inScope.has(r.task_id)).map((r) => r.id),
    ...(options.sleep && { sleep: options.sleep }),
  });
}
