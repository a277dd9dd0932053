/**
 * Decides what a Java archive is from what it contains, in order of trust: every
 * pom.properties (a shaded jar embeds several; one of them may be its own), then the
 * manifest, then the file name. Pure: facts in, identities out.
 */
import { knownGroupId } from "./known-group-ids.js";
import type { FileNameIdentity } from "./parse-file-name.js";
import type { PomProperties } from "./parse-pom-properties.js";

export type Evidence = "pom.properties" | "manifest" | "file-name";

export interface JavaIdentity {
  groupId: string;
  artifactId: string;
  version: string;
  evidence: Evidence;
  /** The groupId was not stated by the archive but looked up or guessed from the artifactId. */
  groupGuessed: boolean;
  /** True for the archive's own identity (it carries the archive's hash); false for embedded ones. */
  own: boolean;
}

export interface ArchiveFacts {
  poms: PomProperties[];
  /** Main-section manifest attributes, lower-cased names. */
  manifest: Map<string, string>;
  fileName: FileNameIdentity;
}

function fromPom(pom: PomProperties, own: boolean): JavaIdentity {
  return { ...pom, evidence: "pom.properties", groupGuessed: false, own };
}

/** The last segment of a Bundle-SymbolicName, without directives (`a.b.c;singleton:=true` -> `c`). */
function symbolicName(manifest: Map<string, string>): string | undefined {
  const value = manifest.get("bundle-symbolicname")?.split(";")[0]?.trim();
  return value || undefined;
}

function looksLikeId(text: string | undefined): text is string {
  return text !== undefined && /^[A-Za-z0-9._-]+$/.test(text);
}

function ownPom(facts: ArchiveFacts): PomProperties | undefined {
  if (facts.poms.length === 1) return facts.poms[0];
  const symbolic = symbolicName(facts.manifest);
  const names = new Set(
    [facts.fileName.name, facts.manifest.get("implementation-title"), symbolic?.split(".").pop()].filter(
      (n): n is string => n !== undefined && n !== "",
    ),
  );
  return facts.poms.find((p) => names.has(p.artifactId));
}

function fromManifestOrName(facts: ArchiveFacts): JavaIdentity | undefined {
  const { manifest, fileName } = facts;
  const symbolic = symbolicName(manifest);
  const title = manifest.get("implementation-title")?.trim();
  const manifestVersion =
    manifest.get("implementation-version")?.trim() || manifest.get("bundle-version")?.trim() || "";
  const version = manifestVersion || fileName.version || manifest.get("specification-version")?.trim() || "";
  const nameFromFile = fileName.version !== "";
  const artifactId = nameFromFile ? fileName.name : looksLikeId(title) ? title : symbolic?.split(".").pop();
  if (!version || !artifactId) return undefined;
  const statedGroup = manifest.get("implementation-vendor-id")?.trim();
  const symbolicGroup = symbolic?.includes(".") ? symbolic.slice(0, symbolic.lastIndexOf(".")) : undefined;
  return {
    groupId: statedGroup || knownGroupId(artifactId) || symbolicGroup || artifactId,
    artifactId,
    version,
    evidence: manifestVersion || !nameFromFile ? "manifest" : "file-name",
    groupGuessed: !statedGroup,
    own: true,
  };
}

/** All identities of one archive: embedded ones from pom.properties, and its own. */
export function identify(facts: ArchiveFacts): JavaIdentity[] {
  const own = ownPom(facts);
  const identities = facts.poms.map((p) => fromPom(p, p === own));
  if (own) return identities;
  const fallback = fromManifestOrName(facts);
  if (!fallback) return identities;
  const duplicate = identities.find(
    (i) => i.artifactId === fallback.artifactId && (i.version === fallback.version || fallback.groupGuessed),
  );
  if (duplicate) {
    duplicate.own = true;
    return identities;
  }
  return [...identities, fallback];
}
