/**
 * Does an advisory affect a component? Package advisories: the component's purl type and name
 * map to the OSV ecosystem and package name, and its version is evaluated against the OSV ranges
 * with that ecosystem's own version rules (src/versioning). OS-level advisories: CPE criteria
 * against the asset's OS CPE (Windows XP SP1 matches, XP SP2 does not).
 */
import type { AffectedPackage, CpeMatch } from "../domain/advisory.js";
import { compileAffected } from "../versioning/osv-range.js";
import { schemeById, schemeForEcosystem } from "../versioning/registry.js";
import { attributeMatches, CPE_ATTRIBUTES, parseCpe } from "./cpe.js";
import { baseEcosystem } from "./ecosystems.js";
import { ecosystemOfPurlType, normalizePypiName, packageNameFor } from "./purl-ecosystem.js";

export { ecosystemOfPurlType, packageNameFor } from "./purl-ecosystem.js";

/** The identity and version of a component, as its purl gives them (namespace "" when none). */
export interface ComponentVersion {
  type: string;
  namespace: string;
  name: string;
  /** "" when unknown: an unknown version is never reported as affected here. */
  version: string;
}

const compiled = new WeakMap<AffectedPackage, (version: string) => boolean>();

/** True when the affected entry names this component's package (ecosystem and name). */
export function namesComponent(affected: AffectedPackage, component: ComponentVersion): boolean {
  const ecosystem = ecosystemOfPurlType(component.type, component.namespace);
  if (ecosystem === undefined || baseEcosystem(affected.ecosystem) !== ecosystem) return false;
  const name = packageNameFor(component);
  switch (ecosystem) {
    case "PyPI":
      return normalizePypiName(affected.name) === name;
    case "NuGet":
      // NuGet package ids are case-insensitive (https://learn.microsoft.com/en-us/nuget/reference/nuspec#id).
      return affected.name.toLowerCase() === name.toLowerCase();
    default:
      return affected.name === name;
  }
}

/**
 * Whether the component's version is affected. Explicitly listed versions match as written;
 * ranges use the ecosystem's scheme, so an ecosystem with no scheme throws UnknownSchemeError and
 * a version the scheme cannot read throws InvalidVersionError (never a string comparison).
 */
export function affects(affected: AffectedPackage, component: ComponentVersion): boolean {
  if (component.version === "" || !namesComponent(affected, component)) return false;
  if (affected.versions.includes(component.version)) return true;
  let test = compiled.get(affected);
  if (test === undefined) {
    test = compileAffected(affected, schemeForEcosystem(affected.ecosystem));
    compiled.set(affected, test);
  }
  return test(component.version);
}

/**
 * Whether an asset's CPE (and, when the CPE does not carry it, a separate version) satisfies one
 * criterion. Version bounds are compared with the scheme named `generic`, since NVD ranges carry
 * no ecosystem; a bound with no usable version on the asset side does not match. Throws
 * InvalidCpeError when either CPE does not parse. `vulnerable` is not consulted: see affectsCpe.
 */
export function cpeMatches(match: CpeMatch, cpe: string, version?: string): boolean {
  const criterion = parseCpe(match.criteria);
  const target = parseCpe(cpe);
  const targetVersion = version ?? target.version;
  for (const attribute of CPE_ATTRIBUTES) {
    const value = attribute === "version" ? targetVersion : target[attribute];
    if (!attributeMatches(criterion[attribute], value)) return false;
  }
  return withinBounds(match, targetVersion);
}

/** True when any vulnerable criterion matches (platform-only criteria are skipped). */
export function affectsCpe(matches: readonly CpeMatch[], cpe: string, version?: string): boolean {
  return matches.some((m) => m.vulnerable && cpeMatches(m, cpe, version));
}

function withinBounds(match: CpeMatch, version: string): boolean {
  const bounds: [string | undefined, (c: number) => boolean][] = [
    [match.versionStartIncluding, (c) => c >= 0],
    [match.versionStartExcluding, (c) => c > 0],
    [match.versionEndIncluding, (c) => c <= 0],
    [match.versionEndExcluding, (c) => c < 0],
  ];
  const present = bounds.filter(([bound]) => bound !== undefined);
  if (present.length === 0) return true;
  const generic = schemeById("generic");
  if (!generic.isValid(version)) return false;
  return present.every(([bound, ok]) => generic.isValid(bound!) && ok(generic.compare(version, bound!)));
}
