/**
 * From a purl (https://github.com/package-url/purl-spec) to the OSV ecosystem and package name an
 * advisory uses (https://ossf.github.io/osv-schema/#affectedpackage-field).
 */
import { PackageURL } from "packageurl-js";
import { ParseError } from "../domain/errors.js";

/** The identity parts of a purl (namespace "" when none). */
export interface PurlParts {
  type: string;
  namespace: string;
  name: string;
}

const BY_TYPE: Readonly<Record<string, string>> = {
  maven: "Maven",
  npm: "npm",
  pypi: "PyPI",
  golang: "Go",
  nuget: "NuGet",
  cargo: "crates.io",
  gem: "RubyGems",
  composer: "Packagist",
  hex: "Hex",
  pub: "Pub",
  hackage: "Hackage",
  cran: "CRAN",
  swift: "SwiftURL",
  github: "GitHub Actions",
};

/** OS package types: the ecosystem is the distribution, named by the purl namespace. */
const BY_DISTRO: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  deb: { debian: "Debian", ubuntu: "Ubuntu" },
  rpm: {
    redhat: "Red Hat",
    rocky: "Rocky Linux",
    "rocky-linux": "Rocky Linux",
    almalinux: "AlmaLinux",
    suse: "SUSE",
    opensuse: "openSUSE",
    openeuler: "openEuler",
    mageia: "Mageia",
    mariner: "Mariner",
    azurelinux: "Azure Linux",
    photon: "Photon OS",
  },
  apk: { alpine: "Alpine", wolfi: "Wolfi", chainguard: "Chainguard" },
};

/** The OSV ecosystem of a purl type (and namespace, for deb/rpm/apk), or undefined when none fits. */
export function ecosystemOfPurlType(type: string, namespace = ""): string | undefined {
  const lowerType = type.toLowerCase();
  const distros = BY_DISTRO[lowerType];
  if (distros)
    return (
      distros[namespace.toLowerCase()] ?? (lowerType === "deb" && namespace === "" ? "Debian" : undefined)
    );
  return BY_TYPE[lowerType];
}

/** PEP 503 normalised name (https://peps.python.org/pep-0503/#normalized-names). */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** The package name as OSV writes it for this purl. */
export function packageNameFor(parts: PurlParts): string {
  const { namespace, name } = parts;
  switch (parts.type.toLowerCase()) {
    case "maven":
      return `${namespace}:${name}`;
    case "npm":
      if (namespace === "") return name;
      return `${namespace.startsWith("@") ? namespace : `@${namespace}`}/${name}`;
    case "pypi":
      return normalizePypiName(name);
    case "deb":
    case "rpm":
    case "apk":
    case "nuget":
    case "cargo":
    case "gem":
    case "pub":
    case "hex":
    case "hackage":
    case "cran":
      return name;
    default:
      // golang, composer, github, swift: the namespace is part of the name.
      return namespace === "" ? name : `${namespace}/${name}`;
  }
}

/** A parsed purl with OSV's ecosystem and name; throws ParseError naming the purl. */
export function osvPackageOfPurl(purl: string): {
  ecosystem: string | undefined;
  name: string;
  version?: string;
} {
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(purl);
  } catch (error) {
    throw new ParseError(
      `"${purl}" is not a valid purl (${error instanceof Error ? error.message : String(error)})`,
      {
        field: "purl",
      },
    );
  }
  const parts = { type: parsed.type, namespace: parsed.namespace ?? "", name: parsed.name };
  const out: { ecosystem: string | undefined; name: string; version?: string } = {
    ecosystem: ecosystemOfPurlType(parts.type, parts.namespace),
    name: packageNameFor(parts),
  };
  if (parsed.version) out.version = parsed.version;
  return out;
}
