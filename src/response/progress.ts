/**
 * Where a campaign stands: tasks per state per region, time since the start, the median
 * time a service stayed down (shut down to reopened), the tasks past their patch deadline,
 * and the actions that failed or wait for a person.
 */
import type { Store } from "../store/store.js";
import { actionRunsOfCampaign, type TaskView, tasksOfCampaign } from "../store/tasks-repository.js";
import { loadCampaign } from "./campaign-access.js";
import { TASK_STATES, type TaskState } from "./task-states.js";

export type StateCounts = Record<TaskState, number>;

export interface CampaignProgress {
  campaign: {
    id: number;
    name: string;
    advisories: string[];
    policy: { name: string; version: number };
    scope: string;
    startedAt: string;
    startedBy: string;
  };
  elapsedMs: number;
  tasks: number;
  totals: StateCounts;
  byRegion: { unit: string; total: number; counts: StateCounts }[];
  medianDownToReopenMs: number | null;
  overdue: {
    asset: string;
    unit: string;
    state: string;
    deadline: string;
    criticality: number;
    ownerContact: string | null;
  }[];
  actions: {
    asset: string;
    unit: string;
    action: string;
    status: string;
    attempts: number;
    lastError: string | null;
  }[];
}

/** Work is still owed on these: past the deadline they are overdue. */
const OPEN: readonly string[] = ["unknown", "affected", "shut-down", "isolated"];

export function emptyCounts(): StateCounts {
  return Object.fromEntries(TASK_STATES.map((s) => [s, 0])) as StateCounts;
}

export function regionOf(unit: string): string {
  return unit.split("/").slice(0, 3).join("/") || "/";
}

export async function campaignProgress(
  store: Store,
  campaignId: number,
  options: { scope?: string; now?: string } = {},
): Promise<CampaignProgress> {
  const scope = options.scope ?? "/";
  const now = options.now ?? new Date().toISOString();
  const { campaign, policy, policyVersion } = await loadCampaign(store.db, campaignId, scope);
  const tasks = await tasksOfCampaign(store.db, campaignId, scope);
  const totals = emptyCounts();
  const regions = new Map<string, StateCounts>();
  for (const t of tasks) {
    const state = t.state as TaskState;
    totals[state]++;
    const region = regionOf(t.unit_path);
    const counts = regions.get(region) ?? emptyCounts();
    counts[state]++;
    regions.set(region, counts);
  }
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      advisories: JSON.parse(campaign.advisory_ids) as string[],
      policy: { name: policy.name, version: policyVersion },
      scope: campaign.scope_path,
      startedAt: campaign.started_at,
      startedBy: campaign.started_by,
    },
    elapsedMs: Date.parse(now) - Date.parse(campaign.started_at),
    tasks: tasks.length,
    totals,
    byRegion: [...regions]
      .map(([unit, counts]) => ({ unit, total: Object.values(counts).reduce((a, b) => a + b, 0), counts }))
      .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)),
    medianDownToReopenMs: median(
      tasks.flatMap((t) =>
        t.closed_at && t.reopened_at ? [Date.parse(t.reopened_at) - Date.parse(t.closed_at)] : [],
      ),
    ),
    overdue: overdueOf(tasks, now),
    actions: await unfinishedActions(store, campaignId, scope, tasks),
  };
}

function overdueOf(tasks: readonly TaskView[], now: string): CampaignProgress["overdue"] {
  return tasks
    .filter((t) => t.deadline !== null && t.deadline < now && OPEN.includes(t.state))
    .map((t) => ({
      asset: t.asset,
      unit: t.unit_path,
      state: t.state,
      deadline: t.deadline ?? "",
      criticality: t.criticality,
      ownerContact: t.ownerContact,
    }))
    .sort((a, b) => b.criticality - a.criticality || a.deadline.localeCompare(b.deadline));
}

async function unfinishedActions(
  store: Store,
  campaignId: number,
  scope: string,
  tasks: readonly TaskView[],
): Promise<CampaignProgress["actions"]> {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const runs = await actionRunsOfCampaign(store.db, campaignId, scope, ["failed", "manual", "pending"]);
  return runs.map((r) => ({
    asset: byId.get(r.task_id)?.asset ?? `task ${r.task_id}`,
    unit: byId.get(r.task_id)?.unit_path ?? "",
    action: r.action,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
  }));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
