/**
 * One package's released versions (oldest first), with each version's canonical identity
 * built once, on first use, and shared by every asset that draws it: the catalogue keeps
 * distinct packages in the tens of thousands while occurrences reach tens of millions.
 */
import { PackageURL } from "packageurl-js";
import { canonicalPurl, type PurlIdentity } from "../../sbom/purl.js";
import type { Random } from "../random.js";

export type Pkg = PurlIdentity;

export class PackageLine {
  private readonly built: (Pkg | undefined)[];

  constructor(
    readonly type: string,
    readonly namespace: string,
    readonly name: string,
    readonly versions: readonly string[],
    readonly qualifiers?: Readonly<Record<string, string>>,
  ) {
    if (versions.length === 0) throw new RangeError(`package line ${type}/${name} has no versions`);
    this.built = new Array(versions.length);
  }

  /** The package at version index i (clamped to the known range). */
  at(i: number): Pkg {
    const k = Math.max(0, Math.min(this.versions.length - 1, i));
    let pkg = this.built[k];
    if (pkg === undefined) {
      pkg = identity(this.type, this.namespace, this.name, this.versions[k]!, this.qualifiers);
      this.built[k] = pkg;
    }
    return pkg;
  }

  /** The package at exactly this version, which must be one of the line's versions. */
  version(v: string): Pkg {
    const k = this.versions.indexOf(v);
    if (k === -1) throw new RangeError(`${this.name} has no version ${v} in the demo catalogue`);
    return this.at(k);
  }

  /**
   * A version for an application of the given era (0 old ... 1 new): the draw lands in the
   * era's part of the version list, so old applications carry old libraries together.
   */
  forEra(random: Random, era: number): Pkg {
    const n = this.versions.length;
    const centre = era * (n - 1);
    return this.at(Math.round(centre + (random.next() - 0.5) * Math.max(1, n / 3)));
  }

  get latest(): Pkg {
    return this.at(this.versions.length - 1);
  }
}

/**
 * The canonical identity of a package, exactly as an imported SBOM naming it would get
 * (packageurl-js for the type's rules and escaping, then sbom/purl.ts for the identity).
 */
export function identity(
  type: string,
  namespace: string,
  name: string,
  version: string,
  qualifiers?: Readonly<Record<string, string>>,
): Pkg {
  const text = new PackageURL(
    type,
    namespace || undefined,
    name,
    version,
    qualifiers ? { ...qualifiers } : undefined,
  ).toString();
  const canonical = canonicalPurl(text);
  if ("error" in canonical) throw new Error(`demo catalogue: invalid purl ${text}: ${canonical.error}`);
  return canonical;
}

/** Deterministic plausible versions for a name (for the long tail of a catalogue). */
export function syntheticVersions(
  name: string,
  count: number,
  style: "semver" | "pep440" | "nuget",
): string[] {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  const major = style === "nuget" ? 1 + (h % 12) : h % 5;
  let minor = (h >>> 4) % 9;
  let patch = (h >>> 9) % 7;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(style === "pep440" && patch === 0 ? `${major}.${minor}` : `${major}.${minor}.${patch}`);
    if ((h >>> (i + 13)) & 1) {
      minor += 1;
      patch = 0;
    } else patch += 1 + ((h >>> (i + 3)) & 1);
  }
  return out;
}
