/**
 * Streams a generated province into an empty store: units through the units repository,
 * then assets, each scanned asset's scan, packages (first seen, first numbered) and
 * occurrences (their indexes built after the load), then the network, all in bulk with explicit ids, so the same seed gives
 * the same rows, ids included, on SQLite and PostgreSQL.
 */
import { createHash } from "node:crypto";
import { sql } from "kysely";
import { assetToColumns } from "../store/assets-repository.js";
import type { Store } from "../store/store.js";
import { upsertUnits } from "../store/units-repository.js";
import { type BulkSink, openSink } from "./bulk.js";
import { dropIndexes, restoreIndexes } from "./deferred-indexes.js";
import { contentsOf } from "./contents/index.js";
import { AS_OF } from "./facts.js";
import type { ProvinceNetwork } from "./network.js";
import type { Organisation } from "./organisation.js";
import type { AssetPlan } from "./plan.js";
import { ASSETS, DEPENDENCIES, FLOWS, LINKS, OCCURRENCES, PACKAGES, SCANS, SEGMENTS } from "./tables.js";

export interface ProgressEvent {
  phase: "assets" | "contents" | "network";
  done: number;
  total: number;
}

export interface WrittenCounts {
  packages: number;
  scans: number;
  occurrences: number;
}

/** The source and format recorded on every demo scan. */
export const DEMO_SCAN = {
  source: "scan",
  format: "cyclonedx",
  specVersion: "1.5",
  tool: "needle demo",
} as const;

export async function writeProvince(
  store: Store,
  seed: number,
  province: { org: Organisation; plans: readonly AssetPlan[]; network: ProvinceNetwork },
  onProgress: (event: ProgressEvent) => void,
): Promise<WrittenCounts> {
  await store.db.transaction().execute((tx) => upsertUnits(tx, province.org.units));
  // Tens of millions of occurrences: their indexes are built once, after the load.
  const deferred = await dropIndexes(store, "occurrences");
  const sink = openSink(store);
  try {
    await writeAssets(sink, province.plans, onProgress);
    const counts = await writeContents(sink, seed, province.plans, onProgress);
    writeNetwork(sink, province.network);
    await sink.finish();
    await restoreIndexes(store, deferred);
    onProgress({ phase: "network", done: 1, total: 1 });
    if (store.dialect === "postgres") await settlePostgres(store);
    return counts;
  } catch (error) {
    await sink.abort();
    await restoreIndexes(store, deferred);
    throw error;
  }
}

async function writeAssets(
  sink: BulkSink,
  plans: readonly AssetPlan[],
  onProgress: (e: ProgressEvent) => void,
) {
  for (const plan of plans) {
    const c = assetToColumns(plan.asset);
    sink.add(ASSETS, [
      plan.id,
      c.unit_path,
      c.name,
      c.kind,
      c.hostnames,
      c.ips,
      c.urls,
      c.segment ?? null,
      c.os_family ?? null,
      c.os_name ?? null,
      c.os_version ?? null,
      c.os_build ?? null,
      c.os_service_pack ?? null,
      c.criticality,
      c.exposure,
      c.state,
      c.av_product ?? null,
      c.av_signature_date ?? null,
      c.owner_contact ?? null,
      c.tags,
      c.last_seen ?? null,
      AS_OF,
      AS_OF,
    ]);
    if (plan.id % 5000 === 0) {
      await sink.maybeFlush();
      onProgress({ phase: "assets", done: plan.id, total: plans.length });
    }
  }
  onProgress({ phase: "assets", done: plans.length, total: plans.length });
}

async function writeContents(
  sink: BulkSink,
  seed: number,
  plans: readonly AssetPlan[],
  onProgress: (e: ProgressEvent) => void,
): Promise<WrittenCounts> {
  const packageIds = new Map<string, number>();
  const counts = { packages: 0, scans: 0, occurrences: 0 };
  const scanned = plans.filter((p) => p.scanned);
  for (const [i, plan] of scanned.entries()) {
    const items = contentsOf(seed, plan);
    const scanId = ++counts.scans;
    const hash = createHash("sha256");
    const distinct = new Set<number>();
    for (const item of items) {
      let packageId = packageIds.get(item.pkg.purl);
      if (packageId === undefined) {
        packageId = ++counts.packages;
        packageIds.set(item.pkg.purl, packageId);
        const p = item.pkg;
        sink.add(PACKAGES, [packageId, p.purl, p.type, p.namespace, p.name, p.version, p.qualifiers, null]);
      }
      distinct.add(packageId);
      hash.update(`${item.pkg.purl}\n${item.location}\n`);
      sink.add(OCCURRENCES, [plan.id, packageId, item.location, scanId, DEMO_SCAN.source, item.properties]);
    }
    counts.occurrences += items.length;
    sink.add(SCANS, [
      scanId,
      plan.id,
      DEMO_SCAN.source,
      DEMO_SCAN.format,
      DEMO_SCAN.specVersion,
      DEMO_SCAN.tool,
      null,
      hash.digest("hex"),
      plan.asset.lastSeen ?? AS_OF,
      distinct.size,
      items.length,
    ]);
    await sink.maybeFlush();
    if (i % 50 === 0) onProgress({ phase: "contents", done: i, total: scanned.length });
  }
  onProgress({ phase: "contents", done: scanned.length, total: scanned.length });
  return counts;
}

function writeNetwork(sink: BulkSink, net: ProvinceNetwork): void {
  for (const s of net.segments) sink.add(SEGMENTS, [s.name, s.unit, JSON.stringify(s.cidrs)]);
  for (const l of net.links) sink.add(LINKS, [l.from, l.to, l.kbps]);
  for (const f of net.flows) sink.add(FLOWS, [f.from, f.to, f.protocol, f.ports]);
  for (const d of net.dependencies) sink.add(DEPENDENCIES, [d.from, d.to, d.label]);
}

/**
 * Explicit ids leave PostgreSQL's sequences behind; later inserts must continue after them.
 * Freshly loaded tables have no planner statistics until autovacuum comes round, and without
 * them the first queries may scan: ANALYZE them now.
 */
async function settlePostgres(store: Store): Promise<void> {
  await sql`ANALYZE`.execute(store.db);
  for (const table of ["assets", "packages", "scans"]) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), GREATEST((SELECT MAX(id) FROM ${sql.table(table)}), 1))`.execute(
      store.db,
    );
  }
}
