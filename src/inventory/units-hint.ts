/** Suggests the units near an unknown path, so "no unit /qc/r99" comes with what exists. */
import type { Kysely } from "kysely";
import { parentPath } from "../domain/org-unit.js";
import type { Schema } from "../store/schema.js";

/** Lists the children of the nearest ancestor that exists (or the roots). */
export async function knownUnitsHint(db: Kysely<Schema>, path: string): Promise<string> {
  let scope = parentPath(path);
  while (scope !== null) {
    const near = await db
      .selectFrom("units")
      .select("path")
      .where("parent_path", "=", scope)
      .orderBy("path")
      .execute();
    if (near.length > 0) return describe(near.map((u) => u.path));
    scope = parentPath(scope);
  }
  const roots = await db
    .selectFrom("units")
    .select("path")
    .where("parent_path", "is", null)
    .orderBy("path")
    .execute();
  return roots.length === 0
    ? "(the store has no units yet: import units first)"
    : describe(roots.map((r) => r.path));
}

function describe(paths: string[]): string {
  if (paths.length <= 6) return `(known: ${paths.join(", ")})`;
  return `(known: ${paths.slice(0, 3).join(", ")} ... ${paths.slice(-2).join(", ")}, ${paths.length} in all)`;
}
