/**
 * The technician's view of one machine's response work: every campaign task of an asset in
 * the caller's scope, with what was found where, the fix to install, the deadline, and the
 * history of the task (who moved it, when, why), so "verified by scan at 14:32" can be shown.
 */
import { z } from "zod";
import { within } from "../../response/campaign-access.js";
import { actionText } from "../../response/index.js";
import { defineRoute } from "../route.js";
import { idText } from "../schemas.js";
import { requireAsset } from "./assets-routes.js";

const stored = {
  advisories: z.array(z.string()),
  components: z.array(z.object({ purl: z.string(), location: z.string(), fixed: z.array(z.string()) })),
  /** The stored form of a policy action (PolicyAction in response/policy.ts). */
  actions: z.array(
    z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("shut-down") }),
      z.object({ kind: z.literal("isolate") }),
      z.object({ kind: z.literal("patch-within"), ms: z.number(), text: z.string() }),
      z.object({ kind: z.literal("notify"), channel: z.string() }),
      z.object({ kind: z.literal("accept-risk"), reason: z.string(), expires: z.string() }),
    ]),
  ),
};

const historyItem = z.object({
  from: z.string().nullable(),
  to: z.string(),
  actor: z.string(),
  reason: z.string(),
  at: z.string(),
});

const assetTask = z.object({
  id: z.number(),
  campaignId: z.number(),
  campaign: z.string(),
  advisories: z.array(z.string()),
  state: z.string(),
  deadline: z.string().nullable(),
  actions: z.array(z.string()),
  components: stored.components,
  closedAt: z.string().nullable(),
  patchedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  /** The latest move to `verified` while the task is verified: by "scan", or by a person's override. */
  verifiedBy: z.string().nullable(),
  history: z.array(historyItem),
});

type Db = Parameters<typeof requireAsset>[0];

async function tasksWithCampaigns(db: Db, assetId: number) {
  return db
    .selectFrom("tasks as t")
    .innerJoin("campaigns as c", "c.id", "t.campaign_id")
    .selectAll("t")
    .select(["c.name as campaign", "c.advisory_ids as advisoryIds"])
    .where("t.asset_id", "=", assetId)
    .orderBy("c.started_at", "desc")
    .orderBy("t.id", "desc")
    .execute();
}

async function historyOf(db: Db, taskIds: readonly number[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom("task_history")
    .selectAll()
    .where("task_id", "in", [...taskIds])
    .orderBy("id")
    .execute();
}

export const assetTasksRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/assets/:id/tasks",
    summary: "The campaign tasks of one asset, newest campaign first, each with its history (who, when, why)",
    tag: "assets",
    access: ["read"],
    resource: "asset",
    params: z.strictObject({ id: idText }),
    response: z.object({ items: z.array(assetTask) }),
    handler: async ({ params, services, caller }) => {
      const scope = caller().scope;
      const db = services.store.db;
      const asset = await requireAsset(db, params.id, scope);
      const tasks = (await tasksWithCampaigns(db, asset.id)).filter((t) => within(t.unit_path, scope));
      const history = await historyOf(
        db,
        tasks.map((t) => t.id),
      );
      return {
        items: tasks.map((t) => {
          const own = history
            .filter((h) => h.task_id === t.id)
            .map((h) => ({ from: h.from_state, to: h.to_state, actor: h.actor, reason: h.reason, at: h.at }));
          const verified = t.state === "verified" ? own.findLast((h) => h.to === "verified") : undefined;
          return {
            id: t.id,
            campaignId: t.campaign_id,
            campaign: t.campaign,
            advisories: stored.advisories.parse(JSON.parse(t.advisoryIds)),
            state: t.state,
            deadline: t.deadline,
            actions: stored.actions.parse(JSON.parse(t.actions)).map(actionText),
            components: stored.components.parse(JSON.parse(t.components)),
            closedAt: t.closed_at,
            patchedAt: t.patched_at,
            verifiedAt: t.verified_at,
            verifiedBy: verified?.actor ?? null,
            history: own,
          };
        }),
      };
    },
  }),
];
