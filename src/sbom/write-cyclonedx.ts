/**
 * Components -> CycloneDX 1.6 JSON (https://cyclonedx.org/docs/1.6/json/).
 *
 * Built by hand rather than with @cyclonedx/cyclonedx-library: its installed version (10.x)
 * models component evidence with licenses and copyright only, without `evidence.occurrences`,
 * which is where every location of a component goes.
 *
 * The output is reproducible: components sorted by purl, hashes, properties and locations
 * sorted, keys in a fixed order; only serialNumber and timestamp change, and both can be pinned.
 */
import { randomUUID } from "node:crypto";
import type { Component } from "../domain/component.js";
import { CYCLONEDX_HASH_ALGORITHMS } from "./hash-algorithms.js";

/** Options of writeCycloneDx. */
export interface WriteCycloneDxOptions {
  /** `urn:uuid:...`; a random one when not given. */
  serialNumber?: string;
  /** ISO 8601; now when not given. */
  timestamp?: string;
  /** The Needle version named as the tool in metadata. */
  toolVersion?: string;
}

/** A CycloneDX 1.6 JSON document of the subject (metadata.component) and the components. */
export function writeCycloneDx(
  subject: Component | undefined,
  components: readonly Component[],
  options: WriteCycloneDxOptions = {},
): string {
  const sorted = uniqueByPurl(components);
  const componentRefs = new Set(sorted.map((c) => c.purl));
  const metadata: Record<string, unknown> = {
    timestamp: options.timestamp ?? new Date().toISOString(),
    tools: { components: [tool(options.toolVersion)] },
  };
  if (subject !== undefined) {
    // bom-refs are unique in a BOM; the subject only takes another ref if it is also listed as a component.
    const ref = componentRefs.has(subject.purl) ? `root:${subject.purl}` : subject.purl;
    metadata.component = componentJson(subject, "application", ref);
  }
  const bom = {
    $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json",
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: options.serialNumber ?? `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata,
    components: sorted.map((c) => componentJson(c, "library", c.purl)),
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
}

/** Components sorted by purl, one per purl (the first of a repeated purl is kept). */
export function uniqueByPurl(components: readonly Component[]): Component[] {
  const byPurl = new Map<string, Component>();
  for (const component of components) if (!byPurl.has(component.purl)) byPurl.set(component.purl, component);
  return [...byPurl.values()].sort((a, b) => compareStrings(a.purl, b.purl));
}

function tool(version: string | undefined): Record<string, string> {
  const entry: Record<string, string> = { type: "application", name: "needle" };
  if (version !== undefined) entry.version = version;
  return entry;
}

function componentJson(component: Component, type: string, ref: string): Record<string, unknown> {
  const json: Record<string, unknown> = { type, "bom-ref": ref };
  if (component.namespace !== "") json.group = component.namespace;
  json.name = component.name;
  if (component.version !== "") json.version = component.version;
  const hashes = (component.hashes ?? [])
    .filter((h) => CYCLONEDX_HASH_ALGORITHMS.has(h.alg))
    .map((h) => ({ alg: h.alg, content: h.value }))
    .sort((a, b) => compareStrings(a.alg, b.alg) || compareStrings(a.content, b.content));
  if (hashes.length > 0) json.hashes = hashes;
  if (component.cpe !== undefined) json.cpe = component.cpe;
  json.purl = component.purl;
  const properties = Object.entries(component.properties ?? {})
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, value]) => ({ name, value }));
  if (properties.length > 0) json.properties = properties;
  const locations = [...new Set(component.locations)].sort(compareStrings);
  if (locations.length > 0) json.evidence = { occurrences: locations.map((location) => ({ location })) };
  return json;
}

/** Code-unit order, the same on every machine and locale (unlike localeCompare). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
