/**
 * Issue 4's benchmark, on the full demo province: one new advisory imported and "who is
 * affected" answered, end to end, against a naive scan of every occurrence in the same run;
 * then ~50,000 advisories (synthetic, shaped like OSV's Maven, npm and PyPI data) matched
 * against every package. SQLite always; PostgreSQL when NEEDLE_BENCH_DATABASE_URL is set.
 */

import { affects } from "../advisories/match.js";
import type { Advisory } from "../domain/advisory.js";
import { exposureOf } from "../exposure/exposure.js";
import { ensureBundledAdvisories, storeAdvisories } from "../exposure/store-advisories.js";
import type { Store } from "../store/store.js";
import type { Benchmark, Figure } from "./harness.js";
import { type ProvinceStore, postgresProvince, sqliteProvince } from "./province-cache.js";

function advisory(id: string, ecosystem: string, name: string, introduced: string, fixed: string): Advisory {
  return {
    id,
    aliases: [],
    summary: `synthetic advisory for ${name}`,
    severity: {
      level: "critical",
      cvss3: { score: 9.8, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" },
    },
    affected: [
      { ecosystem, name, ranges: [{ type: "ECOSYSTEM", events: [{ introduced }, { fixed }] }], versions: [] },
    ],
    cpeMatches: [],
    vex: [],
    references: [],
    sources: ["bench"],
  };
}

/** Advisories over the names the province holds (and some it does not), like a real feed. */
async function syntheticFeed(store: Store, count: number): Promise<Advisory[]> {
  const rows = await store.db
    .selectFrom("packages")
    .select(["type", "namespace", "name"])
    .where("type", "in", ["maven", "npm", "pypi"])
    .groupBy(["type", "namespace", "name"])
    .orderBy("type")
    .orderBy("namespace")
    .orderBy("name")
    .execute();
  const ecosystem: Record<string, string> = { maven: "Maven", npm: "npm", pypi: "PyPI" };
  const out: Advisory[] = [];
  for (let i = 0; i < count; i++) {
    const row = rows[i % Math.max(rows.length, 1)];
    const absent = i % 3 === 0 || !row;
    const eco = absent ? ["Maven", "npm", "PyPI"][i % 3]! : ecosystem[row.type]!;
    const name = absent
      ? eco === "Maven"
        ? `org.absent:lib-${i}`
        : `absent-lib-${i}`
      : row.type === "maven"
        ? `${row.namespace}:${row.name}`
        : row.type === "npm" && row.namespace
          ? `${row.namespace}/${row.name}`
          : row.name;
    out.push(advisory(`BENCH-${String(i).padStart(6, "0")}`, eco, name, "0", `${(i % 9) + 1}.${i % 5}.0`));
  }
  return out;
}

async function naiveScanMs(store: Store, target: Advisory): Promise<{ ms: number; hits: number }> {
  const started = performance.now();
  let hits = 0;
  const affected = target.affected[0]!;
  const top = await store.db
    .selectFrom("assets")
    .select((eb) => eb.fn.max("id").as("max"))
    .executeTakeFirstOrThrow();
  // What a tool without a package index does: walk every occurrence, asset by asset, and test it.
  for (let from = 0; from <= Number(top.max ?? 0); from += 1000) {
    const rows = await store.db
      .selectFrom("occurrences as o")
      .innerJoin("packages as p", "p.id", "o.package_id")
      .select(["p.type", "p.namespace", "p.name", "p.version"])
      .where("o.asset_id", ">=", from)
      .where("o.asset_id", "<", from + 1000)
      .execute();
    for (const r of rows) if (affects(affected, r)) hits++;
  }
  return { ms: performance.now() - started, hits };
}

async function measure(
  engine: string,
  province: ProvinceStore,
  feedSize: number,
  log: (l: string) => void,
): Promise<Figure[]> {
  const { store } = province;
  await ensureBundledAdvisories(store);
  const target = advisory(
    "CVE-2099-0001",
    "Maven",
    "org.apache.logging.log4j:log4j-core",
    "2.0-beta9",
    "2.17.1",
  );
  const started = performance.now();
  await storeAdvisories(store, [target]);
  const report = await exposureOf(store, "CVE-2099-0001");
  const endToEnd = performance.now() - started;
  const queryStarted = performance.now();
  await exposureOf(store, "CVE-2021-44228");
  const queryMs = performance.now() - queryStarted;
  log(
    `${engine}: new advisory -> ${report.totals.assets} assets, ${report.totals.occurrences} occurrences in ${endToEnd.toFixed(0)} ms`,
  );
  const naive = await naiveScanMs(store, target);
  log(`${engine}: naive scan of every occurrence: ${naive.ms.toFixed(0)} ms (${naive.hits} hits)`);
  const feed = await syntheticFeed(store, feedSize);
  const feedStarted = performance.now();
  const stored = await storeAdvisories(store, feed);
  const feedSeconds = (performance.now() - feedStarted) / 1000;
  log(
    `${engine}: ${feed.length} advisories stored and matched in ${feedSeconds.toFixed(1)} s (${stored.evaluation.packageMatches} package matches)`,
  );
  const figures: Figure[] = [
    {
      name: `${engine}: new advisory + exposure, end to end (${report.totals.occurrences} rows)`,
      value: endToEnd,
      unit: "ms",
      baseline: { name: "naive scan of all occurrences", value: naive.ms },
      target: { value: 200, lowerIsBetter: true },
    },
    {
      name: `${engine}: exposure CVE-2021-44228 (query alone)`,
      value: queryMs,
      unit: "ms",
      target: { value: 200, lowerIsBetter: true },
    },
    {
      name: `${engine}: ${feed.length} advisories matched against every package`,
      value: feedSeconds,
      unit: "s",
      target: { value: 60, lowerIsBetter: true },
    },
  ];
  if (province.generatedSeconds !== undefined)
    figures.push({ name: `${engine}: province generation`, value: province.generatedSeconds, unit: "s" });
  return figures;
}

export function exposureBenchmark(options: { scale?: number; feedSize?: number } = {}): Benchmark {
  const scale = options.scale ?? Number(process.env.NEEDLE_BENCH_SCALE ?? 1);
  const feedSize = options.feedSize ?? 50_000;
  return {
    name: "exposure",
    description: `a new advisory answered, and ${feedSize} advisories matched, on the province at scale ${scale}`,
    async run(log) {
      const figures: Figure[] = [];
      const sqlite = await sqliteProvince(scale, log);
      try {
        figures.push(...(await measure("sqlite", sqlite, feedSize, log)));
      } finally {
        await sqlite.cleanup();
      }
      const url = process.env.NEEDLE_BENCH_DATABASE_URL;
      if (!url) {
        log(
          "skipped: PostgreSQL (set NEEDLE_BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to run it)",
        );
        return figures;
      }
      const postgres = await postgresProvince(url, scale, log);
      try {
        figures.push(...(await measure("postgres", postgres, feedSize, log)));
      } finally {
        await postgres.cleanup();
      }
      return figures;
    },
  };
}
