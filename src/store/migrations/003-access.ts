/**
 * Users, API tokens, web sessions, the append-only audit log and the agent upload queue.
 * Scope columns use the binary-collated path type, so scope checks are prefix ranges.
 */
import type { Kysely } from "kysely";
import type { MigrationContext } from "./index.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("scope_path", ctx.pathText, (c) => c.notNull())
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("tokens")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("scope_path", ctx.pathText, (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("unit_path", ctx.pathText, (c) => c.notNull())
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("before", "text")
    .addColumn("after", "text")
    .addColumn("request_id", "text")
    .execute();
  await db.schema.createIndex("audit_log_unit").on("audit_log").columns(["unit_path", "id"]).execute();

  await db.schema
    .createTable("scan_jobs")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("asset_id", "integer", (c) => c.notNull().references("assets.id"))
    .addColumn("unit_path", ctx.pathText, (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("body", ctx.dialect === "sqlite" ? "blob" : "bytea")
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("submitted_by", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("scan_id", "integer")
    .addColumn("result", "text")
    .addColumn("error", "text")
    .addUniqueConstraint("scan_jobs_asset_sha256", ["asset_id", "sha256"])
    .execute();
  await db.schema.createIndex("scan_jobs_status").on("scan_jobs").columns(["status", "id"]).execute();
}
