/**
 * CPE 2.3 formatted strings and name matching, after NISTIR 7695 (naming, section 6.2) and
 * NISTIR 7696 (name matching): `*` is ANY, `-` is NA, `*` and `?` at the ends of a criterion
 * value are wildcards, and a backslash quotes the next character.
 */
import { InvalidCpeError } from "./errors.js";

/** The eleven attributes after `cpe:2.3:`, in order. */
export const CPE_ATTRIBUTES = [
  "part",
  "vendor",
  "product",
  "version",
  "update",
  "edition",
  "language",
  "swEdition",
  "targetSw",
  "targetHw",
  "other",
] as const;

export type CpeAttribute = (typeof CPE_ATTRIBUTES)[number];
export type Cpe = Record<CpeAttribute, string>;

/** Splits a formatted string on unquoted colons; throws InvalidCpeError naming the string. */
export function parseCpe(cpe: string): Cpe {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < cpe.length; i++) {
    const ch = cpe[i]!;
    if (ch === "\\" && i + 1 < cpe.length) {
      current += ch + cpe[++i];
    } else if (ch === ":") {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  if (parts[0] !== "cpe" || parts[1] !== "2.3")
    throw new InvalidCpeError(cpe, 'expected the prefix "cpe:2.3:"');
  if (parts.length !== 13)
    throw new InvalidCpeError(cpe, `expected 13 colon-separated fields, found ${parts.length}`);
  if (!["a", "o", "h", "*"].includes(parts[2]!))
    throw new InvalidCpeError(cpe, `part "${parts[2]}" (expected a, o, h)`);
  if (parts.some((p) => p === ""))
    throw new InvalidCpeError(cpe, "empty field (use * for any, - for not applicable)");
  const out = {} as Cpe;
  CPE_ATTRIBUTES.forEach((name, i) => {
    out[name] = parts[i + 2]!;
  });
  return out;
}

/**
 * Does the target value fall under the criterion value? ANY in the criterion matches all; an
 * ANY target (unknown, e.g. an unknown service pack) matches too, so an asset described loosely
 * is reported as possibly affected rather than silently left out.
 */
export function attributeMatches(criterion: string, target: string): boolean {
  if (criterion === "*" || target === "*") return true;
  if (criterion === "-" || target === "-") return criterion === target;
  if (!/(^|[^\\])[*?]/.test(criterion))
    return unquote(criterion).toLowerCase() === unquote(target).toLowerCase();
  return wildcardPattern(criterion).test(unquote(target));
}

function unquote(value: string): string {
  return value.replace(/\\(.)/g, "$1");
}

/** A criterion with unquoted `*` (any run) and `?` (one character) as an anchored regular expression. */
function wildcardPattern(criterion: string): RegExp {
  let source = "";
  for (let i = 0; i < criterion.length; i++) {
    const ch = criterion[i]!;
    if (ch === "\\" && i + 1 < criterion.length) source += escapeRegExp(criterion[++i]!);
    else if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`, "i");
}

function escapeRegExp(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
