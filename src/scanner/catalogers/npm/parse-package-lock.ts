/**
 * Parses npm's package-lock.json (and npm-shrinkwrap.json), lockfileVersion 1 to 3.
 * v2 and v3 list every installed package under `packages`, keyed by its node_modules path;
 * v1 nests `dependencies`. Spec: https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json
 */
import { z } from "zod";
import { ParseError } from "../../../domain/errors.js";
import { messageOf } from "../text-cataloger.js";

export interface NpmRecord {
  name: string;
  version: string;
}

const PackageEntry = z.looseObject({
  name: z.string().optional(),
  version: z.string().optional(),
  link: z.boolean().optional(),
});

interface V1Dependency {
  version?: string | undefined;
  dependencies?: Record<string, V1Dependency> | undefined;
}

const V1Dependency: z.ZodType<V1Dependency> = z.lazy(() =>
  z.looseObject({
    version: z.string().optional(),
    dependencies: z.record(z.string(), V1Dependency).optional(),
  }),
);

const PackageLock = z.looseObject({
  lockfileVersion: z.number().optional(),
  packages: z.record(z.string(), PackageEntry).optional(),
  dependencies: z.record(z.string(), V1Dependency).optional(),
});

const MARKER = "node_modules/";

function fromPackages(packages: Record<string, z.infer<typeof PackageEntry>>): NpmRecord[] {
  const out: NpmRecord[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    const at = key.lastIndexOf(MARKER);
    // "" is the project itself; keys without node_modules/ are workspace folders.
    if (at < 0 || entry.link === true || !entry.version) continue;
    out.push({ name: entry.name ?? key.slice(at + MARKER.length), version: entry.version });
  }
  return out;
}

function fromV1(dependencies: Record<string, V1Dependency>, out: NpmRecord[] = []): NpmRecord[] {
  for (const [name, dep] of Object.entries(dependencies)) {
    // A version that is a path or URL ("file:../x") is not a registry version.
    if (dep.version && !dep.version.includes(":")) out.push({ name, version: dep.version });
    if (dep.dependencies) fromV1(dep.dependencies, out);
  }
  return out;
}

export function parsePackageLock(text: string, file: string): NpmRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ParseError(`not JSON: ${messageOf(error)}`, { file });
  }
  const lock = PackageLock.safeParse(json);
  if (!lock.success) throw new ParseError(`not a package-lock: ${lock.error.message}`, { file });
  if (lock.data.packages) return fromPackages(lock.data.packages);
  return fromV1(lock.data.dependencies ?? {});
}

const PackageJson = z.looseObject({ name: z.string().optional(), version: z.string().optional() });

/** An installed package's own package.json: its name and version, or undefined when it has none. */
export function parseInstalledPackageJson(text: string, file: string): NpmRecord | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ParseError(`not JSON: ${messageOf(error)}`, { file });
  }
  const parsed = PackageJson.safeParse(json);
  if (!parsed.success) throw new ParseError(`not a package.json: ${parsed.error.message}`, { file });
  const { name, version } = parsed.data;
  return name && version ? { name, version } : undefined;
}
