/**
 * The tables of access control, the audit log and the agent upload queue, as Kysely sees
 * them. Merged into `Schema` (schema.ts); created by migration 003-access.
 */
import type { Generated } from "kysely";

export interface UsersTable {
  id: Generated<number>;
  name: string;
  /** `scrypt$N$r$p$salt$hash` (base64url salt and hash). */
  password_hash: string;
  role: string;
  /** The org-unit subtree the user may read and change ("/" = everything). */
  scope_path: string;
  /** 1 = disabled: cannot log in, sessions and tokens stop working. */
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface TokensTable {
  id: Generated<number>;
  name: string;
  /** sha256 hex of the whole token; the token itself is shown once and never stored. */
  token_hash: string;
  /** The first characters of the token, so a user can tell tokens apart in lists. */
  prefix: string;
  role: string;
  scope_path: string;
  /** The user who owns the token, when one does (agent tokens may stand alone). */
  user_id: number | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SessionsTable {
  /** sha256 hex of the session cookie value. */
  id_hash: string;
  user_id: number;
  /** The value the web UI echoes in the X-CSRF-Token header. */
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  /** `user:NAME` or `token:NAME` (or `system`). */
  actor: string;
  action: string;
  /** The org unit the change belongs to; readers see rows within their scope. */
  unit_path: string;
  target_type: string;
  target_id: string;
  /** JSON text of the object before and after the change (null = did not exist). */
  before: string | null;
  after: string | null;
  request_id: string | null;
}

export interface ScanJobsTable {
  id: Generated<number>;
  asset_id: number;
  unit_path: string;
  /** sha256 hex of the decompressed body: the idempotency key with asset_id. */
  sha256: string;
  /** queued, processing, done, unchanged, failed */
  status: string;
  /** The decompressed SBOM, kept until the job is processed so a restart loses nothing. */
  body: Buffer | null;
  file_name: string;
  submitted_by: string;
  submitted_at: string;
  finished_at: string | null;
  attempts: number;
  scan_id: number | null;
  /** JSON text of the import result (counts, warnings). */
  result: string | null;
  error: string | null;
}

export interface AccessSchema {
  users: UsersTable;
  tokens: TokensTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  scan_jobs: ScanJobsTable;
}
