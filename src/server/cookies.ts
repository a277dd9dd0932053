/**
 * Cookie parsing and writing (RFC 6265), small enough to keep here rather than add a
 * dependency. Values are random base64url, so no escaping is needed beyond refusing odd ones.
 */
export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (/^[\w-]+$/.test(name) && /^[\w-]*$/.test(value) && !out.has(name)) out.set(name, value);
  }
  return out;
}

export interface CookieOptions {
  httpOnly: boolean;
  secure: boolean;
  /** Seconds; 0 deletes the cookie. */
  maxAge: number;
}

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`, "Path=/", `Max-Age=${options.maxAge}`, "SameSite=Strict"];
  if (options.httpOnly) parts.push("HttpOnly");
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

export const SESSION_COOKIE = "needle_session";
/** Readable by the page's script, which echoes it in the X-CSRF-Token header. */
export const CSRF_COOKIE = "needle_csrf";
export const CSRF_HEADER = "x-csrf-token";
