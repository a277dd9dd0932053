/**
 * Advisories and what they match: each advisory once (its merged, normalised document kept
 * whole), every id it is known by, the package names it touches (the index that makes a new
 * SBOM re-match only its own packages), the stored matches at package level and at OS level,
 * and the decisions (VEX statements, analysts) that say an asset is not affected.
 */
import type { Kysely } from "kysely";
import type { MigrationContext } from "./index.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable("advisories")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("summary", "text")
    .addColumn("severity_level", "text", (c) => c.notNull())
    .addColumn("score", "real")
    .addColumn("cvss3_vector", "text")
    .addColumn("cvss4_vector", "text")
    .addColumn("kev_date_added", "text")
    .addColumn("kev_due_date", "text")
    .addColumn("published", "text")
    .addColumn("modified", "text")
    .addColumn("withdrawn", "text")
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .execute();
  // What each feed said, kept apart so a corrected record replaces its earlier self and the
  // merged advisory is recomputed from the records, not unioned with stale data forever.
  await db.schema
    .createTable("advisory_records")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("advisory_id", "text", (c) => c.notNull())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("advisory_records_advisory")
    .on("advisory_records")
    .column("advisory_id")
    .execute();
  await db.schema
    .createTable("advisory_ids")
    .addColumn("alias", "text", (c) => c.primaryKey())
    .addColumn("advisory_id", "text", (c) => c.notNull().references("advisories.id").onDelete("cascade"))
    .execute();
  await db.schema.createIndex("advisory_ids_advisory").on("advisory_ids").column("advisory_id").execute();
  await db.schema
    .createTable("advisory_names")
    .addColumn("advisory_id", "text", (c) => c.notNull().references("advisories.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("advisory_names_pk", ["name", "advisory_id"])
    .execute();
  await db.schema.createIndex("advisory_names_advisory").on("advisory_names").column("advisory_id").execute();
  await db.schema
    .createTable("package_matches")
    .addColumn("advisory_id", "text", (c) => c.notNull().references("advisories.id").onDelete("cascade"))
    .addColumn("package_id", "integer", (c) => c.notNull().references("packages.id"))
    .addColumn("fixed", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("package_matches_pk", ["advisory_id", "package_id"])
    .execute();
  await db.schema.createIndex("package_matches_package").on("package_matches").column("package_id").execute();
  await db.schema
    .createTable("os_matches")
    .addColumn("advisory_id", "text", (c) => c.notNull().references("advisories.id").onDelete("cascade"))
    .addColumn("asset_id", "integer", (c) => c.notNull().references("assets.id"))
    .addColumn("cpe", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("os_matches_pk", ["advisory_id", "asset_id"])
    .execute();
  await db.schema.createIndex("os_matches_asset").on("os_matches").column("asset_id").execute();
  await db.schema
    .createTable("decisions")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("advisory_id", "text", (c) => c.notNull())
    .addColumn("asset_id", "integer")
    .addColumn("purl", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("justification", "text")
    .addColumn("detail", "text")
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("decided_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("decisions_advisory")
    .on("decisions")
    .columns(["advisory_id", "asset_id"])
    .execute();
}
