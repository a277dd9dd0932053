/** Errors of access control. The server maps `unauthenticated` to 401 and `rate_limited` to 429. */
import { NeedleError } from "../domain/errors.js";

/** No valid credentials (no token, a revoked token, an expired session, a wrong password). */
export class AuthenticationError extends NeedleError {
  constructor(message: string) {
    super("unauthenticated", message);
  }
}

/** A cookie-authenticated change without the matching X-CSRF-Token header. */
export class CsrfError extends NeedleError {
  constructor(message: string) {
    super("csrf_failed", message);
  }
}

/** Too many requests for one token (or one address, for logins). */
export class RateLimitError extends NeedleError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super("rate_limited", message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
