/** Policies (versioned by name and content) and campaigns. */
import type { Kysely, Selectable } from "kysely";
import type { CampaignsTable } from "./response-schema.js";
import type { Schema } from "./schema.js";
import { withinScope } from "./scope.js";

export type CampaignRow = Selectable<CampaignsTable>;

/** Stores a policy: the same content as the latest version of its name is that version; else a new one. */
export async function savePolicy(
  db: Kysely<Schema>,
  p: { name: string; document: string; contentHash: string; now: string },
): Promise<{ id: number; version: number }> {
  const latest = await db
    .selectFrom("policies")
    .select(["id", "version", "content_hash"])
    .where("name", "=", p.name)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  if (latest && latest.content_hash === p.contentHash) return { id: latest.id, version: latest.version };
  const version = (latest?.version ?? 0) + 1;
  const row = await db
    .insertInto("policies")
    .values({ name: p.name, version, content_hash: p.contentHash, document: p.document, created_at: p.now })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, version };
}

export async function policyById(
  db: Kysely<Schema>,
  id: number,
): Promise<{ name: string; version: number; document: string } | undefined> {
  return db
    .selectFrom("policies")
    .select(["name", "version", "document"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function insertCampaign(db: Kysely<Schema>, row: Omit<CampaignsTable, "id">): Promise<number> {
  const out = await db.insertInto("campaigns").values(row).returning("id").executeTakeFirstOrThrow();
  return out.id;
}

export async function campaignById(db: Kysely<Schema>, id: number): Promise<CampaignRow | undefined> {
  return db.selectFrom("campaigns").selectAll().where("id", "=", id).executeTakeFirst();
}

export interface CampaignListRow extends CampaignRow {
  tasks: number;
}

/** Campaigns with the number of their tasks inside `scope`; a campaign with none there is left out unless it covers the scope. */
export async function listCampaigns(db: Kysely<Schema>, scope: string): Promise<CampaignListRow[]> {
  const rows = await db
    .selectFrom("campaigns as c")
    .leftJoin("tasks as t", (j) =>
      j.onRef("t.campaign_id", "=", "c.id").on((eb) => withinScope(eb, "t.unit_path", scope)),
    )
    .selectAll("c")
    .select((eb) => eb.fn.count<number>("t.id").as("tasks"))
    .groupBy([
      "c.id",
      "c.name",
      "c.advisory_ids",
      "c.policy_id",
      "c.scope_path",
      "c.started_by",
      "c.started_at",
    ])
    .orderBy("c.id", "desc")
    .execute();
  return rows
    .map((r) => ({ ...r, tasks: Number(r.tasks) }))
    .filter((r) => r.tasks > 0 || scope === "/" || scope.startsWith(r.scope_path));
}
