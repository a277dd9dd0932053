/**
 * The inventory: units, assets, packages (each distinct purl once), scans and the thin
 * occurrence rows that join them, and the network model.
 */
import type { Kysely } from "kysely";
import type { MigrationContext } from "./index.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable("units")
    .addColumn("path", ctx.pathText, (c) => c.primaryKey())
    .addColumn("parent_path", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("depth", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("assets")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("unit_path", ctx.pathText, (c) => c.notNull().references("units.path"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("hostnames", "text", (c) => c.notNull())
    .addColumn("ips", "text", (c) => c.notNull())
    .addColumn("urls", "text", (c) => c.notNull())
    .addColumn("segment", "text")
    .addColumn("os_family", "text")
    .addColumn("os_name", "text")
    .addColumn("os_version", "text")
    .addColumn("os_build", "text")
    .addColumn("os_service_pack", "text")
    .addColumn("criticality", "integer", (c) => c.notNull())
    .addColumn("exposure", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("av_product", "text")
    .addColumn("av_signature_date", "text")
    .addColumn("owner_contact", "text")
    .addColumn("tags", "text", (c) => c.notNull())
    .addColumn("last_seen", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("assets_unit_name", ["unit_path", "name"])
    .execute();
  await db.schema.createIndex("assets_name").on("assets").column("name").execute();

  await db.schema
    .createTable("packages")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("purl", "text", (c) => c.notNull().unique())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("namespace", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("version", "text", (c) => c.notNull())
    .addColumn("qualifiers", "text", (c) => c.notNull())
    .addColumn("cpe", "text")
    .execute();
  // Matching looks packages up by name (and type/namespace): an index lookup, never a scan.
  await db.schema
    .createIndex("packages_name")
    .on("packages")
    .columns(["name", "type", "namespace"])
    .execute();

  await db.schema
    .createTable("scans")
    .addColumn("id", ctx.serial, (c) => c.primaryKey())
    .addColumn("asset_id", "integer", (c) => c.notNull().references("assets.id"))
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("spec_version", "text", (c) => c.notNull())
    .addColumn("tool", "text")
    .addColumn("file_name", "text")
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .addColumn("component_count", "integer", (c) => c.notNull())
    .addColumn("occurrence_count", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("scans_asset").on("scans").columns(["asset_id", "source"]).execute();

  // Tens of millions of rows: no surrogate key, two indexes (by package for matching,
  // by asset+source for the atomic replace of one source's occurrences).
  await db.schema
    .createTable("occurrences")
    .addColumn("asset_id", "integer", (c) => c.notNull())
    .addColumn("package_id", "integer", (c) => c.notNull())
    .addColumn("location", "text", (c) => c.notNull())
    .addColumn("scan_id", "integer", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("properties", "text")
    .execute();
  await db.schema.createIndex("occurrences_package").on("occurrences").column("package_id").execute();
  await db.schema
    .createIndex("occurrences_asset")
    .on("occurrences")
    .columns(["asset_id", "source"])
    .execute();

  await db.schema
    .createTable("segments")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("unit_path", ctx.pathText, (c) => c.notNull().references("units.path"))
    .addColumn("cidrs", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("links")
    .addColumn("from_segment", "text", (c) => c.notNull().references("segments.name"))
    .addColumn("to_segment", "text", (c) => c.notNull().references("segments.name"))
    .addColumn("kbps", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("links_pk", ["from_segment", "to_segment"])
    .execute();
  await db.schema
    .createTable("flows")
    .addColumn("from_segment", "text", (c) => c.notNull().references("segments.name"))
    .addColumn("to_segment", "text", (c) => c.notNull().references("segments.name"))
    .addColumn("protocol", "text", (c) => c.notNull())
    .addColumn("ports", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("flows_pk", ["from_segment", "to_segment", "protocol", "ports"])
    .execute();
  await db.schema
    .createTable("dependencies")
    .addColumn("from_asset_id", "integer", (c) => c.notNull().references("assets.id"))
    .addColumn("to_asset_id", "integer", (c) => c.notNull().references("assets.id"))
    .addColumn("label", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("dependencies_pk", ["from_asset_id", "to_asset_id", "label"])
    .execute();
}
