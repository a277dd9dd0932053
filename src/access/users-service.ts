/** Local users: add, list, disable, log in; and the first admin on a new installation. */
import type { Kysely } from "kysely";
import { InputError, NotFoundError } from "../domain/errors.js";
import { isWithin, unitPathProblem } from "../domain/org-unit.js";
import type { Schema } from "../store/schema.js";
import type { Store } from "../store/store.js";
import {
  countUsers,
  findUserByName,
  insertUser,
  listUsersWithin,
  setUserDisabled,
  type UserRow,
} from "../store/users-repository.js";
import { recordAudit } from "./audit-service.js";
import { AuthenticationError } from "./errors.js";
import { isRole, ROLES, type Role } from "./roles.js";
import { generatePassword, hashPassword, verifyPassword } from "./secrets.js";
import { forgetCheckedTokens } from "./tokens-service.js";

/** What a user looks like outside the store: never the password hash. */
export interface UserView {
  id: number;
  name: string;
  role: Role;
  scope: string;
  disabled: boolean;
  createdAt: string;
}

export function userView(row: UserRow): UserView {
  return {
    id: row.id,
    name: row.name,
    role: checkedRole(row.role),
    scope: row.scope_path,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
  };
}

/** Who is acting (for the audit row) and within which scope they may act. */
export interface Actor {
  name: string;
  scope: string;
  requestId?: string | undefined;
}

export const CLI_ACTOR: Actor = { name: "cli", scope: "/" };
const NAME = /^[a-z0-9][a-z0-9._@-]{0,63}$/;
export const MIN_PASSWORD_LENGTH = 12;

export function checkedRole(role: string): Role {
  if (!isRole(role)) throw new InputError(`role "${role}" is not one of ${ROLES.join(", ")}`);
  return role;
}

export function checkScope(scope: string, actorScope: string): string {
  if (scope !== "/") {
    const problem = unitPathProblem(scope);
    if (problem) throw new InputError(`scope: ${problem}`);
  }
  if (!isWithin(scope, actorScope)) {
    throw new InputError(`scope "${scope}" lies outside your own scope "${actorScope}"`);
  }
  return scope;
}

export interface NewUser {
  name: string;
  role: string;
  scope: string;
  /** A password of at least 12 characters; one is generated (and returned) when absent. */
  password?: string | undefined;
}

export async function addUser(
  store: Store,
  input: NewUser,
  actor: Actor,
): Promise<{ user: UserView; password: string | undefined }> {
  if (!NAME.test(input.name)) {
    throw new InputError(
      `user name "${input.name}": expected 1-64 lowercase letters, digits, ".", "_", "@" or "-"`,
    );
  }
  const role = checkedRole(input.role);
  const scope = checkScope(input.scope, actor.scope);
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new InputError(`password: expected at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const password = input.password ?? generatePassword();
  const hash = await hashPassword(password);
  const user = await store.db.transaction().execute(async (tx) => {
    if (await findUserByName(tx, input.name)) throw new InputError(`user "${input.name}" already exists`);
    const now = new Date().toISOString();
    const row = await insertUser(tx, {
      name: input.name,
      password_hash: hash,
      role,
      scope_path: scope,
      disabled: 0,
      created_at: now,
      updated_at: now,
    });
    const view = userView(row);
    await audit(tx, actor, "user.add", view, undefined, view);
    return view;
  });
  return { user, password: input.password === undefined ? password : undefined };
}

export async function listUsers(store: Store, scope: string): Promise<UserView[]> {
  return (await listUsersWithin(store.db, scope)).map(userView);
}

export async function setDisabled(
  store: Store,
  name: string,
  disabled: boolean,
  actor: Actor,
): Promise<UserView> {
  const changed = await store.db.transaction().execute(async (tx) => {
    const row = await findUserByName(tx, name);
    if (!row || !isWithin(row.scope_path, actor.scope)) throw new NotFoundError(`no user "${name}"`);
    const before = userView(row);
    await setUserDisabled(tx, row.id, disabled, new Date().toISOString());
    const after = { ...before, disabled };
    await audit(tx, actor, disabled ? "user.disable" : "user.enable", before, before, after);
    return after;
  });
  // After the commit: the user's owned tokens stop at once in this process.
  forgetCheckedTokens(store);
  return changed;
}

/** Checks a name and password; the same answer (and about the same time) for every failure. */
export async function authenticatePassword(store: Store, name: string, password: string): Promise<UserRow> {
  const row = await findUserByName(store.db, name);
  const ok = await verifyPassword(password, row?.password_hash);
  if (!row || !ok || row.disabled === 1) throw new AuthenticationError("wrong user name or password");
  return row;
}

/**
 * On a store without users, creates `admin` (scope "/") with NEEDLE_ADMIN_PASSWORD, or a
 * generated password returned once so the caller can print it.
 */
export async function ensureAdmin(
  store: Store,
  password: string | undefined,
): Promise<{ created: boolean; password?: string; generated: boolean }> {
  if ((await countUsers(store.db)) > 0) return { created: false, generated: false };
  const result = await addUser(
    store,
    { name: "admin", role: "admin", scope: "/", password },
    { name: "system", scope: "/" },
  );
  const shown = password ?? result.password;
  return shown === undefined
    ? { created: true, generated: false }
    : { created: true, password: shown, generated: password === undefined };
}

async function audit(
  tx: Kysely<Schema>,
  actor: Actor,
  action: string,
  user: UserView,
  before: UserView | undefined,
  after: UserView,
): Promise<void> {
  await recordAudit(tx, {
    actor: actor.name,
    action,
    unitPath: user.scope,
    targetType: "user",
    targetId: user.name,
    before,
    after,
    requestId: actor.requestId,
  });
}
