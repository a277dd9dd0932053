/**
 * The organisation as a tree of any depth (national centre, regions, establishments,
 * departments). A unit is identified by its materialised path, e.g. `/qc/r06/h123`, so
 * "everything in region 06" is a prefix range on an index.
 */
export interface OrgUnit {
  path: string;
  name: string;
  /** Free text describing the level: national, region, hospital, clinic, school, department ... */
  kind: string;
}

const SEGMENT = /^[a-z0-9][a-z0-9._-]*$/;

/** Returns why a unit path is invalid, or null when it is valid. */
export function unitPathProblem(path: string): string | null {
  if (!path.startsWith("/")) return `unit path "${path}" must start with "/"`;
  if (path.length > 1 && path.endsWith("/")) return `unit path "${path}" must not end with "/"`;
  const segments = path.split("/").slice(1);
  for (const segment of segments) {
    if (!SEGMENT.test(segment)) {
      return `unit path "${path}": segment "${segment}" must be lowercase letters, digits, ".", "_" or "-"`;
    }
  }
  return null;
}

/** The parent's path, or null for a root unit (`/qc` has no parent). */
export function parentPath(path: string): string | null {
  const cut = path.lastIndexOf("/");
  return cut <= 0 ? null : path.slice(0, cut);
}

/** True when `path` is `scope` or lies beneath it. */
export function isWithin(path: string, scope: string): boolean {
  return scope === "/" || path === scope || path.startsWith(`${scope}/`);
}
