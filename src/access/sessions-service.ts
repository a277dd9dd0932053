/**
 * Web sessions: the cookie holds 256 random bits; the store keeps only their sha256, so a
 * stolen database holds no usable session. Each session has its own CSRF token, which the
 * web UI echoes in the X-CSRF-Token header (double submit, checked against the store).
 */
import type { Store } from "../store/store.js";
import { deleteSession, findSession, insertSession } from "../store/tokens-repository.js";
import { findUserById } from "../store/users-repository.js";
import { AuthenticationError } from "./errors.js";
import type { Principal } from "./principal.js";
import { generateSecret, sha256Hex } from "./secrets.js";
import { checkedRole } from "./users-service.js";

export interface NewSession {
  cookie: string;
  csrfToken: string;
  expiresAt: string;
}

export async function createSession(store: Store, userId: number, ttlSeconds: number): Promise<NewSession> {
  const cookie = generateSecret();
  const csrfToken = generateSecret();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000).toISOString();
  await insertSession(store.db, {
    id_hash: sha256Hex(cookie),
    user_id: userId,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { cookie, csrfToken, expiresAt };
}

export async function authenticateSession(store: Store, cookie: string): Promise<Principal> {
  const session = await findSession(store.db, sha256Hex(cookie));
  if (!session || session.expires_at < new Date().toISOString()) {
    throw new AuthenticationError("no session or the session has expired: log in again");
  }
  const user = await findUserById(store.db, session.user_id);
  if (!user || user.disabled === 1) throw new AuthenticationError("the session's user is disabled");
  return {
    kind: "user",
    id: user.id,
    name: user.name,
    role: checkedRole(user.role),
    scope: user.scope_path,
    userId: user.id,
    csrfToken: session.csrf_token,
  };
}

export async function endSession(store: Store, cookie: string): Promise<void> {
  await deleteSession(store.db, sha256Hex(cookie));
}
