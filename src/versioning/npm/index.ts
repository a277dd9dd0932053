/**
 * npm versions: SemVer 2.0.0 as the `semver` package reads it with `loose` off. See readme.md.
 */
import semver, { type SemVer } from "semver";
import { defineScheme } from "../define-scheme.js";

/** `semver` trims spaces itself; a version with spaces is not strict SemVer, so refuse it first. */
export function parseStrictSemver(version: string): SemVer | null {
  if (/\s/.test(version)) return null;
  return semver.parse(version, { loose: false });
}

export const npm = defineScheme<SemVer>({
  id: "npm",
  displayName: "npm (SemVer 2.0.0)",
  specUrl: "https://semver.org/spec/v2.0.0.html",
  ecosystems: ["npm"],
  expected: "a SemVer 2.0.0 version such as 1.2.3, 1.2.3-rc.1 or 1.2.3+build.5",
  parse: parseStrictSemver,
  // Build metadata does not take part in the order (SemVer 2.0.0, item 10).
  compare: (a, b) => a.compare(b),
  normalize: (parsed) => parsed.version,
  isStable: (parsed) => parsed.prerelease.length === 0,
});
