/**
 * The purl version range syntax `vers:<scheme>/<constraint>|<constraint>|...`, parsed, checked,
 * printed in canonical form, and tested for containment with the scheme's own order.
 * https://github.com/package-url/purl-spec/blob/master/VERSION-RANGE-SPEC.rst
 */
import { InvalidVersRangeError, UnknownSchemeError } from "./errors.js";
import { schemeById } from "./registry.js";
import type { Scheme } from "./scheme.js";
import { checkAlternation, sortAndDedupe, type VersComparator, type VersConstraint } from "./vers-rules.js";

export type { VersComparator, VersConstraint } from "./vers-rules.js";

export interface VersRange {
  readonly scheme: Scheme;
  /** True for `vers:<scheme>/*`: every version is in the range. */
  readonly any: boolean;
  /** Sorted by the scheme's order, each version once. Empty when `any`. */
  readonly constraints: readonly VersConstraint[];
  /** Normalisations applied (reordering, duplicates dropped); the range is still valid. */
  readonly warnings: readonly string[];
}

// Longest first, so ">=" is not read as ">" followed by a version starting with "=".
const COMPARATORS: readonly VersComparator[] = [">=", "<=", "!=", "<", ">", "="];

function splitOnce(text: string, separator: string): [string, string] | null {
  const at = text.indexOf(separator);
  return at === -1 ? null : [text.slice(0, at), text.slice(at + separator.length)];
}

function parseConstraint(range: string, scheme: Scheme, raw: string): VersConstraint {
  const comparator = COMPARATORS.find((c) => raw.startsWith(c)) ?? "=";
  let version = raw.startsWith(comparator) ? raw.slice(comparator.length) : raw;
  const where = `constraint "${raw}"`;
  if (version === "") throw new InvalidVersRangeError(range, where, "the version is empty");
  if (version.includes("%")) {
    try {
      version = decodeURIComponent(version);
    } catch {
      throw new InvalidVersRangeError(range, where, "the version has a malformed %-escape");
    }
  }
  if (!scheme.isValid(version)) {
    throw new InvalidVersRangeError(range, where, `"${version}" is not a valid ${scheme.id} version`);
  }
  return { comparator, version };
}

function lookupScheme(range: string, id: string): Scheme {
  if (id === "") throw new InvalidVersRangeError(range, "versioning scheme", "missing before the /");
  if (id !== id.toLowerCase())
    throw new InvalidVersRangeError(range, `versioning scheme "${id}"`, "must be lower case");
  try {
    return schemeById(id);
  } catch (error) {
    if (!(error instanceof UnknownSchemeError)) throw error;
    throw new InvalidVersRangeError(
      range,
      `versioning scheme "${id}"`,
      `unknown (known: ${error.known.join(", ")})`,
    );
  }
}

/** Parses and validates a `vers` string; throws InvalidVersRangeError naming the wrong part. */
export function parseVers(input: string): VersRange {
  // Spaces and tabs are not significant (spec: "Parsing and validating").
  const range = input.replace(/[ \t]/g, "");
  if (!/^[\x21-\x7e]*$/.test(range)) {
    throw new InvalidVersRangeError(input, "characters", "only printable ASCII is allowed");
  }
  const uri = splitOnce(range, ":");
  if (uri === null || uri[0] !== "vers") {
    throw new InvalidVersRangeError(input, "URI scheme", 'must start with "vers:"');
  }
  const specifier = splitOnce(uri[1], "/");
  if (specifier === null)
    throw new InvalidVersRangeError(input, "versioning scheme", 'expected "vers:<scheme>/..."');
  const scheme = lookupScheme(input, specifier[0]);
  const body = specifier[1];
  if (body === "") throw new InvalidVersRangeError(input, "constraints", "empty");
  if (body === "*") return { scheme, any: true, constraints: [], warnings: [] };
  if (body.includes("*")) throw new InvalidVersRangeError(input, "constraints", '"*" must stand alone');
  const raw = body.split("|").filter((part) => part !== "");
  if (raw.length === 0)
    throw new InvalidVersRangeError(input, "constraints", "no constraint between the pipes");
  const parsed = raw.map((part) => parseConstraint(input, scheme, part));
  const { constraints, warnings } = sortAndDedupe(input, scheme, parsed);
  checkAlternation(input, constraints);
  return { scheme, any: false, constraints, warnings };
}

/** The canonical string: sorted, `=` implied, `%`-quoting of characters the syntax uses. */
export function formatVers(range: VersRange): string {
  if (range.any) return `vers:${range.scheme.id}/*`;
  const quote = (v: string): string =>
    v.replace(/[%<>=!*|\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const parts = range.constraints.map(
    (c) => `${c.comparator === "=" ? "" : c.comparator}${quote(c.version)}`,
  );
  return `vers:${range.scheme.id}/${parts.join("|")}`;
}

const isLess = (c: VersComparator): boolean => c === "<" || c === "<=";
const isGreater = (c: VersComparator): boolean => c === ">" || c === ">=";

/**
 * The spec's containment check. One deliberate reading: a range of only `!=` constraints
 * holds every other version (the spec's steps would hold none, which no one means).
 * Throws InvalidVersionError when `version` is not a version of the range's scheme.
 */
export function containsVersion(range: VersRange | string, version: string): boolean {
  const r = typeof range === "string" ? parseVers(range) : range;
  // Comparing the version with itself checks it, with the scheme's own InvalidVersionError.
  if (r.any) return r.scheme.compare(version, version) === 0;
  const order = r.constraints.map((c) => r.scheme.compare(version, c.version));
  for (let i = 0; i < order.length; i++) {
    const comparator = r.constraints[i]?.comparator;
    if (order[i] !== 0) continue;
    if (comparator === "!=") return false;
    if (comparator !== "<" && comparator !== ">") return true;
  }
  const bounds = r.constraints.flatMap((c, i) =>
    c.comparator === "=" || c.comparator === "!=" ? [] : [{ c, o: order[i] ?? 0 }],
  );
  if (bounds.length === 0) return r.constraints.every((c) => c.comparator === "!=");
  for (let i = 0; i < bounds.length; i++) {
    const current = bounds[i];
    const next = bounds[i + 1];
    if (current === undefined) break;
    if (i === 0 && isLess(current.c.comparator) && current.o < 0) return true;
    if (next === undefined && isGreater(current.c.comparator) && current.o > 0) return true;
    if (next !== undefined && isGreater(current.c.comparator) && isLess(next.c.comparator)) {
      if (current.o > 0 && next.o < 0) return true;
    }
  }
  return false;
}
