/**
 * The bridge between an advisory's OSV package names and the store's package rows: which
 * `packages.name` values an affected entry could be stored under. The store indexes packages
 * by name, so matching starts from an index lookup and the exact test (ecosystem, namespace,
 * version rules) runs only on the handful of rows found.
 */
import type { AffectedPackage } from "../domain/advisory.js";

/** Marks advisories with OS-level CPE criteria in the names index. */
export const OS_CPE_NAME = "cpe:os";

export function storedNamesOf(affected: AffectedPackage): string[] {
  const name = affected.name;
  const names = new Set<string>();
  // Maven `group:artifact`, npm `@scope/name`, Go `host/path/name`: the stored name is the last part.
  const last = name.split(/[:/]/).pop() ?? name;
  names.add(last);
  names.add(name);
  // PyPI and NuGet names are case-insensitive, and PyPI treats -, _ and . alike (PEP 503).
  const lower = last.toLowerCase();
  names.add(lower);
  if (/[-_.]/.test(lower)) {
    for (const sep of ["-", "_", "."]) names.add(lower.replace(/[-_.]+/g, sep));
  }
  return [...names];
}

export function storedNamesOfAll(affected: readonly AffectedPackage[]): string[] {
  return [...new Set(affected.flatMap(storedNamesOf))].sort();
}
