/**
 * Evaluates OSV `affected[]` version data: `ranges[]` of type ECOSYSTEM or SEMVER with
 * `introduced` / `fixed` / `last_affected` / `limit` events, and explicit `versions` lists.
 * https://ossf.github.io/osv-schema/#affectedranges-field (the evaluation pseudo-code there).
 */
import { z } from "zod";
import { InvalidOsvRangeError } from "./errors.js";
import { npm } from "./npm/index.js";
import type { Scheme } from "./scheme.js";

/** One event: exactly one of its keys is set (OSV requires it; the schema checks it). */
export const osvEventSchema = z.union([
  z.strictObject({ introduced: z.string().min(1) }),
  z.strictObject({ fixed: z.string().min(1) }),
  z.strictObject({ last_affected: z.string().min(1) }),
  z.strictObject({ limit: z.string().min(1) }),
]);
export type OsvEvent = z.infer<typeof osvEventSchema>;

export const osvRangeSchema = z.object({
  type: z.enum(["ECOSYSTEM", "SEMVER", "GIT"]),
  repo: z.string().optional(),
  events: z.array(osvEventSchema).min(1),
});
export type OsvRange = z.infer<typeof osvRangeSchema>;

/** The version part of one `affected[]` entry. */
export interface OsvAffectedVersions {
  readonly ranges?: readonly OsvRange[] | undefined;
  readonly versions?: readonly string[] | undefined;
}

export type OsvEventKind = "introduced" | "fixed" | "last_affected" | "limit";

export interface SortedEvent {
  readonly kind: OsvEventKind;
  readonly version: string;
}

export function eventOf(event: OsvEvent): SortedEvent {
  if ("introduced" in event) return { kind: "introduced", version: event.introduced };
  if ("fixed" in event) return { kind: "fixed", version: event.fixed };
  if ("last_affected" in event) return { kind: "last_affected", version: event.last_affected };
  return { kind: "limit", version: event.limit };
}

/** `introduced: "0"` is before every version; `limit: "*"` after every one. */
function isSpecial(e: SortedEvent): boolean {
  return (e.kind === "introduced" && e.version === "0") || (e.kind === "limit" && e.version === "*");
}

/**
 * Events sorted by the scheme's order (OSV: "sorted by version" before evaluation). Events at
 * equal versions keep their given order, as OSV's own stable sort does: `introduced: 1, fixed: 1`
 * affects nothing, `fixed: 2, introduced: 2` joins two intervals.
 */
export function sortEvents(events: readonly OsvEvent[], scheme: Scheme): SortedEvent[] {
  const sorted = events.map(eventOf);
  for (const e of sorted) {
    if (!isSpecial(e) && !scheme.isValid(e.version)) {
      throw new InvalidOsvRangeError(`event ${e.kind}: "${e.version}" is not a valid ${scheme.id} version`);
    }
  }
  const rank = (e: SortedEvent): number => (!isSpecial(e) ? 0 : e.kind === "introduced" ? -1 : 1);
  return sorted.sort(
    (a, b) => rank(a) - rank(b) || (rank(a) === 0 ? scheme.compare(a.version, b.version) : 0),
  );
}

/** SEMVER ranges are ordered by SemVer 2.0.0 whatever the ecosystem (OSV: "type SEMVER"). */
function schemeFor(range: OsvRange, scheme: Scheme): Scheme {
  return range.type === "SEMVER" ? npm : scheme;
}

/** Evaluation of one range after sorting, as the OSV pseudo-code does. */
function rangeTest(range: OsvRange, scheme: Scheme): (version: string) => boolean {
  const events = sortEvents(range.events, scheme);
  const limits = events.filter((e) => e.kind === "limit");
  const steps = events.filter((e) => e.kind !== "limit");
  return (version) => {
    // Comparing the version with itself checks it, with the scheme's own InvalidVersionError.
    scheme.compare(version, version);
    if (
      limits.length > 0 &&
      !limits.some((l) => l.version === "*" || scheme.compare(version, l.version) < 0)
    ) {
      return false;
    }
    let affected = false;
    for (const e of steps) {
      if (e.kind === "introduced") {
        if (e.version === "0" || scheme.compare(version, e.version) >= 0) affected = true;
      } else if (e.kind === "fixed") {
        if (scheme.compare(version, e.version) >= 0) affected = false;
      } else if (scheme.compare(version, e.version) > 0) {
        affected = false;
      }
    }
    return affected;
  };
}

/**
 * Prepares the affected data once (events validated and sorted) and returns a test to run on
 * many versions. GIT ranges name commits, not versions, and are left out here. The test throws
 * InvalidVersionError when the version is not one of the scheme's.
 */
export function compileAffected(affected: OsvAffectedVersions, scheme: Scheme): (version: string) => boolean {
  const tests = (affected.ranges ?? [])
    .filter((range) => range.type !== "GIT")
    .map((range) => rangeTest(range, schemeFor(range, scheme)));
  const listed = affected.versions ?? [];
  return (version) => {
    // OSV lists versions as the ecosystem spells them; equal spellings also match.
    if (listed.includes(version) || listed.some((v) => scheme.equals(v, version))) return true;
    return tests.some((test) => test(version));
  };
}

/** Whether `version` is affected by one `affected[]` entry's `ranges` and `versions`. */
export function isAffected(affected: OsvAffectedVersions, version: string, scheme: Scheme): boolean {
  return compileAffected(affected, scheme)(version);
}
