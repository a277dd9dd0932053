/**
 * Builds a Component from the parts of its purl, so every cataloger spells purls the same
 * way (https://github.com/package-url/purl-spec).
 */
import { PackageURL } from "packageurl-js";
import { type Component, identityQualifiers } from "../domain/component.js";

export interface ComponentParts {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
  qualifiers?: Record<string, string>;
  location: string;
  cpe?: string;
  properties?: Record<string, string>;
  hashes?: { alg: string; value: string }[];
}

/** Throws (packageurl-js PurlError) when the parts do not make a valid purl for the type. */
export function buildComponent(parts: ComponentParts): Component {
  const qualifiers = Object.fromEntries(
    Object.entries(parts.qualifiers ?? {}).filter(([k, v]) => v !== "" && identityQualifiers.has(k)),
  );
  const purl = new PackageURL(
    parts.type,
    parts.namespace || undefined,
    parts.name,
    parts.version || undefined,
    Object.keys(qualifiers).length > 0 ? qualifiers : undefined,
    undefined,
  );
  const text = purl.toString();
  const query = text.indexOf("?");
  const component: Component = {
    purl: text,
    type: purl.type,
    namespace: purl.namespace ?? "",
    name: purl.name,
    version: purl.version ?? "",
    qualifiers: query < 0 ? "" : text.slice(query + 1),
    locations: [parts.location],
  };
  if (parts.cpe !== undefined) component.cpe = parts.cpe;
  if (parts.properties && Object.keys(parts.properties).length > 0) component.properties = parts.properties;
  if (parts.hashes && parts.hashes.length > 0) component.hashes = parts.hashes;
  return component;
}
