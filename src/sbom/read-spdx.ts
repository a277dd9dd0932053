/**
 * SPDX 2.2 / 2.3 JSON -> Components (https://spdx.github.io/spdx-spec/v2.3/).
 * The described package (documentDescribes, or a DESCRIBES relationship from the document) is
 * the subject; every other package is a component. The purl comes from an external reference
 * of type `purl` (category PACKAGE-MANAGER, spelled PACKAGE_MANAGER in 2.2), the CPE from
 * `cpe23Type` (else `cpe22Type`).
 */
import { ComponentBuilder, type RawComponent } from "./component-builder.js";
import { hashAlgorithmFromSpdx } from "./hash-algorithms.js";
import { FieldReader, type JsonObject } from "./json-fields.js";
import type { SbomContent } from "./read-cyclonedx.js";

/**
 * SPDX 2.3 has no field for where a package was found; Needle writes each location as a package
 * annotation whose comment starts with this prefix, and reads it back.
 */
export const SPDX_LOCATION_ANNOTATION = "needle:location=";

/** Reads an SPDX document whose format has already been detected. */
export function readSpdx(doc: JsonObject, file: string, warnings: string[]): SbomContent {
  const fields = new FieldReader(file);
  const builder = new ComponentBuilder(file, warnings);
  const described = describedIds(fields, doc);
  const content: SbomContent = { components: [] };
  const tool = toolName(fields, doc);
  if (tool !== undefined) content.tool = tool;
  let otherRoots = 0;
  fields.array(doc, "packages", "").forEach((value, i) => {
    const path = `packages[${i}]`;
    const entry = fields.element(value, path);
    const component = builder.build(rawPackage(fields, entry, path), path);
    const id = fields.string(entry, "SPDXID", path) ?? "";
    if (content.subject === undefined && id === described[0]) content.subject = component;
    else {
      if (described.includes(id)) otherRoots++;
      content.components.push(component);
    }
  });
  builder.finish();
  if (otherRoots > 0) {
    warnings.push(
      `${file}: ${otherRoots} more described package(s) besides ${described[0]} kept as components`,
    );
  }
  return content;
}

/** SPDXIDs the document describes, in the order the document names them. */
function describedIds(fields: FieldReader, doc: JsonObject): string[] {
  const documentId = fields.string(doc, "SPDXID", "") ?? "SPDXRef-DOCUMENT";
  const ids: string[] = [];
  fields.array(doc, "documentDescribes", "").forEach((value, i) => {
    if (typeof value !== "string") throw fields.wrongType(`documentDescribes[${i}]`, "a string", value);
    ids.push(value);
  });
  fields.array(doc, "relationships", "").forEach((value, i) => {
    const path = `relationships[${i}]`;
    const relationship = fields.element(value, path);
    const type = fields.string(relationship, "relationshipType", path);
    const from = fields.string(relationship, "spdxElementId", path);
    const to = fields.string(relationship, "relatedSpdxElement", path);
    if (type === "DESCRIBES" && from === documentId && to !== undefined) ids.push(to);
    if (type === "DESCRIBED_BY" && to === documentId && from !== undefined) ids.push(from);
  });
  return [...new Set(ids)];
}

function rawPackage(fields: FieldReader, entry: JsonObject, path: string): RawComponent {
  const raw: RawComponent = {
    ref: fields.string(entry, "SPDXID", path) ?? path,
    name: fields.string(entry, "name", path),
    version: fields.string(entry, "versionInfo", path),
    locations: [],
  };
  let cpe22: string | undefined;
  fields.array(entry, "externalRefs", path).forEach((value, i) => {
    const at = `${path}.externalRefs[${i}]`;
    const ref = fields.element(value, at);
    const type = fields.string(ref, "referenceType", at);
    const locator = fields.string(ref, "referenceLocator", at);
    if (type === "purl") raw.purl ??= locator;
    else if (type === "cpe23Type") raw.cpe ??= locator;
    else if (type === "cpe22Type") cpe22 ??= locator;
  });
  raw.cpe ??= cpe22;
  raw.hashes = [];
  const hashes = raw.hashes;
  fields.array(entry, "checksums", path).forEach((value, i) => {
    const at = `${path}.checksums[${i}]`;
    const checksum = fields.element(value, at);
    const algorithm = fields.string(checksum, "algorithm", at);
    const checksumValue = fields.string(checksum, "checksumValue", at);
    if (algorithm !== undefined && checksumValue !== undefined) {
      hashes.push({ alg: hashAlgorithmFromSpdx(algorithm), value: checksumValue });
    }
  });
  fields.array(entry, "annotations", path).forEach((value, i) => {
    const at = `${path}.annotations[${i}]`;
    const comment = fields.string(fields.element(value, at), "comment", at);
    if (comment?.startsWith(SPDX_LOCATION_ANNOTATION)) {
      const location = comment.slice(SPDX_LOCATION_ANNOTATION.length);
      if (location !== "" && !raw.locations.includes(location)) raw.locations.push(location);
    }
  });
  return raw;
}

/** The first `Tool: ` creator, without the prefix. */
function toolName(fields: FieldReader, doc: JsonObject): string | undefined {
  const creationInfo = fields.object(doc, "creationInfo", "");
  if (creationInfo === undefined) return undefined;
  for (const creator of fields.array(creationInfo, "creators", "creationInfo")) {
    if (typeof creator === "string" && creator.startsWith("Tool:")) return creator.slice(5).trim();
  }
  return undefined;
}
