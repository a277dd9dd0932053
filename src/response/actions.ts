/**
 * Action runs: each action (shut down, isolate, reopen, notify) a campaign asks for is a
 * row first, then carried out through its adapter, outside any database transaction (a
 * webhook may take seconds), then the outcome is written back: attempts, last error, and
 * on success the task's transition. A failed run stays failed and visible until retried.
 */
import type { Kysely } from "kysely";
import type { CampaignRow } from "../store/campaigns-repository.js";
import type { Schema } from "../store/schema.js";
import type { Store } from "../store/store.js";
import {
  type ActionRunRow,
  actionRunsOfCampaign,
  insertActionRun,
  type TaskView,
  taskById,
  updateActionRun,
} from "../store/tasks-repository.js";
import { type ActionOutcome, type ActionRequest, runAdapter, type Sleep } from "./adapters/index.js";
import type { AdapterConfig, PolicyDocument } from "./policy-schema.js";
import { legalTargets, type TaskState } from "./task-states.js";
import { transitionTask } from "./transitions.js";

const MANUAL: AdapterConfig = { type: "manual" };

/** The adapter that carries `action`: the policy's route for closing and reopening, the channel's adapter for notify. */
export function adapterFor(policy: PolicyDocument, action: string): { name: string; config: AdapterConfig } {
  const name = action.startsWith("notify:")
    ? action.slice(7)
    : policy.routes[action as "shut-down" | "isolate" | "reopen"];
  const config = name === undefined ? undefined : policy.adapters[name];
  return name !== undefined && config ? { name, config } : { name: "manual", config: MANUAL };
}

export async function queueAction(
  db: Kysely<Schema>,
  policy: PolicyDocument,
  task: { id: number; campaign_id: number },
  action: string,
  now: string,
): Promise<number> {
  const previous = await db
    .selectFrom("action_runs")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("task_id", "=", task.id)
    .where("action", "=", action)
    .executeTakeFirst();
  const n = Number(previous?.n ?? 0) + 1;
  return insertActionRun(db, {
    task_id: task.id,
    action,
    adapter: adapterFor(policy, action).name,
    idempotency_key: `needle-c${task.campaign_id}-t${task.id}-${action}-${n}`,
    status: "pending",
    attempts: 0,
    last_error: null,
    created_at: now,
    updated_at: now,
  });
}

export interface RunOptions {
  actor: string;
  sleep?: Sleep;
  /** How many adapters run at once (default 4). */
  concurrency?: number;
  /** Only these runs (default: every pending and failed run of the campaign). */
  runIds?: readonly number[];
}

export interface RunSummary {
  succeeded: number;
  failed: number;
  manual: number;
  failures: { taskId: number; action: string; attempts: number; error: string }[];
}

export async function runActions(
  store: Store,
  campaign: CampaignRow,
  policy: PolicyDocument,
  options: RunOptions,
): Promise<RunSummary> {
  let runs = await actionRunsOfCampaign(store.db, campaign.id, "/", ["pending", "failed"]);
  if (options.runIds) runs = runs.filter((r) => options.runIds?.includes(r.id));
  const summary: RunSummary = { succeeded: 0, failed: 0, manual: 0, failures: [] };
  let next = 0;
  const worker = async () => {
    while (next < runs.length) {
      const run = runs[next++]!;
      const outcome = await runOne(store, campaign, policy, run, options);
      summary[outcome.status]++;
      if (outcome.status === "failed")
        summary.failures.push({
          taskId: run.task_id,
          action: run.action,
          attempts: outcome.attempts,
          error: outcome.error ?? "",
        });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  summary.failures.sort((a, b) => a.taskId - b.taskId);
  return summary;
}

async function runOne(
  store: Store,
  campaign: CampaignRow,
  policy: PolicyDocument,
  run: ActionRunRow,
  options: RunOptions,
): Promise<ActionOutcome> {
  const task = await taskById(store.db, run.task_id);
  if (!task) return { status: "failed", attempts: 0, error: `task ${run.task_id} is gone` };
  const { config } = adapterFor(policy, run.action);
  const outcome = await runAdapter(config, requestOf(campaign, task, run), options.sleep);
  await store.db.transaction().execute(async (tx) => {
    const now = new Date().toISOString();
    await updateActionRun(tx, run.id, {
      status: outcome.status,
      attempts: run.attempts + outcome.attempts,
      last_error: outcome.error ?? null,
      updated_at: now,
    });
    if (outcome.status !== "succeeded") return;
    const target = TARGET[run.action];
    const current = await taskById(tx, run.task_id);
    if (target && current && legalTargets(current.state as TaskState).includes(target))
      await transitionTask(tx, current, target, {
        actor: options.actor,
        reason: `${run.action} done by adapter ${run.adapter}`,
        now,
      });
  });
  return outcome;
}

const TARGET: Record<string, TaskState | undefined> = {
  "shut-down": "shut-down",
  isolate: "isolated",
  reopen: "reopened",
};

export function requestOf(
  campaign: CampaignRow,
  task: TaskView,
  run: Pick<ActionRunRow, "action" | "idempotency_key">,
): ActionRequest {
  return {
    action: run.action,
    idempotencyKey: run.idempotency_key,
    taskId: task.id,
    campaign: {
      id: campaign.id,
      name: campaign.name,
      advisories: JSON.parse(campaign.advisory_ids) as string[],
    },
    asset: {
      id: task.asset_id,
      name: task.asset,
      unit: task.unit_path,
      kind: task.kind,
      exposure: task.exposure,
      criticality: task.criticality,
      hostnames: JSON.parse(task.hostnames) as string[],
      ips: JSON.parse(task.ips) as string[],
      urls: JSON.parse(task.urls) as string[],
    },
  };
}
