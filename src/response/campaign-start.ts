/**
 * Starts a campaign: the plan is written in one transaction (the policy version, the
 * campaign, every task with its first history entry, the actions queued), then the queued
 * actions run through their adapters. `dryRun` returns the plan and writes nothing.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { insertCampaign, savePolicy } from "../store/campaigns-repository.js";
import type { Schema } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { addHistory, insertTask } from "../store/tasks-repository.js";
import { queueAction, type RunSummary, runActions } from "./actions.js";
import type { Sleep } from "./adapters/index.js";
import { type CampaignPlan, planCampaign, type TaskPlan } from "./campaign-plan.js";
import type { PolicyDocument } from "./policy-schema.js";
import { transitionTask } from "./transitions.js";

export interface StartOptions {
  advisories: readonly string[];
  policy: PolicyDocument;
  actor: string;
  name?: string;
  /** Only assets in this unit subtree (default "/"). */
  scope?: string;
  dryRun?: boolean;
  sleep?: Sleep;
  now?: string;
}

export interface StartResult {
  campaignId: number | null;
  name: string;
  policy: { name: string; version: number | null };
  plan: CampaignPlan;
  actions: RunSummary | null;
}

export async function startCampaign(store: Store, options: StartOptions): Promise<StartResult> {
  const now = options.now ?? new Date().toISOString();
  const scope = options.scope ?? "/";
  const plan = await planCampaign(store, options.advisories, options.policy, { scope, now });
  const name = options.name ?? `${plan.advisories.map((a) => a.id).join(" + ")} ${now.slice(0, 10)}`;
  if (options.dryRun)
    return {
      campaignId: null,
      name,
      policy: { name: options.policy.name, version: null },
      plan,
      actions: null,
    };
  const written = await store.db.transaction().execute(async (tx) => {
    const document = JSON.stringify(options.policy);
    const policy = await savePolicy(tx, {
      name: options.policy.name,
      document,
      contentHash: createHash("sha256").update(document).digest("hex"),
      now,
    });
    const campaignId = await insertCampaign(tx, {
      name,
      advisory_ids: JSON.stringify(plan.advisories.map((a) => a.id)),
      policy_id: policy.id,
      scope_path: scope,
      started_by: options.actor,
      started_at: now,
    });
    const runIds: number[] = [];
    for (const task of plan.tasks) runIds.push(...(await writeTask(tx, options, campaignId, task, now)));
    return { campaignId, policy, runIds };
  });
  const campaign = {
    id: written.campaignId,
    name,
    advisory_ids: JSON.stringify(plan.advisories.map((a) => a.id)),
    policy_id: written.policy.id,
    scope_path: scope,
    started_by: options.actor,
    started_at: now,
  };
  const actions = await runActions(store, campaign, options.policy, {
    actor: options.actor,
    runIds: written.runIds,
    ...(options.sleep && { sleep: options.sleep }),
  });
  return {
    campaignId: written.campaignId,
    name,
    policy: { name: options.policy.name, version: written.policy.version },
    plan,
    actions,
  };
}

/** One task, its creation in the history, an accepted risk, and its queued actions (run ids returned). */
async function writeTask(
  tx: Kysely<Schema>,
  options: StartOptions,
  campaignId: number,
  plan: TaskPlan,
  now: string,
): Promise<number[]> {
  const a = plan.asset;
  const row = {
    campaign_id: campaignId,
    asset_id: a.id,
    unit_path: a.unit,
    published: a.exposure === "internet" || a.tags.includes("public") ? 1 : 0,
    state: plan.finding,
    was_affected: plan.finding === "affected" ? 1 : 0,
    rule: plan.rule,
    actions: JSON.stringify(plan.actions),
    components: JSON.stringify(plan.components),
    deadline: plan.deadline,
    risk_reason: plan.acceptRisk?.reason ?? null,
    risk_expires: plan.acceptRisk?.expires ?? null,
    closed_at: null,
    patched_at: null,
    verified_at: null,
    reopened_at: null,
    created_at: now,
    updated_at: now,
  };
  const id = await insertTask(tx, row);
  await addHistory(tx, {
    task_id: id,
    from_state: null,
    to_state: plan.finding,
    actor: options.actor,
    reason: plan.why,
    at: now,
  });
  const task = { id, ...row };
  if (plan.acceptRisk) {
    const reason = `policy rule ${plan.rule}: ${plan.acceptRisk.reason} (until ${plan.acceptRisk.expires})`;
    await transitionTask(tx, task, "accepted-risk", { actor: options.actor, reason, now });
    return [];
  }
  const runs: number[] = [];
  if (plan.closing) {
    if (a.state === "in-service") runs.push(await queueAction(tx, options.policy, task, plan.closing, now));
    else if (a.state !== "retired") {
      const to = plan.closing === "shut-down" ? "shut-down" : "isolated";
      await transitionTask(tx, task, to, {
        actor: options.actor,
        reason: `already ${a.state} when the campaign started`,
        now,
      });
    }
  }
  for (const channel of plan.notify)
    runs.push(await queueAction(tx, options.policy, task, `notify:${channel}`, now));
  return runs;
}
