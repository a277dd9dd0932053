/**
 * NuGet package versions: up to four numeric parts and SemVer 2.0.0 labels, compared
 * without regard to case. See readme.md.
 */
import { compareDigits, defineScheme, stripZeros } from "../define-scheme.js";

export interface NugetVersion {
  /** Major, minor, patch, revision as digit strings without leading zeros ("" for 0). */
  readonly numbers: readonly [string, string, string, string];
  /** Pre-release labels, lower-cased; numeric labels without leading zeros. */
  readonly labels: readonly string[];
  /** Whether each label is numeric, worked out once at parse time. */
  readonly numeric: readonly boolean[];
}

const ID = "[0-9A-Za-z-]+";
const PATTERN = new RegExp(
  `^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-(${ID}(?:\\.${ID})*))?(?:\\+${ID}(?:\\.${ID})*)?$`,
);
const NUMERIC = /^\d+$/;

function parseNuget(version: string): NugetVersion | null {
  const match = PATTERN.exec(version);
  if (match === null) return null;
  const part = (i: number): string => stripZeros(match[i] ?? "");
  const labels = (match[5] ?? "")
    .split(".")
    .filter((label) => label !== "")
    .map((label) => (NUMERIC.test(label) ? stripZeros(label) || "0" : label.toLowerCase()));
  const numeric = labels.map((label) => NUMERIC.test(label));
  return { numbers: [part(1), part(2), part(3), part(4)], labels, numeric };
}

/** Numeric labels compare as numbers and sort before alphanumeric ones. */
function compareLabel(a: string, an: boolean, b: string, bn: boolean): number {
  if (an && bn) return compareDigits(a, b);
  if (an !== bn) return an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNuget(a: NugetVersion, b: NugetVersion): number {
  for (let i = 0; i < 4; i++) {
    const result = compareDigits(a.numbers[i] ?? "", b.numbers[i] ?? "");
    if (result !== 0) return result;
  }
  // A release sorts after all of its pre-releases.
  if (a.labels.length === 0 || b.labels.length === 0) return b.labels.length - a.labels.length;
  const length = Math.min(a.labels.length, b.labels.length);
  for (let i = 0; i < length; i++) {
    const result = compareLabel(
      a.labels[i] ?? "",
      a.numeric[i] === true,
      b.labels[i] ?? "",
      b.numeric[i] === true,
    );
    if (result !== 0) return result;
  }
  return a.labels.length - b.labels.length;
}

function normalizeNuget(v: NugetVersion): string {
  const [major, minor, patch, revision] = v.numbers.map((n) => n || "0");
  const core = `${major}.${minor}.${patch}${revision === "0" ? "" : `.${revision}`}`;
  return v.labels.length === 0 ? core : `${core}-${v.labels.join(".")}`;
}

export const nuget = defineScheme<NugetVersion>({
  id: "nuget",
  displayName: "NuGet",
  specUrl: "https://learn.microsoft.com/en-us/nuget/concepts/package-versioning",
  ecosystems: ["NuGet"],
  expected: "a NuGet version such as 1.2.3, 1.2.3.4 or 1.2.3-beta.1",
  parse: parseNuget,
  compare: compareNuget,
  normalize: normalizeNuget,
  isStable: (v) => v.labels.length === 0,
});
