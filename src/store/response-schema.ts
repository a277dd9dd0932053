/**
 * The tables of the response (policies, campaigns, tasks, their history and action runs),
 * as Kysely sees them. Merged into `Schema` (schema.ts); created by migration 004-response.
 */
import type { Generated } from "kysely";

export interface PoliciesTable {
  id: Generated<number>;
  name: string;
  /** 1, 2, ...: a new content under the same name is a new version. */
  version: number;
  content_hash: string;
  /** The validated policy as JSON. */
  document: string;
  created_at: string;
}

export interface CampaignsTable {
  id: Generated<number>;
  name: string;
  /** JSON array of the advisory ids the campaign answers. */
  advisory_ids: string;
  policy_id: number;
  /** The unit subtree the campaign covers ("/" = everything). */
  scope_path: string;
  started_by: string;
  started_at: string;
}

export interface TasksTable {
  id: Generated<number>;
  campaign_id: number;
  asset_id: number;
  /** The asset's unit when the task was made: the scope key of every campaign query. */
  unit_path: string;
  /** 1 when the asset is a published service (internet-facing or tagged `public`). */
  published: number;
  state: string;
  /** 1 once a scan showed a vulnerable component: a clean scan then means patched, not "never affected". */
  was_affected: number;
  /** The policy rule that decided the actions, or null when none matched. */
  rule: string | null;
  /** JSON array of the policy actions decided for this task. */
  actions: string;
  /** JSON array of the vulnerable components seen ({purl, location, fixed}). */
  components: string;
  /** ISO time by which the asset must be patched, or null. */
  deadline: string | null;
  risk_reason: string | null;
  risk_expires: string | null;
  /** When the asset was shut down or isolated for this task. */
  closed_at: string | null;
  patched_at: string | null;
  verified_at: string | null;
  reopened_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface TaskHistoryTable {
  id: Generated<number>;
  task_id: number;
  /** null for the task's creation. */
  from_state: string | null;
  to_state: string;
  actor: string;
  reason: string;
  at: string;
}

export interface ActionRunsTable {
  id: Generated<number>;
  task_id: number;
  /** shut-down, isolate, reopen, notify:<channel>. */
  action: string;
  /** The adapter name in the policy, or "manual". */
  adapter: string;
  /** Sent as the Idempotency-Key header: the same for every retry of this run. */
  idempotency_key: string;
  /** pending, succeeded, failed, manual. */
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface ResponseSchema {
  policies: PoliciesTable;
  campaigns: CampaignsTable;
  tasks: TasksTable;
  task_history: TaskHistoryTable;
  action_runs: ActionRunsTable;
}
