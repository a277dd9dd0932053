/**
 * A software component as found in an SBOM or by a scan, before it is stored.
 * Identity is the purl (https://github.com/package-url/purl-spec); the store keeps each
 * distinct purl once as a package, and each place it was seen as an occurrence.
 */
export interface Component {
  /** Canonical purl including version and the identity qualifiers (see identityQualifiers). */
  purl: string;
  /** purl type: maven, npm, pypi, deb, rpm, golang, nuget, generic ... */
  type: string;
  /** purl namespace (Maven groupId, npm scope, Debian vendor), "" when none. */
  namespace: string;
  name: string;
  /** "" when the version is unknown. */
  version: string;
  /** Canonical qualifier string of the qualifiers that make a different artifact, "" when none. */
  qualifiers: string;
  cpe?: string;
  /**
   * Where it was found: paths, nested archive levels joined with `!/`,
   * e.g. `/opt/app.ear!/web.war!/WEB-INF/lib/log4j-core-2.14.1.jar`. Empty when unknown.
   */
  locations: string[];
  /** Free-form facts about this component (e.g. `needle:log4j:jndilookup-removed` = `true`). */
  properties?: Record<string, string>;
  hashes?: { alg: string; value: string }[];
}

/**
 * Qualifiers that identify a different artifact (kept in the package identity);
 * others (repository_url, download_url, checksums ...) are provenance and are dropped.
 */
export const identityQualifiers: ReadonlySet<string> = new Set([
  "classifier",
  "type",
  "arch",
  "distro",
  "os",
  "platform",
  "epoch",
]);

/** The separator between nested archive levels in a location. */
export const NESTED_SEPARATOR = "!/";
