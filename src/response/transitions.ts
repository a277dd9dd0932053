/**
 * One place changes a task's state: the transition is checked against the state machine,
 * recorded in the history with who, when and why, and carried to the asset (a shut-down
 * task takes its asset out of service; reopening puts it back).
 */
import type { Kysely } from "kysely";
import { InputError } from "../domain/errors.js";
import type { Schema } from "../store/schema.js";
import { addHistory, setAssetState, type TaskRow, updateTask } from "../store/tasks-repository.js";
import { assertTransition, type TaskState } from "./task-states.js";

export interface TransitionOptions {
  actor: string;
  reason: string;
  /** An analyst's override (only verification without a newer scan uses it). */
  override?: boolean;
  now?: string;
}

const ASSET_STATE: Partial<Record<TaskState, string>> = {
  "shut-down": "shut-down",
  isolated: "isolated",
  reopened: "in-service",
};

/** Moves `task` to `to` and returns the task as it now is. */
export async function transitionTask(
  db: Kysely<Schema>,
  task: TaskRow,
  to: TaskState,
  options: TransitionOptions,
): Promise<TaskRow> {
  const from = task.state as TaskState;
  if (options.reason.trim() === "") throw new InputError("a transition needs a reason");
  assertTransition(from, to, {
    ...(options.override !== undefined && { override: options.override }),
    where: `task ${task.id} (asset ${task.asset_id})`,
  });
  const now = options.now ?? new Date().toISOString();
  const set: Partial<TaskRow> = { state: to, updated_at: now, ...timestampsFor(task, to, now) };
  await updateTask(db, task.id, set);
  await addHistory(db, {
    task_id: task.id,
    from_state: from,
    to_state: to,
    actor: options.actor,
    reason: options.reason,
    at: now,
  });
  const assetState = ASSET_STATE[to];
  if (assetState !== undefined) await setAssetState(db, task.asset_id, assetState, now);
  return { ...task, ...set };
}

function timestampsFor(task: TaskRow, to: TaskState, now: string): Partial<TaskRow> {
  switch (to) {
    case "shut-down":
    case "isolated":
      // The first closing counts for "time down"; isolating a shut-down asset does not restart it.
      return task.closed_at !== null && task.reopened_at === null
        ? {}
        : { closed_at: now, reopened_at: null };
    case "patched":
      return { patched_at: now, verified_at: null };
    case "verified":
      return { verified_at: now };
    case "reopened":
      return { reopened_at: now };
    case "affected":
      return { was_affected: 1, verified_at: null };
    default:
      return {};
  }
}
