/**
 * The append-only audit log: rows are inserted and read, never updated or deleted (no
 * function here does either). Readers see the rows whose unit lies within their scope.
 */
import type { Insertable, Kysely, Selectable } from "kysely";
import type { AuditLogTable } from "./access-schema.js";
import type { Schema } from "./schema.js";
import { withinScope } from "./scope.js";

export type AuditRow = Selectable<AuditLogTable>;

export async function appendAudit(db: Kysely<Schema>, row: Insertable<AuditLogTable>): Promise<number> {
  const inserted = await db.insertInto("audit_log").values(row).returning("id").executeTakeFirstOrThrow();
  return inserted.id;
}

export interface AuditQuery {
  scope: string;
  /** Only rows of this unit subtree (already narrowed to the reader's scope). */
  unit?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Rows with an id below this one (newest first, keyset pagination). */
  before?: number;
  limit: number;
}

export async function listAudit(db: Kysely<Schema>, q: AuditQuery): Promise<AuditRow[]> {
  let query = db
    .selectFrom("audit_log")
    .selectAll()
    .where((eb) => withinScope(eb, "unit_path", q.scope));
  if (q.unit !== undefined) query = query.where((eb) => withinScope(eb, "unit_path", q.unit ?? "/"));
  if (q.action !== undefined) query = query.where("action", "=", q.action);
  if (q.targetType !== undefined) query = query.where("target_type", "=", q.targetType);
  if (q.targetId !== undefined) query = query.where("target_id", "=", q.targetId);
  if (q.before !== undefined) query = query.where("id", "<", q.before);
  return query.orderBy("id", "desc").limit(q.limit).execute();
}
