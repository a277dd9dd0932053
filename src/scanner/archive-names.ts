/**
 * Which file names are archives the scan opens, and which of those are Java archives.
 * Extensions from the JAR file specification and the Java EE / Jenkins / Karaf packagings:
 * https://docs.oracle.com/en/java/javase/21/docs/specs/jar/jar.html
 */

export const JAVA_ARCHIVE_EXTENSIONS: ReadonlySet<string> = new Set([
  "jar",
  "war",
  "ear",
  "sar",
  "par",
  "rar",
  "jpi",
  "hpi",
  "kar",
]);

/** Plain zips and Python wheels are opened too: their entries may hold components. */
const OTHER_ARCHIVE_EXTENSIONS: ReadonlySet<string> = new Set(["zip", "whl"]);

function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

export function isJavaArchiveName(name: string): boolean {
  return JAVA_ARCHIVE_EXTENSIONS.has(extension(name));
}

export function isArchiveName(name: string): boolean {
  const ext = extension(name);
  return JAVA_ARCHIVE_EXTENSIONS.has(ext) || OTHER_ARCHIVE_EXTENSIONS.has(ext);
}

/** Last segment of a location (after the last `/`, nested levels included). */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
