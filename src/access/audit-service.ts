/**
 * The audit trail: who changed what, when, with the object before and after. Services
 * write the row in the same transaction as the change, so neither exists without the other.
 */
import type { Kysely } from "kysely";
import { type AuditRow, appendAudit, listAudit } from "../store/audit-repository.js";
import type { Schema } from "../store/schema.js";

export interface AuditEntry {
  actor: string;
  action: string;
  unitPath: string;
  targetType: string;
  targetId: string | number;
  before?: unknown;
  after?: unknown;
  requestId?: string | undefined;
}

export async function recordAudit(db: Kysely<Schema>, entry: AuditEntry): Promise<number> {
  return appendAudit(db, {
    at: new Date().toISOString(),
    actor: entry.actor,
    action: entry.action,
    unit_path: entry.unitPath,
    target_type: entry.targetType,
    target_id: String(entry.targetId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    request_id: entry.requestId ?? null,
  });
}

export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  action: string;
  unit: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export function auditRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    unit: row.unit_path,
    targetType: row.target_type,
    targetId: row.target_id,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    requestId: row.request_id,
  };
}

export { listAudit };
