/** Org units, keyed by their materialised path. */
import type { Kysely } from "kysely";
import { type OrgUnit, parentPath } from "../domain/org-unit.js";
import { chunks } from "./chunks.js";
import type { Schema } from "./schema.js";
import { withinScope } from "./scope.js";

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export async function existingUnitPaths(db: Kysely<Schema>, paths: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(paths)])) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom("units").select("path").where("path", "in", part).execute();
    for (const row of rows) found.add(row.path);
  }
  return found;
}

/** Inserts new units and updates changed ones, parents first; unchanged rows are not touched. */
export async function upsertUnits(db: Kysely<Schema>, units: readonly OrgUnit[]): Promise<UpsertCounts> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const existing = new Map<string, { name: string; kind: string }>();
  for (const part of chunks(units.map((u) => u.path))) {
    const rows = await db
      .selectFrom("units")
      .select(["path", "name", "kind"])
      .where("path", "in", part)
      .execute();
    for (const row of rows) existing.set(row.path, row);
  }
  const sorted = [...units].sort((a, b) => depthOf(a.path) - depthOf(b.path) || a.path.localeCompare(b.path));
  const fresh = [];
  for (const unit of sorted) {
    const before = existing.get(unit.path);
    if (!before) {
      fresh.push({
        path: unit.path,
        parent_path: parentPath(unit.path),
        name: unit.name,
        kind: unit.kind,
        depth: depthOf(unit.path),
      });
    } else if (before.name !== unit.name || before.kind !== unit.kind) {
      await db
        .updateTable("units")
        .set({ name: unit.name, kind: unit.kind })
        .where("path", "=", unit.path)
        .execute();
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  for (const part of chunks(fresh, 200)) await db.insertInto("units").values(part).execute();
  counts.created = fresh.length;
  return counts;
}

export interface UnitRow {
  path: string;
  name: string;
  kind: string;
  depth: number;
}

export async function listUnits(db: Kysely<Schema>, scope = "/"): Promise<UnitRow[]> {
  let query = db.selectFrom("units").select(["path", "name", "kind", "depth"]);
  if (scope !== "/") query = query.where((eb) => withinScope(eb, "path", scope));
  return query.orderBy("path").execute();
}

export function depthOf(path: string): number {
  return path.split("/").length - 1;
}
