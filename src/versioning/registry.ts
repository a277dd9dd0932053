/**
 * The explicit list of version schemes. Adding a scheme = a folder, its fixture and test, and
 * one line here (registry.test.ts fails when a folder is missing from this list). Lookups never
 * fall back: an unknown name is an UnknownSchemeError naming the known ones.
 */
import { deb } from "./deb/index.js";
import { UnknownSchemeError } from "./errors.js";
import { generic } from "./generic/index.js";
import { golang } from "./golang/index.js";
import { maven } from "./maven/index.js";
import { npm } from "./npm/index.js";
import { nuget } from "./nuget/index.js";
import { pypi } from "./pypi/index.js";
import { rpm } from "./rpm/index.js";
import type { Scheme } from "./scheme.js";

export const schemes: readonly Scheme[] = [maven, npm, pypi, deb, rpm, golang, nuget, generic];

const byId = new Map(schemes.map((s) => [s.id, s]));
const byEcosystem = new Map(schemes.flatMap((s) => s.ecosystems.map((e) => [e, s] as const)));

/** purl types (https://github.com/package-url/purl-spec) and the scheme that orders each. */
const PURL_TYPES: Readonly<Record<string, Scheme>> = {
  maven,
  npm,
  pypi,
  deb,
  rpm,
  golang,
  nuget,
  generic,
};

export function schemeIds(): string[] {
  return schemes.map((s) => s.id);
}

/** The scheme with this id (as used on the command line and in `vers:<id>/`). */
export function schemeById(id: string): Scheme {
  const scheme = byId.get(id);
  if (scheme === undefined) throw new UnknownSchemeError("scheme", id, schemeIds());
  return scheme;
}

/**
 * The scheme for an OSV ecosystem, spelled as OSV spells it. A release suffix after the first
 * colon (`Debian:12`, `Ubuntu:22.04:LTS`, `Red Hat:enterprise_linux:8::appstream`) picks the
 * same scheme as the bare name.
 */
export function schemeForEcosystem(ecosystem: string): Scheme {
  const colon = ecosystem.indexOf(":");
  const base = colon === -1 ? ecosystem : ecosystem.slice(0, colon);
  const scheme = byEcosystem.get(base);
  if (scheme === undefined) {
    throw new UnknownSchemeError("ecosystem", ecosystem, [...byEcosystem.keys()].sort());
  }
  return scheme;
}

/**
 * The scheme a person named: a scheme id (`maven`) or an OSV ecosystem (`Maven`, `Debian:12`).
 * Anything else is an UnknownSchemeError listing both kinds of name.
 */
export function schemeByName(name: string): Scheme {
  const scheme = byId.get(name) ?? byEcosystem.get(name.split(":", 1)[0] ?? "");
  if (scheme === undefined) {
    throw new UnknownSchemeError("scheme", name, [...schemeIds(), ...[...byEcosystem.keys()].sort()]);
  }
  return scheme;
}

/** The scheme for a purl type (`pkg:<type>/...`), lower case as purl requires. */
export function schemeForPurlType(type: string): Scheme {
  const scheme = Object.hasOwn(PURL_TYPES, type) ? PURL_TYPES[type] : undefined;
  if (scheme === undefined) throw new UnknownSchemeError("purl type", type, Object.keys(PURL_TYPES).sort());
  return scheme;
}
