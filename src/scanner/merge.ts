/**
 * Merges the same component found at several places into one with all its locations, and
 * sorts, so the output of a scan is reproducible. Copies that differ in facts (hash, a
 * property such as a removed JndiLookup class) stay separate components.
 */
import type { Component } from "../domain/component.js";

function identity(c: Component): string {
  const properties = c.properties ? Object.entries(c.properties).sort() : [];
  return JSON.stringify([c.purl, c.cpe ?? "", properties, c.hashes ?? []]);
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function mergeComponents(found: readonly Component[]): Component[] {
  const merged = new Map<string, Component>();
  for (const c of found) {
    const id = identity(c);
    const existing = merged.get(id);
    if (existing) existing.locations.push(...c.locations);
    else merged.set(id, { ...c, locations: [...c.locations] });
  }
  const out = [...merged.values()];
  for (const c of out) c.locations = [...new Set(c.locations)].sort(byText);
  return out.sort((a, b) => byText(a.purl, b.purl) || byText(a.locations[0] ?? "", b.locations[0] ?? ""));
}
