/**
 * Parses dpkg's status database (`/var/lib/dpkg/status`): RFC 822-style paragraphs, one per
 * package; a line starting with a space or tab continues the previous field.
 * Format: https://man7.org/linux/man-pages/man5/deb822.5.html and dpkg-query(1) "Status".
 */
import { paragraphs } from "../text-cataloger.js";

export interface DpkgRecord {
  /** Field names as written (`Package`, `Version` ...). */
  fields: Map<string, string>;
  /** 1-based line where the paragraph starts. */
  line: number;
}

export function parseControlParagraph(lines: string[]): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines) {
    if ((line.startsWith(" ") || line.startsWith("\t")) && last !== undefined) {
      fields.set(last, `${fields.get(last) ?? ""}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    last = line.slice(0, colon);
    fields.set(last, line.slice(colon + 1).trim());
  }
  return fields;
}

export function parseDpkgStatus(text: string): DpkgRecord[] {
  return paragraphs(text).map((p) => ({ line: p.line, fields: parseControlParagraph(p.lines) }));
}
