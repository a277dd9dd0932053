/**
 * Builds a Scheme from a scheme's own rules over a parsed form. Parsing is the costly part
 * of a comparison, and matching compares the same few hundred thousand distinct versions
 * again and again, so each scheme keeps a bounded cache of parsed forms.
 */
import { InvalidVersionError } from "./errors.js";
import type { Scheme } from "./scheme.js";

/** What a scheme folder provides: metadata plus rules over its parsed form `P`. */
export interface SchemeRules<P> {
  readonly id: string;
  readonly displayName: string;
  readonly specUrl: string;
  readonly ecosystems: readonly string[];
  /** Shown in InvalidVersionError: what a valid version looks like. */
  readonly expected: string;
  /** The parsed form, or null when the text is not a version of this scheme. Never throws. */
  parse(version: string): P | null;
  compare(a: P, b: P): number;
  /** Equal versions must give equal strings. */
  normalize(parsed: P): string;
  isStable(parsed: P): boolean;
}

export interface DefineSchemeOptions {
  /** About how many parsed forms are kept (default 16384). */
  cacheSize?: number;
}

const DEFAULT_CACHE_SIZE = 16384;

export function defineScheme<P>(rules: SchemeRules<P>, options: DefineSchemeOptions = {}): Scheme {
  const limit = Math.max(1, Math.floor((options.cacheSize ?? DEFAULT_CACHE_SIZE) / 2));
  // Two generations: when the young one fills, it becomes the old one and the oldest is
  // dropped whole. Recently used forms survive, and eviction costs nothing per entry.
  let young = new Map<string, P | null>();
  let old = new Map<string, P | null>();

  const remember = (version: string, parsed: P | null): void => {
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(version, parsed);
  };

  const lookup = (version: string): P | null => {
    const hit = young.get(version);
    if (hit !== undefined) return hit;
    const older = old.get(version);
    if (older !== undefined) {
      remember(version, older);
      return older;
    }
    let parsed: P | null;
    try {
      parsed = rules.parse(version);
    } catch {
      // A parser bug must not turn a predicate into a throw; treat the text as invalid.
      parsed = null;
    }
    remember(version, parsed);
    return parsed;
  };

  const require = (version: string): P => {
    const parsed = lookup(version);
    if (parsed === null) throw new InvalidVersionError(rules.id, version, rules.expected);
    return parsed;
  };

  return {
    id: rules.id,
    displayName: rules.displayName,
    specUrl: rules.specUrl,
    ecosystems: rules.ecosystems,
    isValid: (version) => typeof version === "string" && lookup(version) !== null,
    normalize: (version) => {
      const parsed = lookup(version);
      return parsed === null ? null : rules.normalize(parsed);
    },
    compare: (a, b) => Math.sign(rules.compare(require(a), require(b))),
    equals: (a, b) => {
      const pa = lookup(a);
      const pb = lookup(b);
      return pa !== null && pb !== null && rules.compare(pa, pb) === 0;
    },
    isStable: (version) => {
      const parsed = lookup(version);
      return parsed !== null && rules.isStable(parsed);
    },
  };
}

/** Compares two runs of ASCII digits by value, however long (leading zeros ignored). */
export function compareDigits(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && a.charCodeAt(i) === 48) i++;
  while (j < b.length && b.charCodeAt(j) === 48) j++;
  const length = a.length - i;
  if (length !== b.length - j) return length - (b.length - j);
  for (let k = 0; k < length; k++) {
    const diff = a.charCodeAt(i + k) - b.charCodeAt(j + k);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** A digit run without its leading zeros ("" for zero). */
export function stripZeros(digits: string): string {
  let i = 0;
  while (i < digits.length && digits.charCodeAt(i) === 48) i++;
  return digits.slice(i);
}
