/**
 * Splits a Maven-style archive name `<artifactId>-<version>.<ext>`: the version starts at the
 * first `-` followed by `<digits>.<digit>` (`log4j-core-2.0-beta9.jar` -> `log4j-core`, `2.0-beta9`).
 * A bare number (`web-109.war`) is more often a build or deployment counter than a version.
 */

export interface FileNameIdentity {
  name: string;
  /** "" when the name carries no version. */
  version: string;
}

export function parseFileName(fileName: string): FileNameIdentity {
  const stem = fileName.replace(/\.[A-Za-z0-9]+$/, "");
  const match = /^(.+?)-(\d+\.\d[^/]*)$/.exec(stem);
  if (!match) return { name: stem, version: "" };
  return { name: match[1] ?? stem, version: match[2] ?? "" };
}
