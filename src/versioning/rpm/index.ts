/**
 * RPM package versions: `[epoch:]version[-release]`, each part compared with rpmvercmp.
 * See readme.md.
 */
import { compareDigits, defineScheme, stripZeros } from "../define-scheme.js";

export interface RpmVersion {
  readonly epoch: string;
  readonly version: string;
  /** Empty when absent: a missing release sorts before any release (as rpm.vercmp does). */
  readonly release: string;
}

// rpm forbids only a few characters in EVR; `-` separates the release, `:` the epoch.
const PATTERN = /^(?:(\d+):)?([^\s:-]+)(?:-([^\s:-]+))?$/;

function parseRpm(text: string): RpmVersion | null {
  const match = PATTERN.exec(text);
  if (match === null) return null;
  return { epoch: stripZeros(match[1] ?? ""), version: match[2] ?? "", release: match[3] ?? "" };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Skips separators: anything but ASCII letters, digits, `~` and `^`. */
function skip(s: string, i: number): number {
  let k = i;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if (isDigit(c) || isAlpha(c) || c === 126 || c === 94) break;
    k++;
  }
  return k;
}

/** One step of the separator rules; null when the caller should compare a segment. */
function compareMarks(a: string, i: number, b: string, j: number): number | null {
  const ca = a.charCodeAt(i);
  const cb = b.charCodeAt(j);
  // `~` sorts before anything, even the end of the string.
  if (ca === 126 || cb === 126) return ca === 126 && cb === 126 ? 0 : ca === 126 ? -1 : 1;
  // `^` sorts after the end of the string but before anything else.
  if (ca === 94 || cb === 94) {
    if (i >= a.length) return -1;
    if (j >= b.length) return 1;
    return ca === 94 && cb === 94 ? 0 : ca === 94 ? -1 : 1;
  }
  return null;
}

function segmentEnd(s: string, i: number, digits: boolean): number {
  let k = i;
  while (k < s.length && (digits ? isDigit(s.charCodeAt(k)) : isAlpha(s.charCodeAt(k)))) k++;
  return k;
}

/** rpmvercmp: alternating alphabetic and numeric segments; numbers sort after words. */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    i = skip(a, i);
    j = skip(b, j);
    const mark = compareMarks(a, i, b, j);
    if (mark !== null) {
      if (mark !== 0) return mark;
      i++;
      j++;
      continue;
    }
    if (i >= a.length || j >= b.length) break;
    const digits = isDigit(a.charCodeAt(i));
    const endA = segmentEnd(a, i, digits);
    const endB = segmentEnd(b, j, digits);
    if (endB === j) return digits ? 1 : -1;
    const x = a.slice(i, endA);
    const y = b.slice(j, endB);
    const result = digits ? compareDigits(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (result !== 0) return result;
    i = endA;
    j = endB;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

function compareRpm(a: RpmVersion, b: RpmVersion): number {
  return (
    compareDigits(a.epoch, b.epoch) || rpmvercmp(a.version, b.version) || rpmvercmp(a.release, b.release)
  );
}

/** Equal parts give equal text: separators only split segments, and numbers lose leading zeros. */
function canonicalPart(part: string): string {
  const tokens = part.match(/[A-Za-z]+|\d+|[~^]/g) ?? [];
  return tokens.map((t) => (isDigit(t.charCodeAt(0)) ? stripZeros(t) || "0" : t)).join(".");
}

function normalizeRpm(v: RpmVersion): string {
  const epoch = v.epoch === "" ? "" : `${v.epoch}:`;
  const release = canonicalPart(v.release);
  return `${epoch}${canonicalPart(v.version)}${release === "" ? "" : `-${release}`}`;
}

export const rpm = defineScheme<RpmVersion>({
  id: "rpm",
  displayName: "RPM",
  specUrl: "https://rpm-software-management.github.io/rpm/manual/dependencies.html",
  ecosystems: ["Red Hat", "AlmaLinux", "Rocky Linux", "openSUSE", "SUSE", "Mageia", "openEuler"],
  expected: "an RPM version [epoch:]version[-release] such as 2.17.1-1.el8 or 1:1.1.1k-7.el8_6",
  parse: parseRpm,
  compare: compareRpm,
  normalize: normalizeRpm,
  isStable: (v) => !v.version.includes("~") && !v.release.includes("~"),
});
