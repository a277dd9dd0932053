/**
 * Campaign tasks with their assets, the append-only history of their states, and the
 * action runs of the adapters. Every read takes a unit scope: the same queries serve the
 * national centre, a region and a hospital.
 */
import type { Insertable, Kysely, Selectable } from "kysely";
import { assetFromRow, type StoredAsset } from "./assets-repository.js";
import { chunks } from "./chunks.js";
import type { ActionRunsTable, TaskHistoryTable, TasksTable } from "./response-schema.js";
import type { Schema } from "./schema.js";
import { withinScope } from "./scope.js";

export type TaskRow = Selectable<TasksTable>;
export type ActionRunRow = Selectable<ActionRunsTable>;
export type HistoryRow = Selectable<TaskHistoryTable>;

/** A task with the asset fields the response needs. */
export interface TaskView extends TaskRow {
  asset: string;
  kind: string;
  exposure: string;
  criticality: number;
  tags: string;
  assetState: string;
  ownerContact: string | null;
  hostnames: string;
  ips: string;
  urls: string;
}

export async function insertTask(db: Kysely<Schema>, row: Insertable<TasksTable>): Promise<number> {
  const out = await db.insertInto("tasks").values(row).returning("id").executeTakeFirstOrThrow();
  return out.id;
}

function taskViews(db: Kysely<Schema>) {
  return db
    .selectFrom("tasks as t")
    .innerJoin("assets as a", "a.id", "t.asset_id")
    .selectAll("t")
    .select([
      "a.name as asset",
      "a.kind",
      "a.exposure",
      "a.criticality",
      "a.tags",
      "a.state as assetState",
      "a.owner_contact as ownerContact",
      "a.hostnames",
      "a.ips",
      "a.urls",
    ]);
}

export async function tasksOfCampaign(
  db: Kysely<Schema>,
  campaignId: number,
  scope: string,
): Promise<TaskView[]> {
  return taskViews(db)
    .where("t.campaign_id", "=", campaignId)
    .where((eb) => withinScope(eb, "t.unit_path", scope))
    .orderBy("a.criticality", "desc")
    .orderBy("t.unit_path")
    .orderBy("a.name")
    .execute();
}

export async function taskById(db: Kysely<Schema>, id: number): Promise<TaskView | undefined> {
  return taskViews(db).where("t.id", "=", id).executeTakeFirst();
}

/** The tasks of an asset in every campaign, with the campaign's advisories (for verification). */
export async function tasksOfAsset(
  db: Kysely<Schema>,
  assetId: number,
): Promise<(TaskRow & { advisoryIds: string; policyId: number })[]> {
  return db
    .selectFrom("tasks as t")
    .innerJoin("campaigns as c", "c.id", "t.campaign_id")
    .selectAll("t")
    .select(["c.advisory_ids as advisoryIds", "c.policy_id as policyId"])
    .where("t.asset_id", "=", assetId)
    .orderBy("t.id")
    .execute();
}

export async function updateTask(
  db: Kysely<Schema>,
  id: number,
  set: Partial<Omit<TasksTable, "id" | "campaign_id" | "asset_id">>,
): Promise<void> {
  await db.updateTable("tasks").set(set).where("id", "=", id).execute();
}

export async function addHistory(db: Kysely<Schema>, row: Insertable<TaskHistoryTable>): Promise<void> {
  await db.insertInto("task_history").values(row).execute();
}

export async function historyOfCampaign(
  db: Kysely<Schema>,
  campaignId: number,
  scope: string,
): Promise<HistoryRow[]> {
  return db
    .selectFrom("task_history as h")
    .innerJoin("tasks as t", "t.id", "h.task_id")
    .selectAll("h")
    .where("t.campaign_id", "=", campaignId)
    .where((eb) => withinScope(eb, "t.unit_path", scope))
    .orderBy("h.id")
    .execute();
}

export async function insertActionRun(db: Kysely<Schema>, row: Insertable<ActionRunsTable>): Promise<number> {
  const out = await db.insertInto("action_runs").values(row).returning("id").executeTakeFirstOrThrow();
  return out.id;
}

export async function updateActionRun(
  db: Kysely<Schema>,
  id: number,
  set: Partial<Pick<ActionRunsTable, "status" | "attempts" | "last_error" | "updated_at">>,
): Promise<void> {
  await db.updateTable("action_runs").set(set).where("id", "=", id).execute();
}

export async function actionRunsOfCampaign(
  db: Kysely<Schema>,
  campaignId: number,
  scope: string,
  statuses?: readonly string[],
): Promise<ActionRunRow[]> {
  let q = db
    .selectFrom("action_runs as r")
    .innerJoin("tasks as t", "t.id", "r.task_id")
    .selectAll("r")
    .where("t.campaign_id", "=", campaignId)
    .where((eb) => withinScope(eb, "t.unit_path", scope));
  if (statuses) q = q.where("r.status", "in", [...statuses]);
  return q.orderBy("r.id").execute();
}

/** The components of an asset that the advisories match now (package level and OS level). */
export async function vulnerableComponents(
  db: Kysely<Schema>,
  assetId: number,
  advisoryIds: readonly string[],
): Promise<{ purl: string; location: string; fixed: string }[]> {
  if (advisoryIds.length === 0) return [];
  const packages = await db
    .selectFrom("package_matches as pm")
    .innerJoin("occurrences as o", "o.package_id", "pm.package_id")
    .innerJoin("packages as p", "p.id", "pm.package_id")
    .select(["p.purl", "o.location", "pm.fixed"])
    .where("o.asset_id", "=", assetId)
    .where("pm.advisory_id", "in", [...advisoryIds])
    .orderBy("p.purl")
    .orderBy("o.location")
    .execute();
  const os = await db
    .selectFrom("os_matches as om")
    .select([
      "om.cpe as purl",
      (eb) => eb.val("operating system").as("location"),
      (eb) => eb.val("[]").as("fixed"),
    ])
    .where("om.asset_id", "=", assetId)
    .where("om.advisory_id", "in", [...advisoryIds])
    .execute();
  return [...packages, ...os];
}

/** When the asset was last scanned by any source, or null when never. */
export async function lastScanAt(db: Kysely<Schema>, assetId: number): Promise<string | null> {
  const row = await db
    .selectFrom("scans")
    .select((eb) => eb.fn.max("imported_at").as("at"))
    .where("asset_id", "=", assetId)
    .executeTakeFirst();
  return row?.at ?? null;
}

/** Sets an asset's operational state (shut down or isolated by a campaign, back in service on reopening). */
export async function setAssetState(
  db: Kysely<Schema>,
  assetId: number,
  state: string,
  now: string,
): Promise<void> {
  await db.updateTable("assets").set({ state, updated_at: now }).where("id", "=", assetId).execute();
}

export async function assetsByIds(
  db: Kysely<Schema>,
  ids: readonly number[],
): Promise<Map<number, StoredAsset>> {
  const out = new Map<number, StoredAsset>();
  for (const part of chunks([...new Set(ids)])) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom("assets").selectAll().where("id", "in", part).execute();
    for (const row of rows) out.set(row.id, assetFromRow(row));
  }
  return out;
}

/** Assets of these kinds whose latest scan is older than `before`: scanned, but not since the flaw was known. */
export async function assetsScannedBefore(
  db: Kysely<Schema>,
  f: { scope: string; kinds: readonly string[]; before: string },
): Promise<number[]> {
  const rows = await db
    .selectFrom("assets as a")
    .innerJoin("scans as s", "s.asset_id", "a.id")
    .select("a.id")
    .where("a.kind", "in", [...f.kinds])
    .where((eb) => withinScope(eb, "a.unit_path", f.scope))
    .groupBy("a.id")
    .having((eb) => eb.fn.max("s.imported_at"), "<", f.before)
    .execute();
  return rows.map((r) => r.id);
}
