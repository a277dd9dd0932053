/**
 * The four roles and what each may do. Scope (the org-unit subtree) is checked apart from
 * the role: a role says what kind of act, the scope says where.
 */
export const ROLES = ["admin", "analyst", "viewer", "agent"] as const;
export type Role = (typeof ROLES)[number];

/** The kinds of act a route performs. */
export type Permission =
  /** Read the inventory, findings and history. */
  | "read"
  /** Change the inventory and the response (asset state, decisions, campaigns). */
  | "write"
  /** Send scans of assets (what agents do). */
  | "upload"
  /** Read the audit log. */
  | "audit"
  /** Manage users and tokens. */
  | "manage";

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ["read", "write", "upload", "audit", "manage"],
  analyst: ["read", "write", "upload", "audit"],
  viewer: ["read"],
  agent: ["upload"],
};

export function roleCan(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
