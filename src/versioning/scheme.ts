/**
 * The one interface every version scheme implements (one folder per scheme, listed in
 * registry.ts). Predicates never throw; `compare` on an invalid version throws
 * InvalidVersionError.
 */
export interface Scheme {
  /** Stable id used on the command line and in `vers:` ranges: maven, npm, pypi, deb, rpm, golang, nuget, generic. */
  readonly id: string;
  readonly displayName: string;
  /** The specification the rules are written from. */
  readonly specUrl: string;
  /** OSV ecosystem names this scheme orders, spelled exactly as OSV does (`Maven`, `npm`, `PyPI`, `Debian`). */
  readonly ecosystems: readonly string[];
  isValid(version: string): boolean;
  /** A normalised form that compares equal for equal versions, or null when invalid. */
  normalize(version: string): string | null;
  /** Negative, zero or positive, like Array.prototype.sort's comparator. */
  compare(a: string, b: string): number;
  equals(a: string, b: string): boolean;
  /** False for pre-releases (alpha, beta, rc, snapshot, dev ...). */
  isStable(version: string): boolean;
}
