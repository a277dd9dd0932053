/**
 * Converts between one OSV range's events and a purl `vers` string, where no meaning is lost.
 * OSV: https://ossf.github.io/osv-schema/#affectedranges-field
 * vers: https://github.com/package-url/purl-spec/blob/master/VERSION-RANGE-SPEC.rst
 */
import { LossyRangeConversionError } from "./errors.js";
import { type OsvEvent, type OsvRange, sortEvents } from "./osv-range.js";
import type { Scheme } from "./scheme.js";
import { formatVers, parseVers, type VersConstraint, type VersRange } from "./vers.js";

/**
 * The `vers` string for an ECOSYSTEM (or SEMVER) range's events, read with `scheme`.
 * Redundant events (an introduction while already affected, a fix while not) are dropped, and
 * a fix followed by a re-introduction at the same version joins the two intervals.
 * Lossy cases throw LossyRangeConversionError: GIT ranges, `limit` events, and ranges that
 * affect nothing (vers cannot say "no version").
 */
export function osvRangeToVers(range: OsvRange, scheme: Scheme): string {
  if (range.type === "GIT") throw new LossyRangeConversionError("GIT ranges name commits, not versions");
  const constraints: VersConstraint[] = [];
  let open = false;
  let fromZero = false;
  for (const event of sortEvents(range.events, scheme)) {
    if (event.kind === "limit") throw new LossyRangeConversionError(`"limit" events have no vers form`);
    if (event.kind === "introduced") {
      if (open) continue;
      open = true;
      const previous = constraints[constraints.length - 1];
      if (event.version === "0") fromZero = true;
      else if (previous !== undefined && scheme.equals(previous.version, event.version)) constraints.pop();
      else constraints.push({ comparator: ">=", version: event.version });
    } else if (open) {
      open = false;
      closeInterval(constraints, event.kind === "fixed" ? "<" : "<=", event.version, scheme);
    }
  }
  if (constraints.length === 0) {
    if (open && fromZero) return `vers:${scheme.id}/*`;
    throw new LossyRangeConversionError("the events affect no version");
  }
  const vers: VersRange = { scheme, any: false, constraints, warnings: [] };
  return formatVers(vers);
}

/** Ends an interval; one that starts and ends at one version is empty (`<`) or one version (`<=`). */
function closeInterval(
  constraints: VersConstraint[],
  comparator: "<" | "<=",
  version: string,
  scheme: Scheme,
): void {
  const start = constraints[constraints.length - 1];
  if (start?.comparator === ">=" && scheme.equals(start.version, version)) {
    constraints.pop();
    if (comparator === "<=") constraints.push({ comparator: "=", version });
    return;
  }
  constraints.push({ comparator, version });
}

/** OSV events and explicit versions that mean the same as a `vers` range. */
export interface OsvEquivalent {
  /** ECOSYSTEM events; empty when the range is only exact versions. */
  readonly events: OsvEvent[];
  /** Exact versions (`=` constraints), for an `affected[].versions` list. */
  readonly versions: string[];
}

/**
 * The OSV events (and exact versions) for a `vers` range. `!=` and `>` have no OSV event and
 * throw LossyRangeConversionError.
 */
export function versToOsv(input: VersRange | string): OsvEquivalent {
  const range = typeof input === "string" ? parseVers(input) : input;
  if (range.any) return { events: [{ introduced: "0" }], versions: [] };
  const events: OsvEvent[] = [];
  const versions: string[] = [];
  for (const { comparator, version } of range.constraints) {
    switch (comparator) {
      case "=":
        versions.push(version);
        break;
      case ">=":
        events.push({ introduced: version });
        break;
      case "<":
      case "<=":
        if (events.length === 0 || !("introduced" in (events[events.length - 1] ?? {}))) {
          events.push({ introduced: "0" });
        }
        events.push(comparator === "<" ? { fixed: version } : { last_affected: version });
        break;
      default:
        throw new LossyRangeConversionError(`OSV has no event for "${comparator}${version}"`);
    }
  }
  return { events, versions };
}
