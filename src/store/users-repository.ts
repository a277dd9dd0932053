/** Local users: name, scrypt password hash, role and the org-unit subtree they act in. */
import type { Insertable, Kysely, Selectable } from "kysely";
import type { UsersTable } from "./access-schema.js";
import type { Schema } from "./schema.js";
import { withinScope } from "./scope.js";

export type UserRow = Selectable<UsersTable>;

export async function insertUser(db: Kysely<Schema>, user: Insertable<UsersTable>): Promise<UserRow> {
  return db.insertInto("users").values(user).returningAll().executeTakeFirstOrThrow();
}

export async function findUserByName(db: Kysely<Schema>, name: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("name", "=", name).executeTakeFirst();
}

export async function findUserById(db: Kysely<Schema>, id: number): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Users whose own scope lies within `scope` (an admin of a region manages that region's users). */
export async function listUsersWithin(db: Kysely<Schema>, scope: string): Promise<UserRow[]> {
  return db
    .selectFrom("users")
    .selectAll()
    .where((eb) => withinScope(eb, "scope_path", scope))
    .orderBy("name")
    .execute();
}

export async function countUsers(db: Kysely<Schema>): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setUserDisabled(
  db: Kysely<Schema>,
  id: number,
  disabled: boolean,
  now: string,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ disabled: disabled ? 1 : 0, updated_at: now })
    .where("id", "=", id)
    .execute();
}

export async function setUserPassword(db: Kysely<Schema>, id: number, hash: string, now: string) {
  await db.updateTable("users").set({ password_hash: hash, updated_at: now }).where("id", "=", id).execute();
}
