/**
 * Scope rules in plain terms. Data queries check scope in SQL with store/scope.ts
 * `withinScope`; these helpers decide what scope a request may ask for.
 */

import { AccessError } from "../domain/errors.js";
import { isWithin } from "../domain/org-unit.js";

/**
 * The scope a list runs in when the caller asks for `requested` within their own `scope`:
 * the deeper of the two when one holds the other, or null when they do not meet (an empty
 * list, which tells nothing about what lies outside).
 */
export function narrowScope(scope: string, requested: string | undefined): string | null {
  if (requested === undefined) return scope;
  if (isWithin(requested, scope)) return requested;
  if (isWithin(scope, requested)) return scope;
  return null;
}

/** Throws AccessError (answered 404) when `path` lies outside `scope`. */
export function requireWithin(path: string, scope: string, what: string): void {
  if (!isWithin(path, scope)) throw new AccessError(`${what} is outside the caller's scope ${scope}`);
}
