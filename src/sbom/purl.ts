/**
 * Canonical purls (https://github.com/package-url/purl-spec) through packageurl-js, which applies
 * each type's own rules (lowercase type, PyPI name normalisation; Maven names kept as written).
 * Only identity qualifiers are kept (identityQualifiers), sorted; the subpath is dropped, since
 * it names a part inside a package, not another package.
 */
import { PackageURL } from "packageurl-js";
import { identityQualifiers } from "../domain/component.js";

/** The identity fields of a Component, all taken from one canonical purl. */
export interface PurlIdentity {
  purl: string;
  type: string;
  namespace: string;
  name: string;
  version: string;
  qualifiers: string;
}

/** Distinct purls are far fewer than components; the bound keeps a long import from growing memory. */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, PurlIdentity | { error: string }>();

/**
 * Canonicalises a purl string; returns the reason when it is not a valid purl. Results are
 * cached by input string, so SBOMs that repeat the same packages pay once.
 */
export function canonicalPurl(input: string): PurlIdentity | { error: string } {
  const hit = cache.get(input);
  if (hit !== undefined) return hit;
  let result: PurlIdentity | { error: string };
  try {
    result = identityOf(PackageURL.fromString(input));
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(input, result);
  return result;
}

/** A `pkg:generic/<namespace>/<name>@<version>` purl for a component that has no usable purl. */
export function genericPurl(namespace: string, name: string, version: string): PurlIdentity {
  return identityOf(new PackageURL("generic", namespace || undefined, name, version || undefined));
}

function identityOf(parsed: PackageURL): PurlIdentity {
  const qualifiers: Record<string, string> = {};
  let kept = 0;
  for (const [key, value] of Object.entries(parsed.qualifiers ?? {})) {
    if (identityQualifiers.has(key) && value !== "") {
      qualifiers[key] = value;
      kept++;
    }
  }
  const purl = new PackageURL(
    parsed.type,
    parsed.namespace,
    parsed.name,
    parsed.version,
    kept > 0 ? qualifiers : undefined,
  ).toString();
  const question = purl.indexOf("?");
  return {
    purl,
    type: parsed.type,
    namespace: parsed.namespace ?? "",
    name: parsed.name,
    version: parsed.version ?? "",
    qualifiers: question === -1 ? "" : purl.slice(question + 1),
  };
}
