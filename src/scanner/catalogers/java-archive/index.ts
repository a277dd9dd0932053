/**
 * java-archive: identifies jar, war, ear and the other Java archives (the walk opens the
 * nested ones, to any depth the limits allow). Reads only pom.properties and MANIFEST.MF;
 * the presence of log4j-core's JndiLookup class is a central-directory lookup.
 */
import { createHash } from "node:crypto";
import type { Component } from "../../../domain/component.js";
import { type NeedleError, ParseError } from "../../../domain/errors.js";
import { isJavaArchiveName } from "../../archive-names.js";
import type { Cataloger, CatalogFile, CatalogResult } from "../../cataloger.js";
import { buildComponent } from "../../component-builder.js";
import { ScanProblem } from "../../errors.js";
import type { ZipArchive } from "../../zip/zip-archive.js";
import { type ArchiveFacts, identify, type JavaIdentity } from "./identify.js";
import { parseFileName } from "./parse-file-name.js";
import { parseManifest } from "./parse-manifest.js";
import { parsePomProperties } from "./parse-pom-properties.js";

const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
const MANIFEST = "META-INF/MANIFEST.MF";
/** Removing this class is the documented Log4Shell mitigation (CVE-2021-44228, Apache advisory). */
const JNDI_LOOKUP = "org/apache/logging/log4j/core/lookup/JndiLookup.class";
export const JNDI_REMOVED_PROPERTY = "needle:log4j:jndilookup-removed";

const decoder = new TextDecoder("utf-8");

function readText(archive: ZipArchive, name: string, errors: NeedleError[]): string | undefined {
  const entry = archive.get(name);
  if (!entry) return undefined;
  try {
    return decoder.decode(archive.read(entry));
  } catch (error) {
    if (error instanceof ScanProblem) errors.push(error);
    else throw error;
    return undefined;
  }
}

function collectFacts(
  file: CatalogFile,
  archive: ZipArchive | undefined,
  errors: NeedleError[],
): ArchiveFacts {
  const facts: ArchiveFacts = { poms: [], manifest: new Map(), fileName: parseFileName(file.name) };
  if (!archive) return facts;
  for (const entry of archive.entries) {
    if (!POM_PROPERTIES.test(entry.name)) continue;
    const text = readText(archive, entry.name, errors);
    if (text === undefined) continue;
    try {
      facts.poms.push(parsePomProperties(text, entry.name, file.path));
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      errors.push(error);
    }
  }
  const manifest = readText(archive, MANIFEST, errors);
  if (manifest !== undefined) facts.manifest = parseManifest(manifest);
  return facts;
}

function toComponent(id: JavaIdentity, file: CatalogFile, archive: ZipArchive | undefined): Component {
  const properties: Record<string, string> = { "needle:java:identified-by": id.evidence };
  if (id.groupGuessed) properties["needle:java:group-id-guessed"] = "true";
  if (!id.own) properties["needle:java:embedded"] = "true";
  if (id.artifactId === "log4j-core" && archive && !archive.has(JNDI_LOOKUP))
    properties[JNDI_REMOVED_PROPERTY] = "true";
  const bytes = id.own ? archive?.bytes : undefined;
  return buildComponent({
    type: "maven",
    namespace: id.groupId,
    name: id.artifactId,
    version: id.version,
    location: file.path,
    properties,
    ...(bytes
      ? { hashes: [{ alg: "SHA-256", value: createHash("sha256").update(bytes).digest("hex") }] }
      : {}),
  });
}

export const javaArchiveCataloger: Cataloger = {
  name: "java-archive",
  wants: (path) => isJavaArchiveName(path),
  async catalog(file, ctx): Promise<CatalogResult> {
    const errors: NeedleError[] = [];
    const archive = await ctx.openArchive(file);
    const facts = collectFacts(file, archive, errors);
    const components: Component[] = [];
    for (const id of identify(facts)) {
      try {
        components.push(toComponent(id, file, archive));
      } catch (error) {
        errors.push(new ScanProblem("parse-error", file.path, `invalid Maven coordinates: ${String(error)}`));
      }
    }
    return { components, errors };
  },
};
