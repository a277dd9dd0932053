/**
 * The life of a task, as a table of legal transitions. A task starts `unknown` (contents
 * never or not recently scanned) or `affected`; it is closed (shut down or isolated),
 * patched, verified by a newer scan, and reopened. A scan that still (or again) shows a
 * vulnerable component sends it back to `affected`: the cleaned-but-wrongly-patched
 * machines of 2007 stay visible instead of counting as done.
 */
import { ConflictError } from "../domain/errors.js";

export const TASK_STATES = [
  "unknown",
  "affected",
  "not-affected",
  "shut-down",
  "isolated",
  "patched",
  "verified",
  "reopened",
  "accepted-risk",
] as const;
export type TaskState = (typeof TASK_STATES)[number];

const LEGAL: Record<TaskState, readonly TaskState[]> = {
  unknown: ["affected", "not-affected", "shut-down", "isolated", "accepted-risk"],
  affected: ["shut-down", "isolated", "patched", "accepted-risk", "not-affected"],
  "not-affected": ["affected", "reopened"],
  "shut-down": ["isolated", "patched", "not-affected", "affected", "accepted-risk"],
  isolated: ["shut-down", "patched", "not-affected", "affected", "accepted-risk"],
  patched: ["verified", "affected", "shut-down", "isolated"],
  verified: ["reopened", "affected"],
  reopened: ["affected", "shut-down", "isolated"],
  "accepted-risk": ["affected", "patched", "shut-down", "isolated"],
};

/**
 * `verified` from a state other than `patched` needs an analyst's override with a reason:
 * the normal way is a scan newer than the patch.
 */
const OVERRIDE_TO_VERIFIED: readonly TaskState[] = ["affected", "shut-down", "isolated"];

export function isTaskState(value: string): value is TaskState {
  return (TASK_STATES as readonly string[]).includes(value);
}

export function legalTargets(from: TaskState): readonly TaskState[] {
  return LEGAL[from];
}

/** Throws ConflictError naming the current state when `from -> to` is not allowed. */
export function assertTransition(
  from: TaskState,
  to: TaskState,
  options: { override?: boolean; where?: string } = {},
): void {
  if (LEGAL[from].includes(to)) return;
  if (to === "verified" && options.override && OVERRIDE_TO_VERIFIED.includes(from)) return;
  const where = options.where ? `${options.where}: ` : "";
  const hint =
    to === "verified" && OVERRIDE_TO_VERIFIED.includes(from)
      ? " (without a newer scan, verification needs an analyst override with a reason)"
      : "";
  throw new ConflictError(
    `${where}cannot move a task from "${from}" to "${to}"; from "${from}" it may go to ${LEGAL[from].join(", ")}${hint}`,
  );
}

/** States in which the asset is out of service because of the campaign. */
export const CLOSED_STATES: readonly TaskState[] = ["shut-down", "isolated"];
/** States that need no more work (the asset still has to be reopened if it was closed). */
export const SETTLED_STATES: readonly TaskState[] = ["not-affected", "verified", "reopened", "accepted-risk"];
