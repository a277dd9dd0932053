/**
 * Parses os-release: `KEY=value` lines, values optionally in single or double quotes with
 * backslash escapes, `#` comments.
 * Spec: https://www.freedesktop.org/software/systemd/man/latest/os-release.html
 */
export function parseOsRelease(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!match?.[1]) continue;
    let value = match[2] ?? "";
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1).replace(/\\(.)/g, "$1");
    }
    out.set(match[1], value);
  }
  return out;
}
