/**
 * `needle import units FILE`: CSV `path,name,kind` or a JSON array of the same fields.
 * Parents may come after their children in the file; every parent must exist in the file
 * or already in the store. One transaction per file; re-importing changes nothing.
 */
import { z } from "zod";
import { type OrgUnit, parentPath, unitPathProblem } from "../domain/org-unit.js";
import type { Store } from "../store/store.js";
import { existingUnitPaths, upsertUnits } from "../store/units-repository.js";
import { DEFAULT_MAX_TABLE_BYTES, parseRecords, readBoundedFile } from "./read-records.js";
import { check, ProblemList } from "./validate.js";

const unitRecord = z.object({
  path: z
    .string()
    .min(1, "expected a unit path such as /qc/r06/h123")
    .refine((p) => unitPathProblem(p) === null, {
      message: "expected a path of lowercase segments such as /qc/r06",
    }),
  name: z.string().min(1, "expected a non-empty name"),
  kind: z.string().min(1, "expected a kind such as region, hospital, department"),
});

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export async function importUnitsFile(store: Store, file: string): Promise<ImportCounts> {
  const text = (await readBoundedFile(file, DEFAULT_MAX_TABLE_BYTES)).toString("utf8");
  return importUnitsText(store, text, file);
}

export async function importUnitsText(store: Store, text: string, file: string): Promise<ImportCounts> {
  const records = parseRecords(text, file, ["path", "name", "kind"]);
  const problems = new ProblemList(file);
  const units = new Map<string, OrgUnit>();
  for (const record of records) {
    const unit = check(unitRecord, record.values, record.where, problems);
    if (!unit) continue;
    if (units.has(unit.path)) problems.add(record.where, `unit "${unit.path}" appears twice in the file`);
    units.set(unit.path, unit);
  }
  problems.throwIfAny();
  return store.db.transaction().execute(async (tx) => {
    const parents = [...units.keys()].map(parentPath).filter((p): p is string => p !== null && !units.has(p));
    const known = await existingUnitPaths(tx, parents);
    for (const [path] of units) {
      const parent = parentPath(path);
      if (parent !== null && !units.has(parent) && !known.has(parent)) {
        problems.add(file, `unit "${path}": its parent "${parent}" is neither in the file nor in the store`);
      }
    }
    problems.throwIfAny();
    return upsertUnits(tx, [...units.values()]);
  });
}
