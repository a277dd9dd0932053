/** The access module's public face: principals, roles, scope rules, users, tokens, sessions, audit. */
export { type AuditEntry, type AuditRecord, auditRecord, recordAudit } from "./audit-service.js";
export { AuthenticationError, CsrfError, RateLimitError } from "./errors.js";
export { actorName, type Principal } from "./principal.js";
export { isRole, type Permission, ROLES, type Role, roleCan } from "./roles.js";
export { narrowScope, requireWithin } from "./scope.js";
export { authenticateSession, createSession, endSession } from "./sessions-service.js";
export { authenticateToken, createToken, listTokens, revokeToken, type TokenView } from "./tokens-service.js";
export {
  type Actor,
  addUser,
  authenticatePassword,
  CLI_ACTOR,
  ensureAdmin,
  listUsers,
  setDisabled,
  type UserView,
  userView,
} from "./users-service.js";
