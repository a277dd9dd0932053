/** Collects one asset's occurrences, each (package, location) once. */
import type { Pkg } from "../catalogue/package-line.js";

export interface Occurrence {
  pkg: Pkg;
  location: string;
  /** JSON object text of the properties seen there, or null. */
  properties: string | null;
}

export class Occurrences {
  readonly items: Occurrence[] = [];
  private readonly seen = new Set<string>();

  add(pkg: Pkg, location: string, properties: string | null = null): void {
    const key = `${pkg.purl}\u0000${location}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ pkg, location, properties });
  }
}
