/** Helpers for the demo's tests: a digest of what a store holds, comparable across engines. */
import { createHash } from "node:crypto";
import type { Store } from "../store/store.js";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A sha256 per table over its rows, sorted in JavaScript so both engines' collations agree. */
export async function dumpDigest(store: Store): Promise<Record<string, string>> {
  const db = store.db;
  const tables = {
    units: await db.selectFrom("units").selectAll().execute(),
    assets: await db.selectFrom("assets").selectAll().execute(),
    packages: await db.selectFrom("packages").selectAll().execute(),
    scans: await db.selectFrom("scans").selectAll().execute(),
    occurrences: await db.selectFrom("occurrences").selectAll().execute(),
    segments: await db.selectFrom("segments").selectAll().execute(),
    links: await db.selectFrom("links").selectAll().execute(),
    flows: await db.selectFrom("flows").selectAll().execute(),
    dependencies: await db.selectFrom("dependencies").selectAll().execute(),
  };
  const out: Record<string, string> = {};
  for (const [name, rows] of Object.entries(tables)) {
    const lines = rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => cmp(a, b))));
    lines.sort(cmp);
    out[name] = createHash("sha256").update(lines.join("\n")).digest("hex");
  }
  return out;
}
