/**
 * CycloneDX JSON 1.2 to 1.6 -> Components (https://cyclonedx.org/docs/1.6/json/).
 * Nested `components[].components` are walked depth-first in document order, each entry kept.
 * Locations come from `evidence.occurrences[].location` (1.5+) and from the location properties
 * that scanners write (LOCATION_PROPERTY).
 */
import type { Component } from "../domain/component.js";
import { ComponentBuilder, type RawComponent } from "./component-builder.js";
import { FieldReader, type JsonObject } from "./json-fields.js";

/** What a reader takes out of one SBOM document. */
export interface SbomContent {
  /** The tool that wrote the SBOM, "name version". */
  tool?: string;
  /** What the SBOM describes (CycloneDX metadata.component, the SPDX described package). */
  subject?: Component;
  /** Every component entry, in document order (duplicates not yet merged). */
  components: Component[];
}

/**
 * Properties that hold where a component was found: syft's `syft:location:<n>:path`
 * (https://github.com/anchore/syft), Trivy's `aquasecurity:trivy:FilePath`, and names of the
 * form `cdx:<tool>:location`. They become locations, not properties.
 */
const LOCATION_PROPERTY = /^(?:syft:location:\d+:path|aquasecurity:trivy:FilePath|cdx:.+:location)$/;

/** Reads a CycloneDX document whose format has already been detected. */
export function readCycloneDx(doc: JsonObject, file: string, warnings: string[]): SbomContent {
  const fields = new FieldReader(file);
  const builder = new ComponentBuilder(file, warnings);
  const content: SbomContent = { components: [] };
  const metadata = fields.object(doc, "metadata", "");
  if (metadata !== undefined) {
    const tool = toolName(fields, metadata);
    if (tool !== undefined) content.tool = tool;
    const root = fields.object(metadata, "component", "metadata");
    if (root !== undefined) {
      content.subject = builder.build(rawComponent(fields, root, "metadata.component"), "metadata.component");
    }
  }
  const stack: { value: unknown; path: string }[] = [];
  pushChildren(stack, fields.array(doc, "components", ""), "components");
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const entry = fields.element(item.value, item.path);
    content.components.push(builder.build(rawComponent(fields, entry, item.path), item.path));
    pushChildren(stack, fields.array(entry, "components", item.path), `${item.path}.components`);
  }
  builder.finish();
  return content;
}

/** Pushes in reverse, so popping yields document order. */
function pushChildren(stack: { value: unknown; path: string }[], children: readonly unknown[], path: string) {
  for (let i = children.length - 1; i >= 0; i--) stack.push({ value: children[i], path: `${path}[${i}]` });
}

function rawComponent(fields: FieldReader, entry: JsonObject, path: string): RawComponent {
  const name = fields.string(entry, "name", path);
  const version = fields.string(entry, "version", path);
  const raw: RawComponent = {
    ref: fields.string(entry, "bom-ref", path) ?? `${name ?? "?"}@${version ?? "?"}`,
    purl: fields.string(entry, "purl", path),
    name,
    group: fields.string(entry, "group", path),
    version,
    cpe: fields.string(entry, "cpe", path),
    locations: [],
    hashes: readHashes(fields, entry, path),
  };
  raw.properties = readProperties(fields, entry, path, raw.locations);
  readOccurrences(fields, entry, path, raw.locations);
  return raw;
}

function readHashes(fields: FieldReader, entry: JsonObject, path: string): RawComponent["hashes"] {
  const hashes: { alg: string; value: string }[] = [];
  fields.array(entry, "hashes", path).forEach((value, i) => {
    const at = `${path}.hashes[${i}]`;
    const hash = fields.element(value, at);
    const alg = fields.string(hash, "alg", at);
    const content = fields.string(hash, "content", at);
    if (alg !== undefined && content !== undefined) hashes.push({ alg, value: content });
  });
  return hashes;
}

/** Properties by name (the first value wins when a name repeats); location properties go to `locations`. */
function readProperties(fields: FieldReader, entry: JsonObject, path: string, locations: string[]) {
  // A Map, then fromEntries: a property named "__proto__" or "constructor" stays a plain property.
  const properties = new Map<string, string>();
  fields.array(entry, "properties", path).forEach((value, i) => {
    const at = `${path}.properties[${i}]`;
    const property = fields.element(value, at);
    const name = fields.string(property, "name", at);
    const text = fields.string(property, "value", at);
    if (name === undefined || text === undefined) return;
    if (LOCATION_PROPERTY.test(name)) addLocation(locations, text);
    else if (!properties.has(name)) properties.set(name, text);
  });
  return Object.fromEntries(properties);
}

function readOccurrences(fields: FieldReader, entry: JsonObject, path: string, locations: string[]): void {
  const evidence = fields.object(entry, "evidence", path);
  if (evidence === undefined) return;
  const at = `${path}.evidence`;
  fields.array(evidence, "occurrences", at).forEach((value, i) => {
    const occurrence = fields.element(value, `${at}.occurrences[${i}]`);
    const location = fields.string(occurrence, "location", `${at}.occurrences[${i}]`);
    if (location !== undefined) addLocation(locations, location);
  });
}

function addLocation(locations: string[], location: string): void {
  if (location !== "" && !locations.includes(location)) locations.push(location);
}

/** "name version" of the first tool: `metadata.tools` is an array before 1.5, an object of components after. */
function toolName(fields: FieldReader, metadata: JsonObject): string | undefined {
  const tools = metadata.tools;
  let first: unknown;
  if (Array.isArray(tools)) first = tools[0];
  else if (tools !== undefined && tools !== null) {
    const object = fields.object(metadata, "tools", "metadata");
    first = object === undefined ? undefined : fields.array(object, "components", "metadata.tools")[0];
  }
  if (first === undefined) return undefined;
  const tool = fields.element(first, "metadata.tools[0]");
  const name = fields.string(tool, "name", "metadata.tools[0]");
  const version = fields.string(tool, "version", "metadata.tools[0]");
  return name === undefined ? undefined : version === undefined ? name : `${name} ${version}`;
}
