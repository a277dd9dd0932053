/** API tokens (stored as sha256 hashes) and web sessions (stored as sha256 of the cookie). */
import type { Insertable, Kysely, Selectable } from "kysely";
import type { SessionsTable, TokensTable } from "./access-schema.js";
import type { Schema } from "./schema.js";
import { withinScope } from "./scope.js";

export type TokenRow = Selectable<TokensTable>;
export type SessionRow = Selectable<SessionsTable>;

export async function insertToken(db: Kysely<Schema>, token: Insertable<TokensTable>): Promise<TokenRow> {
  return db.insertInto("tokens").values(token).returningAll().executeTakeFirstOrThrow();
}

export async function findTokenByHash(db: Kysely<Schema>, hash: string): Promise<TokenRow | undefined> {
  return db.selectFrom("tokens").selectAll().where("token_hash", "=", hash).executeTakeFirst();
}

export async function findTokenById(db: Kysely<Schema>, id: number): Promise<TokenRow | undefined> {
  return db.selectFrom("tokens").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listTokensWithin(db: Kysely<Schema>, scope: string): Promise<TokenRow[]> {
  return db
    .selectFrom("tokens")
    .selectAll()
    .where((eb) => withinScope(eb, "scope_path", scope))
    .orderBy("id")
    .execute();
}

export async function revokeTokenRow(db: Kysely<Schema>, id: number, now: string): Promise<void> {
  await db.updateTable("tokens").set({ revoked_at: now }).where("id", "=", id).execute();
}

export async function touchToken(db: Kysely<Schema>, id: number, now: string): Promise<void> {
  await db.updateTable("tokens").set({ last_used_at: now }).where("id", "=", id).execute();
}

export async function insertSession(db: Kysely<Schema>, session: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

export async function findSession(db: Kysely<Schema>, idHash: string): Promise<SessionRow | undefined> {
  return db.selectFrom("sessions").selectAll().where("id_hash", "=", idHash).executeTakeFirst();
}

export async function deleteSession(db: Kysely<Schema>, idHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<Schema>, now: string): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<", now).execute();
}
