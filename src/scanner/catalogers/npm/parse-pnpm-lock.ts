/**
 * Parses pnpm-lock.yaml. Package keys changed across lockfile versions:
 * v5 `/name/1.2.3_peer@x`, v6 `/name@1.2.3(peer@x)`, v9 `name@1.2.3(peer@x)`.
 * https://github.com/pnpm/spec/tree/master/lockfile
 */
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ParseError } from "../../../domain/errors.js";
import { messageOf } from "../text-cataloger.js";
import type { NpmRecord } from "./parse-package-lock.js";

const PnpmLock = z.looseObject({
  lockfileVersion: z.union([z.string(), z.number()]).optional(),
  packages: z
    .record(
      z.string(),
      z.looseObject({ name: z.string().optional(), version: z.string().optional() }).nullable(),
    )
    .optional(),
});

/** Splits one package key into name and version; undefined for keys that are not registry packages. */
export function parsePnpmKey(key: string, v5: boolean): NpmRecord | undefined {
  const bare = key.replace(/^\//, "").replace(/\(.*$/, "");
  if (v5) {
    const slash = bare.lastIndexOf("/");
    if (slash <= 0) return undefined;
    return { name: bare.slice(0, slash), version: bare.slice(slash + 1).replace(/_.*$/, "") };
  }
  const at = bare.indexOf("@", 1);
  if (at < 0) return undefined;
  return { name: bare.slice(0, at), version: bare.slice(at + 1) };
}

export function parsePnpmLock(text: string, file: string): NpmRecord[] {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    throw new ParseError(`not YAML: ${messageOf(error)}`, { file });
  }
  const lock = PnpmLock.safeParse(doc);
  if (!lock.success) throw new ParseError(`not a pnpm lockfile: ${lock.error.message}`, { file });
  const v5 = String(lock.data.lockfileVersion ?? "").startsWith("5");
  const out: NpmRecord[] = [];
  for (const [key, entry] of Object.entries(lock.data.packages ?? {})) {
    const record = parsePnpmKey(key, v5);
    const name = entry?.name ?? record?.name;
    const version = entry?.version ?? record?.version;
    // Versions that are URLs or paths (tarballs, git, file:) are not registry versions.
    if (name && version && !version.includes(":") && !version.includes("/")) out.push({ name, version });
  }
  return out;
}
