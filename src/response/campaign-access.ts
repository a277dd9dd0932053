/** Loads a campaign and its policy for a caller whose scope overlaps the campaign's; anything else is "no such campaign". */
import type { Kysely } from "kysely";
import { NotFoundError } from "../domain/errors.js";
import { resolveAsset } from "../inventory/resolve-asset.js";
import { type CampaignRow, campaignById, policyById } from "../store/campaigns-repository.js";
import type { Schema } from "../store/schema.js";
import type { TaskRow } from "../store/tasks-repository.js";
import { validatePolicy } from "./policy.js";
import type { PolicyDocument } from "./policy-schema.js";

export interface LoadedCampaign {
  campaign: CampaignRow;
  policy: PolicyDocument;
  policyVersion: number;
}

export function within(path: string, scope: string): boolean {
  return scope === "/" || path === scope || path.startsWith(`${scope}/`);
}

export async function loadCampaign(db: Kysely<Schema>, id: number, scope = "/"): Promise<LoadedCampaign> {
  const campaign = Number.isInteger(id) ? await campaignById(db, id) : undefined;
  if (!campaign || !(within(campaign.scope_path, scope) || within(scope, campaign.scope_path)))
    throw new NotFoundError(
      `no campaign ${id}${scope === "/" ? "" : ` in scope ${scope}`} (see \`needle campaign list\`)`,
    );
  const stored = await policyById(db, campaign.policy_id);
  if (!stored) throw new NotFoundError(`campaign ${id}: its policy ${campaign.policy_id} is missing`);
  const policy = validatePolicy(JSON.parse(stored.document), `policy ${stored.name} v${stored.version}`);
  return { campaign, policy, policyVersion: stored.version };
}

/** The campaign's task for an asset named by NAME, UNITPATH/NAME or #ID, within scope. */
export async function taskForAsset(
  db: Kysely<Schema>,
  campaignId: number,
  reference: string,
  scope: string,
): Promise<TaskRow> {
  const assetId =
    /^#?\d+$/.test(reference) && reference.startsWith("#")
      ? Number(reference.slice(1))
      : (await resolveAsset(db, reference)).id;
  const task = await db
    .selectFrom("tasks")
    .selectAll()
    .where("campaign_id", "=", campaignId)
    .where("asset_id", "=", assetId)
    .executeTakeFirst();
  if (!task || !within(task.unit_path, scope))
    throw new NotFoundError(
      `campaign ${campaignId} has no task for asset "${reference}"${scope === "/" ? "" : ` in scope ${scope}`}`,
    );
  return task;
}
