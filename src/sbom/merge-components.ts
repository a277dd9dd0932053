/**
 * One Component per purl: an SBOM that lists the same package twice (a jar found in two places,
 * a package pulled in by two parents) yields one Component with the union of its locations.
 */
import type { Component } from "../domain/component.js";

/** Merges entries with the same purl, keeping the order of first appearance. */
export function mergeComponents(components: readonly Component[]): {
  components: Component[];
  merged: number;
} {
  const byPurl = new Map<string, Component>();
  let merged = 0;
  for (const component of components) {
    const seen = byPurl.get(component.purl);
    if (seen === undefined) byPurl.set(component.purl, component);
    else {
      byPurl.set(component.purl, mergeTwo(seen, component));
      merged++;
    }
  }
  return { components: merged === 0 ? [...components] : [...byPurl.values()], merged };
}

/** The first entry's fields win; locations and hashes are united; properties fill in what is missing. */
function mergeTwo(first: Component, second: Component): Component {
  const result: Component = { ...first, locations: union(first.locations, second.locations) };
  if (result.cpe === undefined && second.cpe !== undefined) result.cpe = second.cpe;
  if (second.properties !== undefined) {
    result.properties = Object.fromEntries([
      ...Object.entries(second.properties),
      ...Object.entries(first.properties ?? {}),
    ]);
  }
  if (second.hashes !== undefined) {
    const hashes = [...(first.hashes ?? [])];
    for (const hash of second.hashes) {
      if (!hashes.some((h) => h.alg === hash.alg && h.value === hash.value)) hashes.push(hash);
    }
    result.hashes = hashes;
  }
  return result;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
