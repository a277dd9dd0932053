/**
 * OSV ecosystem names, spelled exactly as OSV does (https://ossf.github.io/osv-schema/#affectedpackage-field,
 * list in https://ossf-osv-schema.readthedocs.io/en/latest/ecosystems.html). Checked here, not against
 * versioning: an ecosystem can be known to OSV while Needle has no version scheme for it.
 */
export const OSV_ECOSYSTEMS: ReadonlySet<string> = new Set([
  "AlmaLinux",
  "Alpaquita",
  "Alpine",
  "Android",
  "Azure Linux",
  "BellSoft Hardened Containers",
  "Bioconductor",
  "Bitnami",
  "Chainguard",
  "CRAN",
  "crates.io",
  "Debian",
  "Echo",
  "GHC",
  "GitHub Actions",
  "Go",
  "Hackage",
  "Hex",
  "Julia",
  "Linux",
  "Mageia",
  "Mariner",
  "Maven",
  "MinimOS",
  "npm",
  "NuGet",
  "openEuler",
  "openSUSE",
  "OSS-Fuzz",
  "Packagist",
  "Photon OS",
  "Pub",
  "PyPI",
  "Red Hat",
  "Rocky Linux",
  "RubyGems",
  "SUSE",
  "SwiftURL",
  "Ubuntu",
  "VSCode",
  "Wolfi",
]);

/** The ecosystem without its release suffix: `Debian:12` -> `Debian`, `Ubuntu:22.04:LTS` -> `Ubuntu`. */
export function baseEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(":");
  return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
}

/** True when OSV knows the ecosystem (release suffixes allowed). */
export function isKnownEcosystem(ecosystem: string): boolean {
  return OSV_ECOSYSTEMS.has(baseEcosystem(ecosystem));
}
