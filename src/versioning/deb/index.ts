/**
 * Debian package versions: `[epoch:]upstream_version[-debian_revision]`, compared as Debian
 * policy 5.6.12 and dpkg's verrevcmp do. See readme.md.
 */
import { compareDigits, defineScheme, stripZeros } from "../define-scheme.js";

export interface DebVersion {
  readonly epoch: string;
  readonly upstream: string;
  readonly revision: string;
}

// Policy: upstream starts with a digit and holds [A-Za-z0-9.+~-] (and `:` only with an epoch:
// the epoch takes the text up to the first colon, so later colons are upstream's);
// the revision holds [A-Za-z0-9.+~].
const PATTERN = /^(?:(\d+):)?(\d[A-Za-z0-9.+~:-]*?)(?:-([A-Za-z0-9.+~]+))?$/;

function parseDeb(version: string): DebVersion | null {
  const match = PATTERN.exec(version);
  if (match === null) return null;
  const upstream = match[2] ?? "";
  if (match[1] === undefined && upstream.includes(":")) return null;
  // A hyphen in upstream needs a revision after it, and the revision follows the last hyphen.
  if (match[3] === undefined && upstream.includes("-")) return null;
  return { epoch: stripZeros(match[1] ?? ""), upstream, revision: match[3] ?? "" };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** dpkg's character weight: `~` before the end, the end before letters, letters before the rest. */
function weight(code: number | undefined): number {
  if (code === undefined || isDigit(code)) return 0;
  if (code === 126 /* ~ */) return -1;
  const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return isLetter ? code : code + 256;
}

/** Alternating non-digit and digit runs, as policy 5.6.12 describes. */
export function compareDebPart(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
      const wa = i < a.length ? weight(a.charCodeAt(i)) : 0;
      const wb = j < b.length ? weight(b.charCodeAt(j)) : 0;
      if (wa !== wb) return wa - wb;
      i++;
      j++;
    }
    const startA = i;
    const startB = j;
    while (i < a.length && isDigit(a.charCodeAt(i))) i++;
    while (j < b.length && isDigit(b.charCodeAt(j))) j++;
    const result = compareDigits(a.slice(startA, i), b.slice(startB, j));
    if (result !== 0) return result;
  }
  return 0;
}

function compareDeb(a: DebVersion, b: DebVersion): number {
  return (
    compareDigits(a.epoch, b.epoch) ||
    compareDebPart(a.upstream, b.upstream) ||
    compareDebPart(a.revision, b.revision)
  );
}

/**
 * A text equal for equal versions: digit runs without leading zeros, trailing zero runs
 * dropped (`1.0a` = `1.0a0`), epoch 0 and an empty or zero revision left out.
 */
export function canonicalDebPart(part: string): string {
  const runs = part.match(/\d+|\D+/g) ?? [];
  const text = runs.map((run) => (isDigit(run.charCodeAt(0)) ? stripZeros(run) || "0" : run)).join("");
  return text.replace(/(\D)0$/, "$1").replace(/^0$/, "");
}

function normalizeDeb(v: DebVersion): string {
  const epoch = v.epoch === "" ? "" : `${v.epoch}:`;
  const revision = canonicalDebPart(v.revision);
  return `${epoch}${canonicalDebPart(v.upstream) || "0"}${revision === "" ? "" : `-${revision}`}`;
}

export const deb = defineScheme<DebVersion>({
  id: "deb",
  displayName: "Debian (dpkg)",
  specUrl: "https://www.debian.org/doc/debian-policy/ch-controlfields.html#version",
  ecosystems: ["Debian", "Ubuntu"],
  expected: "a Debian version [epoch:]upstream[-revision] such as 2.36-9+deb12u4 or 1:2.0~rc1-1",
  parse: parseDeb,
  compare: compareDeb,
  normalize: normalizeDeb,
  // A tilde marks a version that sorts before the release it names (1.0~rc1 < 1.0).
  isStable: (v) => !v.upstream.includes("~") && !v.revision.includes("~"),
});
