/**
 * A purl `vers` range (https://github.com/package-url/purl-spec/blob/main/VERSION-RANGE-SPEC.rst)
 * as OSV events, where OSV can say the same thing: `>=` is introduced, `<` fixed, `<=`
 * last_affected, `=` an explicit version. `>` and `!=` have no OSV event and are refused.
 */
import type { RangeEvent } from "../../domain/advisory.js";

export type VersAsOsv = { events: RangeEvent[]; versions: string[] } | { error: string };

export function versToOsv(vers: string): VersAsOsv {
  const match = /^vers:([a-z0-9.+-]+)\/(.+)$/i.exec(vers.trim());
  if (!match?.[2]) return { error: `"${vers}" is not a vers range (expected vers:<scheme>/<constraints>)` };
  const events: RangeEvent[] = [];
  const versions: string[] = [];
  for (const raw of match[2].split("|")) {
    const constraint = raw.trim();
    if (constraint === "*") {
      events.push({ introduced: "0" });
      continue;
    }
    const [, op = "", version = ""] = /^(>=|<=|!=|<|>|=)?(.+)$/.exec(constraint) ?? [];
    const decoded = decodeURIComponent(version);
    if (op === ">=") events.push({ introduced: decoded });
    else if (op === "<") events.push({ fixed: decoded });
    else if (op === "<=") events.push({ last_affected: decoded });
    else if (op === "" || op === "=") versions.push(decoded);
    else return { error: `"${vers}": constraint "${constraint}" has no OSV equivalent` };
  }
  const first = events[0];
  if (first !== undefined && !("introduced" in first)) events.unshift({ introduced: "0" });
  return { events, versions };
}
