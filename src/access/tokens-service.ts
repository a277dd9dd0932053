/**
 * API tokens for the CLI and agents: `ndl_` + 256 random bits, shown once, stored as a
 * sha256. A token carries its own role and scope; an owned token also stops working when
 * its user is disabled.
 */
import { InputError, NotFoundError } from "../domain/errors.js";
import { isWithin } from "../domain/org-unit.js";
import type { Store } from "../store/store.js";
import {
  findTokenByHash,
  findTokenById,
  insertToken,
  listTokensWithin,
  revokeTokenRow,
  type TokenRow,
  touchToken,
} from "../store/tokens-repository.js";
import { findUserById, findUserByName } from "../store/users-repository.js";
import { recordAudit } from "./audit-service.js";
import { AuthenticationError } from "./errors.js";
import type { Principal } from "./principal.js";
import type { Role } from "./roles.js";
import { generateToken, sha256Hex, TOKEN_PREFIX } from "./secrets.js";
import { type Actor, checkedRole, checkScope } from "./users-service.js";

export interface TokenView {
  id: number;
  name: string;
  prefix: string;
  role: Role;
  scope: string;
  user: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function tokenView(row: TokenRow, user: string | null): TokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: checkedRole(row.role),
    scope: row.scope_path,
    user,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export interface NewToken {
  name: string;
  role: string;
  scope: string;
  /** The owning user's name, when the token acts for a user. */
  user?: string | undefined;
}

export async function createToken(
  store: Store,
  input: NewToken,
  actor: Actor,
): Promise<{ token: string; view: TokenView }> {
  if (!/^[\w.@-]{1,64}$/.test(input.name)) {
    throw new InputError(`token name "${input.name}": expected 1-64 letters, digits, ".", "_", "@" or "-"`);
  }
  const role = checkedRole(input.role);
  const scope = checkScope(input.scope, actor.scope);
  const secret = generateToken();
  const view = await store.db.transaction().execute(async (tx) => {
    let userId: number | null = null;
    if (input.user !== undefined) {
      const owner = await findUserByName(tx, input.user);
      if (!owner || !isWithin(owner.scope_path, actor.scope))
        throw new NotFoundError(`no user "${input.user}"`);
      if (!isWithin(scope, owner.scope_path)) {
        throw new InputError(`token scope "${scope}" lies outside its user's scope "${owner.scope_path}"`);
      }
      userId = owner.id;
    }
    const row = await insertToken(tx, {
      name: input.name,
      token_hash: sha256Hex(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      role,
      scope_path: scope,
      user_id: userId,
      created_at: new Date().toISOString(),
      last_used_at: null,
      revoked_at: null,
    });
    const created = tokenView(row, input.user ?? null);
    await recordAudit(tx, {
      actor: actor.name,
      action: "token.create",
      unitPath: scope,
      targetType: "token",
      targetId: row.id,
      after: created,
      requestId: actor.requestId,
    });
    return created;
  });
  return { token: secret, view };
}

export async function listTokens(store: Store, scope: string): Promise<TokenView[]> {
  const rows = await listTokensWithin(store.db, scope);
  const names = new Map<number, string>();
  for (const row of rows) {
    if (row.user_id !== null && !names.has(row.user_id)) {
      names.set(row.user_id, (await findUserById(store.db, row.user_id))?.name ?? "?");
    }
  }
  return rows.map((r) => tokenView(r, r.user_id === null ? null : (names.get(r.user_id) ?? null)));
}

export async function revokeToken(store: Store, id: number, actor: Actor): Promise<TokenView> {
  const revoked = await store.db.transaction().execute(async (tx) => {
    const row = await findTokenById(tx, id);
    if (!row || !isWithin(row.scope_path, actor.scope)) throw new NotFoundError(`no token ${id}`);
    const before = tokenView(row, null);
    const now = new Date().toISOString();
    if (row.revoked_at === null) await revokeTokenRow(tx, id, now);
    const after = { ...before, revokedAt: row.revoked_at ?? now };
    await recordAudit(tx, {
      actor: actor.name,
      action: "token.revoke",
      unitPath: row.scope_path,
      targetType: "token",
      targetId: id,
      before,
      after,
      requestId: actor.requestId,
    });
    return after;
  });
  // After the commit, so no request can cache the token again from the old row.
  forgetCheckedTokens(store);
  return revoked;
}

/** last_used_at is written at most once a minute per token, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;
const touched = new Map<number, number>();

/**
 * Recently checked tokens, so a busy agent or dashboard costs one lookup per few seconds,
 * not one per request. A revoke or disable in this process clears it at once; one made by
 * another process (the CLI) takes effect within CACHE_MS.
 */
const CACHE_MS = 5_000;
const checked = new WeakMap<Store, Map<string, { principal: Principal; until: number }>>();

export function forgetCheckedTokens(store: Store): void {
  checked.get(store)?.clear();
}

export async function authenticateToken(store: Store, token: string): Promise<Principal> {
  if (!token.startsWith(TOKEN_PREFIX)) throw new AuthenticationError("not a Needle token (expected ndl_...)");
  const hash = sha256Hex(token);
  let cache = checked.get(store);
  if (!cache) {
    cache = new Map();
    checked.set(store, cache);
  }
  const hit = cache.get(hash);
  if (hit && hit.until > Date.now()) return hit.principal;
  const principal = await lookUpToken(store, hash);
  if (cache.size > 10_000) cache.clear();
  cache.set(hash, { principal, until: Date.now() + CACHE_MS });
  return principal;
}

async function lookUpToken(store: Store, hash: string): Promise<Principal> {
  const row = await findTokenByHash(store.db, hash);
  if (!row || row.revoked_at !== null) throw new AuthenticationError("unknown or revoked token");
  if (row.user_id !== null) {
    const owner = await findUserById(store.db, row.user_id);
    if (!owner || owner.disabled === 1) throw new AuthenticationError("the token's user is disabled");
  }
  const now = Date.now();
  if (now - (touched.get(row.id) ?? 0) > TOUCH_INTERVAL_MS) {
    touched.set(row.id, now);
    await touchToken(store.db, row.id, new Date(now).toISOString());
  }
  return {
    kind: "token",
    id: row.id,
    name: row.name,
    role: checkedRole(row.role),
    scope: row.scope_path,
    userId: row.user_id,
  };
}
