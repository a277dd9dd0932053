/** Who is asking: a user (by session cookie) or a token, with the role and scope that bind them. */
import type { Role } from "./roles.js";

export interface Principal {
  kind: "user" | "token";
  /** users.id or tokens.id. */
  id: number;
  name: string;
  role: Role;
  /** The org-unit subtree this principal reads and changes ("/" = everything). */
  scope: string;
  /** The user behind a session or an owned token, when there is one. */
  userId: number | null;
  /** Set for session principals: the value the X-CSRF-Token header must carry on changes. */
  csrfToken?: string;
}

/** How the audit log names a principal: `user:alice`, `token:agent-h123`. */
export function actorName(principal: Principal | undefined): string {
  return principal ? `${principal.kind}:${principal.name}` : "system";
}
