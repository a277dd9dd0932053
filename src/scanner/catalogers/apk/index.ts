/**
 * apk-installed: Alpine's installed database (`/lib/apk/db/installed`), paragraphs of
 * one-letter fields (P name, V version, A arch), as `pkg:apk/alpine/<name>@<version>?arch=`.
 * Format: https://wiki.alpinelinux.org/wiki/Apk_spec#Installed_Database_V2
 */
import type { Component } from "../../../domain/component.js";
import { type NeedleError, ParseError } from "../../../domain/errors.js";
import { buildComponent } from "../../component-builder.js";
import { endsWithSegments, paragraphs, textCataloger } from "../text-cataloger.js";

export interface ApkRecord {
  fields: Map<string, string>;
  line: number;
}

/** `X:value` lines; a field repeated (F, R for files) keeps its first value, which is all we need. */
export function parseApkInstalled(text: string): ApkRecord[] {
  return paragraphs(text).map((p) => {
    const fields = new Map<string, string>();
    for (const line of p.lines) {
      if (line[1] === ":" && !fields.has(line[0] ?? "")) fields.set(line[0] ?? "", line.slice(2));
    }
    return { fields, line: p.line };
  });
}

export const apkInstalledCataloger = textCataloger({
  name: "apk-installed",
  matches: (path) => endsWithSegments(path, "lib/apk/db/installed"),
  parse(text, path) {
    const components: Component[] = [];
    const errors: NeedleError[] = [];
    for (const record of parseApkInstalled(text)) {
      const name = record.fields.get("P");
      const version = record.fields.get("V");
      if (!name || !version) {
        errors.push(new ParseError("expected P: and V: fields", { file: path, line: record.line }));
        continue;
      }
      const arch = record.fields.get("A") ?? "";
      components.push(
        buildComponent({
          type: "apk",
          namespace: "alpine",
          name,
          version,
          qualifiers: { arch },
          location: path,
        }),
      );
    }
    return { components, errors };
  },
});
