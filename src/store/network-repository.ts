/** The network model: segments, links, allowed flows and service dependencies. */
import type { Kysely } from "kysely";
import type { Flow, Link, Segment } from "../domain/network.js";
import type { Schema } from "./schema.js";

export interface NetworkCounts {
  segments: number;
  links: number;
  flows: number;
  dependencies: number;
}

/** Upserts by natural key; returns how many rows were created or changed. */
export async function upsertNetwork(
  db: Kysely<Schema>,
  doc: {
    segments: Segment[];
    links: Link[];
    flows: Flow[];
    dependencies: { from: number; to: number; label: string }[];
  },
): Promise<NetworkCounts> {
  const counts = { segments: 0, links: 0, flows: 0, dependencies: 0 };
  for (const s of doc.segments) {
    const cidrs = JSON.stringify(s.cidrs);
    const before = await db.selectFrom("segments").selectAll().where("name", "=", s.name).executeTakeFirst();
    if (!before) await db.insertInto("segments").values({ name: s.name, unit_path: s.unit, cidrs }).execute();
    else if (before.unit_path !== s.unit || before.cidrs !== cidrs)
      await db.updateTable("segments").set({ unit_path: s.unit, cidrs }).where("name", "=", s.name).execute();
    else continue;
    counts.segments++;
  }
  for (const l of doc.links) {
    const before = await db
      .selectFrom("links")
      .selectAll()
      .where("from_segment", "=", l.from)
      .where("to_segment", "=", l.to)
      .executeTakeFirst();
    if (!before)
      await db.insertInto("links").values({ from_segment: l.from, to_segment: l.to, kbps: l.kbps }).execute();
    else if (before.kbps !== l.kbps)
      await db
        .updateTable("links")
        .set({ kbps: l.kbps })
        .where("from_segment", "=", l.from)
        .where("to_segment", "=", l.to)
        .execute();
    else continue;
    counts.links++;
  }
  for (const f of doc.flows) {
    const row = { from_segment: f.from, to_segment: f.to, protocol: f.protocol, ports: f.ports };
    const result = await db
      .insertInto("flows")
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    counts.flows += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  for (const d of doc.dependencies) {
    const result = await db
      .insertInto("dependencies")
      .values({ from_asset_id: d.from, to_asset_id: d.to, label: d.label })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    counts.dependencies += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return counts;
}

export async function existingSegmentNames(db: Kysely<Schema>): Promise<Set<string>> {
  const rows = await db.selectFrom("segments").select("name").execute();
  return new Set(rows.map((r) => r.name));
}
