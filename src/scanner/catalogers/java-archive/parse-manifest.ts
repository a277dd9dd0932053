/**
 * Parses the main section of `META-INF/MANIFEST.MF`. Lines are at most 72 bytes; a line
 * starting with one space continues the previous one; the main section ends at the first
 * blank line; attribute names are case-insensitive.
 * Spec: https://docs.oracle.com/en/java/javase/21/docs/specs/jar/jar.html#jar-manifest
 */

/** Attributes of the main section, keyed by lower-cased name. */
export function parseManifest(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let name: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line === "") break;
    if (line.startsWith(" ")) {
      if (name !== undefined) out.set(name, (out.get(name) ?? "") + line.slice(1));
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) {
      name = undefined;
      continue;
    }
    name = line.slice(0, colon).trim().toLowerCase();
    out.set(name, line.slice(colon + 1).replace(/^ /, ""));
  }
  return out;
}
