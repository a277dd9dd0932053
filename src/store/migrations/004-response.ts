/**
 * The response: policies (each content a new version of its name), campaigns, one task per
 * asset and campaign with its state, the append-only history of every transition, and the
 * action runs (adapter, attempts, last error) so no failed action goes unseen.
 */
import type { Kysely } from "kysely";
import type { MigrationContext } from "./index.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable("policies")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("policies_name_version", ["name", "version"])
    .execute();

  await db.schema
    .createTable("campaigns")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("advisory_ids", "text", (c) => c.notNull())
    .addColumn("policy_id", "integer", (c) => c.notNull().references("policies.id"))
    .addColumn("scope_path", ctx.pathText, (c) => c.notNull())
    .addColumn("started_by", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("tasks")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("campaign_id", "integer", (c) => c.notNull().references("campaigns.id"))
    .addColumn("asset_id", "integer", (c) => c.notNull().references("assets.id"))
    .addColumn("unit_path", ctx.pathText, (c) => c.notNull())
    .addColumn("published", "integer", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("was_affected", "integer", (c) => c.notNull())
    .addColumn("rule", "text")
    .addColumn("actions", "text", (c) => c.notNull())
    .addColumn("components", "text", (c) => c.notNull())
    .addColumn("deadline", "text")
    .addColumn("risk_reason", "text")
    .addColumn("risk_expires", "text")
    .addColumn("closed_at", "text")
    .addColumn("patched_at", "text")
    .addColumn("verified_at", "text")
    .addColumn("reopened_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("tasks_campaign_asset", ["campaign_id", "asset_id"])
    .execute();
  await db.schema.createIndex("tasks_asset").on("tasks").column("asset_id").execute();
  await db.schema
    .createIndex("tasks_campaign_unit")
    .on("tasks")
    .columns(["campaign_id", "unit_path"])
    .execute();

  await db.schema
    .createTable("task_history")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id"))
    .addColumn("from_state", "text")
    .addColumn("to_state", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("task_history_task").on("task_history").column("task_id").execute();

  await db.schema
    .createTable("action_runs")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("adapter", "text", (c) => c.notNull())
    .addColumn("idempotency_key", "text", (c) => c.notNull().unique())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("action_runs_task").on("action_runs").column("task_id").execute();
}
