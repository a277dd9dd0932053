/**
 * Parses yarn.lock: the v1 format (its own syntax: unindented `"spec", spec:` headers, then
 * indented `version "x"`) and the Berry (v2+) format, which is YAML with a `__metadata` key.
 * https://classic.yarnpkg.com/lang/en/docs/yarn-lock/ and https://yarnpkg.com/advanced/lockfile
 */
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ParseError } from "../../../domain/errors.js";
import { messageOf } from "../text-cataloger.js";
import type { NpmRecord } from "./parse-package-lock.js";

/** `@scope/name@^1.0.0` -> `@scope/name` (the version separator is the first `@` after position 0). */
export function specName(spec: string): string {
  const at = spec.indexOf("@", 1);
  return at < 0 ? spec : spec.slice(0, at);
}

function unquote(text: string): string {
  return text.replace(/^"(.*)"$/, "$1");
}

function parseV1(text: string): NpmRecord[] {
  const out: NpmRecord[] = [];
  let name: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!line.startsWith(" ") && line.endsWith(":")) {
      const first = line.slice(0, -1).split(",")[0]?.trim() ?? "";
      name = specName(unquote(first));
      continue;
    }
    const version = /^ {2}version:? "?([^"\s]+)"?$/.exec(line)?.[1];
    if (name && version) {
      out.push({ name, version });
      name = undefined;
    }
  }
  return out;
}

const BerryEntry = z.looseObject({
  version: z.union([z.string(), z.number()]),
  resolution: z.string().optional(),
});

function parseBerry(text: string, file: string): NpmRecord[] {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    throw new ParseError(`not YAML: ${messageOf(error)}`, { file });
  }
  const out: NpmRecord[] = [];
  const entries = z.record(z.string(), z.unknown()).safeParse(doc);
  if (!entries.success) throw new ParseError("expected a YAML mapping of package entries", { file });
  for (const [key, value] of Object.entries(entries.data)) {
    if (key === "__metadata") continue;
    const entry = BerryEntry.safeParse(value);
    if (!entry.success) continue;
    const resolution = entry.data.resolution ?? key.split(",")[0]?.trim() ?? key;
    // Workspace and link entries are the project's own folders, not installed packages.
    if (/@(workspace|link|portal|file):/.test(resolution)) continue;
    out.push({ name: specName(resolution), version: String(entry.data.version) });
  }
  return out;
}

export function parseYarnLock(text: string, file: string): NpmRecord[] {
  return /^__metadata:/m.test(text) ? parseBerry(text, file) : parseV1(text);
}
