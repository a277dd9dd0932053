/**
 * Packages: each distinct purl stored once. A province holds tens of millions of
 * occurrences but only some hundred thousand packages, so ids are resolved through an
 * in-process cache, and only unseen purls reach the database, in bulk.
 * Ids of committed packages never change (packages are never deleted), so a cached id
 * stays right; ids inserted in a transaction join the cache only once it commits.
 */
import type Database from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import type { Component } from "../domain/component.js";
import { chunks } from "./chunks.js";
import type { Schema } from "./schema.js";
import type { Store } from "./store.js";

const CACHE_LIMIT = 1_000_000;
const caches = new WeakMap<Store, Map<string, number>>();

export interface PackageIds {
  /** purl -> id for every component asked about. */
  ids: Map<string, number>;
  /** purls looked up in the database by this call: pass to `rememberPackages` after the transaction commits. */
  inserted: Map<string, number>;
  /** Packages that did not exist before this call: the ones to match against advisories. */
  created: (PackageFields & { id: number })[];
}

export type PackageFields = Pick<
  Component,
  "purl" | "type" | "namespace" | "name" | "version" | "qualifiers" | "cpe"
>;

export async function ensurePackages(
  store: Store,
  tx: Kysely<Schema>,
  components: readonly PackageFields[],
): Promise<PackageIds> {
  const cache = cacheOf(store);
  const ids = new Map<string, number>();
  const missing: PackageFields[] = [];
  const asked = new Set<string>();
  for (const c of components) {
    const id = cache.get(c.purl);
    if (id !== undefined) ids.set(c.purl, id);
    // A purl listed twice (two copies of one jar) is looked up once, so its "created" fact is not lost.
    else if (!asked.has(c.purl)) {
      asked.add(c.purl);
      missing.push(c);
    }
  }
  const inserted = new Map<string, number>();
  const created: (PackageFields & { id: number })[] = [];
  if (missing.length > 0) {
    const found = store.sqlite ? ensureSqlite(store, missing) : await ensurePostgres(tx, missing);
    for (const c of missing) {
      const hit = found.get(c.purl);
      if (!hit) continue;
      ids.set(c.purl, hit.id);
      inserted.set(c.purl, hit.id);
      if (hit.created) created.push({ ...c, id: hit.id });
    }
  }
  return { ids, inserted, created };
}

/** Adds committed ids to the cache; call after the transaction that made them commits. */
export function rememberPackages(store: Store, inserted: Map<string, number>): void {
  const cache = cacheOf(store);
  if (cache.size + inserted.size > CACHE_LIMIT) cache.clear();
  for (const [purl, id] of inserted) cache.set(purl, id);
}

/** Forgets cached ids, for when packages were deleted (a demo province replaced with --force). */
export function forgetPackages(store: Store): void {
  caches.delete(store);
}

function cacheOf(store: Store): Map<string, number> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  return cache;
}

const statements = new WeakMap<
  Database.Database,
  { insert: Database.Statement; select: Database.Statement }
>();

function sqliteStatements(db: Database.Database) {
  let prepared = statements.get(db);
  if (!prepared) {
    prepared = {
      insert: db.prepare(
        "INSERT INTO packages (purl, type, namespace, name, version, qualifiers, cpe) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (purl) DO NOTHING",
      ),
      select: db.prepare("SELECT id FROM packages WHERE purl = ?").pluck(),
    };
    statements.set(db, prepared);
  }
  return prepared;
}

// SQLite runs in-process: prepared single-row statements inside the caller's transaction
// are faster than building multi-row SQL.
type Found = Map<string, { id: number; created: boolean }>;

function ensureSqlite(store: Store, missing: readonly PackageFields[]): Found {
  const { insert, select } = sqliteStatements(store.sqlite!);
  const out: Found = new Map();
  for (const c of missing) {
    const { changes } = insert.run(
      c.purl,
      c.type,
      c.namespace,
      c.name,
      c.version,
      c.qualifiers,
      c.cpe ?? null,
    );
    out.set(c.purl, { id: select.get(c.purl) as number, created: changes > 0 });
  }
  return out;
}

async function ensurePostgres(tx: Kysely<Schema>, missing: readonly PackageFields[]): Promise<Found> {
  const out: Found = new Map();
  for (const part of chunks(missing, 5000)) {
    const made = await sql<{ purl: string }>`
      INSERT INTO packages (purl, type, namespace, name, version, qualifiers, cpe)
      SELECT * FROM unnest(${part.map((c) => c.purl)}::text[], ${part.map((c) => c.type)}::text[],
        ${part.map((c) => c.namespace)}::text[], ${part.map((c) => c.name)}::text[],
        ${part.map((c) => c.version)}::text[], ${part.map((c) => c.qualifiers)}::text[],
        ${part.map((c) => c.cpe ?? null)}::text[])
      ON CONFLICT (purl) DO NOTHING RETURNING purl`.execute(tx);
    const createdNow = new Set(made.rows.map((r) => r.purl));
    const rows = await tx
      .selectFrom("packages")
      .select(["id", "purl"])
      .where("purl", "=", sql<string>`ANY(${part.map((c) => c.purl)}::text[])`)
      .execute();
    for (const row of rows) out.set(row.purl, { id: row.id, created: createdNow.has(row.purl) });
  }
  return out;
}
