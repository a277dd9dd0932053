/**
 * Response campaigns within the caller's scope (list, start, progress, tasks, transitions,
 * reopen queue, reopen) and the public, read-only status page `/status/:id` (no login:
 * only published services' names and statuses leave).
 */
import { z } from "zod";
import { narrowScope, recordAudit } from "../../access/index.js";
import { AccessError } from "../../domain/errors.js";
import {
  actionText,
  campaignProgress,
  defaultPolicy,
  loadCampaign,
  moveTask,
  reopenAssets,
  reopenQueue,
  startCampaign,
  statusHtml,
  statusList,
  TASK_STATES,
  validatePolicy,
} from "../../response/index.js";
import { listCampaigns } from "../../store/campaigns-repository.js";
import { tasksOfCampaign } from "../../store/tasks-repository.js";
import { defineRoute } from "../route.js";
import { idText, unitPath } from "../schemas.js";

const campaignParams = z.strictObject({ id: idText });
const summary = z.object({
  succeeded: z.number(),
  failed: z.number(),
  manual: z.number(),
  failures: z.array(z.unknown()),
});
const taskItem = z.object({
  id: z.number(),
  assetId: z.number(),
  asset: z.string(),
  unit: z.string(),
  state: z.string(),
  exposure: z.string(),
  criticality: z.number(),
  deadline: z.string().nullable(),
  closedAt: z.string().nullable(),
});

type TaskLike = Awaited<ReturnType<typeof tasksOfCampaign>>[number];
const toItem = (t: TaskLike) => ({
  id: t.id,
  assetId: t.asset_id,
  asset: t.asset,
  unit: t.unit_path,
  state: t.state,
  exposure: t.exposure,
  criticality: t.criticality,
  deadline: t.deadline,
  closedAt: t.closed_at,
});

export const campaignsRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/campaigns",
    summary: "Campaigns touching the caller's scope, with their task counts there",
    tag: "campaigns",
    access: ["read"],
    response: z.object({
      items: z.array(
        z.object({
          id: z.number(),
          name: z.string(),
          advisories: z.array(z.string()),
          scope: z.string(),
          startedAt: z.string(),
          tasks: z.number(),
        }),
      ),
    }),
    handler: async ({ services, caller }) => {
      const rows = await listCampaigns(services.store.db, caller().scope);
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          advisories: JSON.parse(r.advisory_ids) as string[],
          scope: r.scope_path,
          startedAt: r.started_at,
          tasks: r.tasks,
        })),
      };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/campaigns",
    summary: "Start a campaign for advisories within the caller's scope (a policy document, or the default)",
    tag: "campaigns",
    access: ["write"],
    status: 201,
    body: z.strictObject({
      advisories: z.array(z.string().min(1).max(200)).min(1).max(50),
      policy: z.unknown().optional(),
      unit: unitPath.optional(),
      name: z.string().min(1).max(200).optional(),
      dryRun: z.boolean().default(false),
    }),
    example: { body: { advisories: ["CVE-2021-44228"], dryRun: true } },
    response: z.object({
      campaignId: z.number().nullable(),
      name: z.string(),
      tasks: z.number(),
      actions: summary.nullable(),
    }),
    handler: async ({ body, services, caller, actor }) => {
      const scope = narrowScope(caller().scope, body.unit);
      if (scope === null) throw new AccessError(`unit ${body.unit} is outside the caller's scope`);
      const policy = body.policy === undefined ? defaultPolicy() : validatePolicy(body.policy, "policy");
      const who = actor();
      const result = await startCampaign(services.store, {
        advisories: body.advisories,
        policy,
        actor: who.name,
        scope,
        dryRun: body.dryRun,
        ...(body.name !== undefined && { name: body.name }),
      });
      if (result.campaignId !== null)
        await recordAudit(services.store.db, {
          actor: who.name,
          action: "campaign.start",
          unitPath: scope,
          targetType: "campaign",
          targetId: result.campaignId,
          after: { advisories: body.advisories, policy: result.policy },
          requestId: who.requestId,
        });
      return {
        campaignId: result.campaignId,
        name: result.name,
        tasks: result.plan.tasks.length,
        actions: result.actions,
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/campaigns/:id",
    summary:
      "A campaign's progress in the caller's scope: counts per state per region, time down, overdue tasks",
    tag: "campaigns",
    access: ["read"],
    resource: "campaign",
    params: campaignParams,
    response: z.object({
      campaign: z.object({ id: z.number(), name: z.string() }),
      tasks: z.number(),
      totals: z.record(z.string(), z.number()),
    }),
    handler: async ({ params, services, caller }) =>
      campaignProgress(services.store, params.id, { scope: caller().scope }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/campaigns/:id/tasks",
    summary: "A campaign's tasks in the caller's scope, most critical first",
    tag: "campaigns",
    access: ["read"],
    resource: "campaign",
    params: campaignParams,
    response: z.object({ items: z.array(taskItem.extend({ actions: z.array(z.string()) })) }),
    handler: async ({ params, services, caller }) => {
      const scope = caller().scope;
      await loadCampaign(services.store.db, params.id, scope);
      const tasks = await tasksOfCampaign(services.store.db, params.id, scope);
      return {
        items: tasks.map((t) => ({
          ...toItem(t),
          actions: (JSON.parse(t.actions) as Parameters<typeof actionText>[0][]).map(actionText),
        })),
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/campaigns/:id/reopen-queue",
    summary: "Verified services still closed, in reopening order (criticality, internet first, longest down)",
    tag: "campaigns",
    access: ["read"],
    resource: "campaign",
    params: campaignParams,
    response: z.object({ items: z.array(taskItem) }),
    handler: async ({ params, services, caller }) => ({
      items: (await reopenQueue(services.store, params.id, caller().scope)).map(toItem),
    }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/campaigns/:id/transitions",
    summary:
      "Move an asset's task to another state (recorded with who, when and why); 409 when the state machine forbids it",
    tag: "campaigns",
    access: ["write"],
    resource: "campaign",
    params: campaignParams,
    body: z.strictObject({
      assetId: z.number().int().positive(),
      to: z.enum(TASK_STATES),
      reason: z.string().trim().min(1).max(2000),
      override: z.boolean().optional(),
    }),
    example: { body: { assetId: 1, to: "isolated", reason: "cut off at the firewall" } },
    response: z.object({ id: z.number(), state: z.string() }),
    handler: async ({ params, body, services, caller, actor }) => {
      const who = actor();
      const task = await moveTask(services.store, params.id, `#${body.assetId}`, body.to, {
        actor: who.name,
        scope: caller().scope,
        reason: body.reason,
        ...(body.override !== undefined && { override: body.override }),
      });
      await recordAudit(services.store.db, {
        actor: who.name,
        action: "campaign.task",
        unitPath: task.unit_path,
        targetType: "task",
        targetId: task.id,
        after: { state: task.state, reason: body.reason },
        requestId: who.requestId,
      });
      return { id: task.id, state: task.state };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/campaigns/:id/reopen",
    summary: "Reopen verified services (runs the reopen action)",
    tag: "campaigns",
    access: ["write"],
    resource: "campaign",
    params: campaignParams,
    body: z.strictObject({
      assetIds: z.array(z.number().int().positive()).max(1000),
      reason: z.string().max(2000).optional(),
    }),
    example: { body: { assetIds: [] } },
    response: z.object({ reopened: z.array(z.string()), actions: summary }),
    handler: async ({ params, body, services, caller, actor }) =>
      reopenAssets(
        services.store,
        params.id,
        body.assetIds.map((id) => `#${id}`),
        {
          actor: actor().name,
          scope: caller().scope,
          ...(body.reason !== undefined && { reason: body.reason }),
        },
      ),
  }),
  defineRoute({
    method: "GET",
    url: "/status/:id",
    summary:
      "The public status page of a campaign (French and English): published services reopened, closed or under inspection",
    tag: "status",
    access: "public",
    resource: "campaign",
    params: campaignParams,
    produces: "text/html; charset=utf-8",
    response: z.string(),
    handler: async ({ params, services }) => statusHtml(await statusList(services.store, params.id)),
  }),
];
