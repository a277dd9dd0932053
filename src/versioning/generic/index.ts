/**
 * A plain fallback scheme, used only when asked for by name (`generic`), never chosen silently
 * for an unknown ecosystem. See readme.md.
 */
import { compareDigits, defineScheme, stripZeros } from "../define-scheme.js";

/** Segments: numbers as digit strings without leading zeros, words lower-cased. */
export type GenericVersion = readonly string[];

const NUMERIC = /^\d+$/;
const ACCEPTED = /^[0-9A-Za-z]+(?:[.\-_+][0-9A-Za-z]+)*$/;

function parseGeneric(version: string): GenericVersion | null {
  if (!ACCEPTED.test(version)) return null;
  const segments = version
    .toLowerCase()
    .split(/[.\-_+]|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/)
    .map((s) => (NUMERIC.test(s) ? stripZeros(s) || "0" : s));
  // Trailing zeros do not change a version: 1.0.0 = 1.
  while (segments.length > 1 && segments[segments.length - 1] === "0") segments.pop();
  return segments;
}

/** Segments are all digits or all letters, so the first character tells which. */
function isNumber(segment: string): boolean {
  const code = segment.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** A missing segment counts as 0; numbers sort after words (1.0 > 1.0.beta, 1.1 > 1.a). */
function compareSegment(a: string, b: string): number {
  const an = isNumber(a);
  const bn = isNumber(b);
  if (an && bn) return compareDigits(a, b);
  if (an !== bn) return an ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareGeneric(a: GenericVersion, b: GenericVersion): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const result = compareSegment(a[i] ?? "0", b[i] ?? "0");
    if (result !== 0) return result;
  }
  return 0;
}

export const generic = defineScheme<GenericVersion>({
  id: "generic",
  displayName: "Generic (numeric, then lexical segments)",
  specUrl: "https://github.com/package-url/purl-spec/blob/master/VERSION-RANGE-SPEC.rst",
  ecosystems: [],
  expected: "letters and digits in segments separated by . - _ or +, such as 1.2.3 or 2.0-beta1",
  parse: parseGeneric,
  compare: compareGeneric,
  normalize: (segments) => segments.join("."),
  isStable: (segments) => segments.every(isNumber),
});
