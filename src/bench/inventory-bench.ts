/**
 * Issue 2's benchmark: 10,000 assets and 10,000 SBOMs of 300 components each, drawn from
 * ~50,000 distinct packages, imported into SQLite through the same door as `needle import
 * sbom`; then `needle components --name log4j-core` over the 3,000,000 occurrences.
 * Baselines measured in the same run: the raw insert rate of better-sqlite3 into a bare table
 * (the ceiling), and a naive scan of every occurrence for the query.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Component } from "../domain/component.js";
import { importComponentsBatch } from "../inventory/import-components.js";
import { upsertAssets } from "../store/assets-repository.js";
import { findComponentHits } from "../store/components-repository.js";
import { openStore } from "../store/store.js";
import { upsertUnits } from "../store/units-repository.js";
import type { Benchmark, Figure } from "./harness.js";
import { medianMs } from "./harness.js";

export interface InventoryBenchOptions {
  assets: number;
  componentsPerSbom: number;
  distinctPackages: number;
}

const DEFAULTS: InventoryBenchOptions = { assets: 10_000, componentsPerSbom: 300, distinctPackages: 50_000 };

/** A small deterministic PRNG (mulberry32): the same catalogue and SBOMs every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function catalogue(size: number): Component[] {
  const types = [
    ["maven", "org.example.lib"],
    ["npm", ""],
    ["pypi", ""],
    ["deb", "debian"],
  ] as const;
  const out: Component[] = [];
  const log4j = [
    "2.0-beta9",
    "2.8.2",
    "2.11.1",
    "2.12.1",
    "2.12.4",
    "2.14.1",
    "2.15.0",
    "2.16.0",
    "2.17.0",
    "2.17.1",
    "2.3.2",
  ];
  for (const v of log4j) out.push(pkg("maven", "org.apache.logging.log4j", "log4j-core", v));
  for (let i = out.length; i < size; i++) {
    const [type, namespace] = types[i % types.length]!;
    out.push(pkg(type, namespace, `component-${Math.floor(i / 10)}`, `${(i % 10) + 1}.${i % 7}.${i % 3}`));
  }
  return out;
}

function pkg(type: string, namespace: string, name: string, version: string): Component {
  const ns = namespace ? `${namespace}/` : "";
  return {
    purl: `pkg:${type}/${ns}${name}@${version}`,
    type,
    namespace,
    name,
    version,
    qualifiers: "",
    locations: [],
  };
}

function sbomFor(index: number, packages: Component[], count: number): Component[] {
  const random = prng(index + 1);
  const chosen = new Map<string, Component>();
  // One SBOM in twenty carries log4j-core, as Java estates did.
  if (index % 20 === 0) {
    const log4j = packages[index % 11]!;
    chosen.set(log4j.purl, {
      ...log4j,
      locations: [`/opt/app-${index}.ear!/web.war!/WEB-INF/lib/log4j-core-${log4j.version}.jar`],
    });
  }
  while (chosen.size < count) {
    // Skewed draw: popular packages are shared by many assets, as in real estates.
    const p = packages[11 + Math.floor(random() ** 2 * (packages.length - 11))]!;
    if (!chosen.has(p.purl)) chosen.set(p.purl, { ...p, locations: [`/srv/app/lib/${p.name}-${p.version}`] });
  }
  return [...chosen.values()];
}

export function inventoryBenchmark(options: Partial<InventoryBenchOptions> = {}): Benchmark {
  const o = { ...DEFAULTS, ...options };
  return {
    name: "inventory-import",
    description: `${o.assets} assets x ${o.componentsPerSbom} components from ${o.distinctPackages} packages, SQLite`,
    async run(log) {
      const dir = mkdtempSync(join(tmpdir(), "needle-bench-"));
      try {
        return await measure(o, dir, log);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function measure(
  o: InventoryBenchOptions,
  dir: string,
  log: (line: string) => void,
): Promise<Figure[]> {
  const store = await openStore({ kind: "sqlite", path: join(dir, "needle.db") });
  const packages = catalogue(o.distinctPackages);
  await store.db.transaction().execute(async (tx) => {
    const units = [{ path: "/bench", name: "Bench", kind: "national" }];
    for (let u = 0; u < 300; u++)
      units.push({ path: `/bench/e${u}`, name: `Establishment ${u}`, kind: "hospital" });
    await upsertUnits(tx, units);
    const assets = Array.from({ length: o.assets }, (_, i) => ({
      name: `srv-${i}`,
      kind: "server" as const,
      unit: `/bench/e${i % 300}`,
      hostnames: [],
      ips: [],
      urls: [],
      criticality: 3 as const,
      exposure: "internal" as const,
      state: "in-service" as const,
      tags: [],
    }));
    await upsertAssets(tx, assets, new Date().toISOString());
  });

  let occurrences = 0;
  const t = performance.now();
  const inputs = function* () {
    for (let i = 0; i < o.assets; i++) {
      yield {
        asset: `srv-${i}`,
        source: "sbom",
        format: "cyclonedx",
        specVersion: "1.6",
        components: sbomFor(i, packages, o.componentsPerSbom),
      };
    }
  };
  await importComponentsBatch(store, inputs(), {
    onEach(outcome, i) {
      if (!outcome.ok) throw outcome.error;
      occurrences += outcome.result.occurrences;
      if (i % 1000 === 999)
        log(
          `${i + 1} SBOMs, ${occurrences} occurrences, ${Math.round(occurrences / ((performance.now() - t) / 1000))}/s`,
        );
    },
  });
  // Generating the SBOMs is counted too: a real import parses files.
  const importMs = performance.now() - t;
  const rate = occurrences / (importMs / 1000);
  const ceiling = rawInsertRate(join(dir, "raw.db"), occurrences);
  log(`raw better-sqlite3 insert into a bare table: ${Math.round(ceiling)}/s`);

  const hits = await findComponentHits(store.db, { name: "log4j-core" });
  const queryMs = await medianMs(21, () => findComponentHits(store.db, { name: "log4j-core" }));
  const naive = store.sqlite!.prepare(
    "SELECT a.name, o.location FROM occurrences o NOT INDEXED JOIN packages p NOT INDEXED ON p.id = o.package_id JOIN assets a ON a.id = o.asset_id WHERE p.name = ?",
  );
  const naiveMs = await medianMs(3, () => naive.all("log4j-core"));
  log(
    `log4j-core: ${hits.length} occurrences; query ${queryMs.toFixed(2)} ms, naive scan ${naiveMs.toFixed(0)} ms`,
  );
  await store.close();
  return [
    {
      name: "occurrences imported per second",
      value: rate,
      unit: "occ/s",
      baseline: { name: "raw bare-table insert", value: ceiling },
      target: { value: 200_000, lowerIsBetter: false },
    },
    {
      name: `components --name log4j-core (${hits.length} rows of ${occurrences})`,
      value: queryMs,
      unit: "ms",
      baseline: { name: "naive scan", value: naiveMs },
      target: { value: 50, lowerIsBetter: true },
    },
  ];
}

/** The ceiling: the same number of rows into a bare table, one prepared statement, one transaction. */
function rawInsertRate(path: string, rows: number): number {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec(
    "CREATE TABLE t (asset_id INTEGER, package_id INTEGER, location TEXT, scan_id INTEGER, source TEXT)",
  );
  const insert = db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)");
  const t = performance.now();
  db.transaction(() => {
    for (let i = 0; i < rows; i++)
      insert.run(i % 10_000, i % 50_000, `/srv/app/lib/component-${i % 5000}-1.0.0`, i % 10_000, "sbom");
  })();
  const ms = performance.now() - t;
  db.close();
  return rows / (ms / 1000);
}
