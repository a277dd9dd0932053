/**
 * The server under load over loopback, with a plain concurrent fetch loop (no load-testing
 * dependency): N agent uploads of 300-component SBOMs sent at once (accept latency, time
 * until all are imported, none lost), then C concurrent clients reading the component
 * search and the asset list for a few seconds (p50 and p99 latency).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_ACTOR, createToken } from "../access/index.js";
import { importAssetsText } from "../inventory/import-assets.js";
import { importUnitsText } from "../inventory/import-units.js";
import { buildApp, createLogger } from "../server/app.js";
import { serverConfig } from "../server/config.js";
import { openStore, type Store } from "../store/store.js";
import type { Benchmark, Figure } from "./harness.js";

export interface ServerBenchOptions {
  uploads: number;
  componentsPerSbom: number;
  readers: number;
  readSeconds: number;
}

const DEFAULTS: ServerBenchOptions = { uploads: 1000, componentsPerSbom: 300, readers: 100, readSeconds: 5 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Each SBOM draws from a shared pool of package versions, as real fleets do. */
function sbom(seed: number, count: number): string {
  const components = Array.from({ length: count }, (_, i) => {
    const name = `lib-${(seed * 7 + i * 13) % 2000}`;
    const version = `1.${(seed + i) % 5}.0`;
    return { type: "library", name, version, purl: `pkg:npm/${name}@${version}` };
  });
  components.push({
    type: "library",
    name: "log4j-core",
    version: "2.14.1",
    purl: "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
  });
  return JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.5", version: 1, components });
}

async function seed(store: Store, assets: number): Promise<void> {
  const regions = Array.from(
    { length: 17 },
    (_, i) => `/qc/r${String(i + 1).padStart(2, "0")},Région ${i + 1},region`,
  );
  await importUnitsText(store, `path,name,kind\n/qc,Québec,national\n${regions.join("\n")}\n`, "units.csv");
  const rows = Array.from(
    { length: assets },
    (_, i) => `host${i},server,/qc/r${String((i % 17) + 1).padStart(2, "0")},3,internal,in-service`,
  );
  await importAssetsText(
    store,
    `name,kind,unit,criticality,exposure,state\n${rows.join("\n")}\n`,
    "assets.csv",
  );
}

async function timed(fn: () => Promise<Response>): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fn();
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

async function readLoad(url: string, token: string, readers: number, seconds: number): Promise<number[]> {
  const until = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: readers }, async () => {
      while (performance.now() < until) {
        const r = await timed(() => fetch(url, { headers: { authorization: `Bearer ${token}` } }));
        if (r.status !== 200) throw new Error(`read answered ${r.status}`);
        latencies.push(r.ms);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

export function serverBenchmark(options: Partial<ServerBenchOptions> = {}): Benchmark {
  const o = { ...DEFAULTS, ...options };
  return {
    name: "server",
    description: `${o.uploads} concurrent agent uploads of ${o.componentsPerSbom}-component SBOMs, then ${o.readers} concurrent readers`,
    async run(log) {
      const dir = mkdtempSync(join(tmpdir(), "needle-server-bench-"));
      const store = await openStore({ kind: "sqlite", path: join(dir, "needle.db") });
      try {
        await seed(store, o.uploads);
        const config = serverConfig({ port: 0, rateLimit: { perSecond: 1e6, burst: 1e6 }, logLevel: "warn" });
        const app = await buildApp({ store, config, logger: createLogger("warn") });
        await app.listen({ port: 0, host: "127.0.0.1" });
        const address = app.server.address();
        const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
        const agent = (await createToken(store, { name: "agents", role: "agent", scope: "/qc" }, CLI_ACTOR))
          .token;
        const reader = (await createToken(store, { name: "reader", role: "viewer", scope: "/qc" }, CLI_ACTOR))
          .token;
        const ids = (await store.db.selectFrom("assets").select("id").orderBy("id").execute()).map(
          (r) => r.id,
        );
        const bodies = ids.map((_, i) => sbom(i, o.componentsPerSbom));
        const started = performance.now();
        const accepted = await Promise.all(
          ids.map((id, i) =>
            timed(() =>
              fetch(`${base}/api/v1/assets/${id}/scans`, {
                method: "POST",
                headers: {
                  authorization: `Bearer ${agent}`,
                  "content-type": "application/vnd.cyclonedx+json",
                },
                body: bodies[i] ?? "",
              }),
            ),
          ),
        );
        const acceptedAll = performance.now() - started;
        await app.services.queue.idle();
        const ingestSeconds = (performance.now() - started) / 1000;
        const done = await store.db
          .selectFrom("scan_jobs")
          .select("status")
          .where("status", "=", "done")
          .execute();
        const lost = ids.length - done.length;
        const acceptLatency = accepted.map((a) => a.ms).sort((a, b) => a - b);
        log(
          `${accepted.filter((a) => a.status === 202).length}/${ids.length} accepted in ${acceptedAll.toFixed(0)} ms; all imported after ${ingestSeconds.toFixed(1)} s; ${lost} not done`,
        );
        const search = await readLoad(
          `${base}/api/v1/components?name=log4j-core&limit=100`,
          reader,
          o.readers,
          o.readSeconds,
        );
        log(
          `component search: ${search.length} requests, p50 ${percentile(search, 50).toFixed(1)} ms, p99 ${percentile(search, 99).toFixed(1)} ms`,
        );
        const list = await readLoad(
          `${base}/api/v1/assets?limit=100&sort=-criticality`,
          reader,
          o.readers,
          o.readSeconds,
        );
        log(
          `asset list: ${list.length} requests, p50 ${percentile(list, 50).toFixed(1)} ms, p99 ${percentile(list, 99).toFixed(1)} ms`,
        );
        await app.close();
        const figures: Figure[] = [
          {
            name: "uploads all imported",
            value: ingestSeconds,
            unit: "s",
            target: { value: 60, lowerIsBetter: true },
          },
          { name: "uploads lost", value: lost, unit: "uploads", target: { value: 0, lowerIsBetter: true } },
          { name: "upload accept p50", value: percentile(acceptLatency, 50), unit: "ms" },
          { name: "upload accept p99", value: percentile(acceptLatency, 99), unit: "ms" },
          { name: "component search p50", value: percentile(search, 50), unit: "ms" },
          {
            name: "component search p99",
            value: percentile(search, 99),
            unit: "ms",
            target: { value: 50, lowerIsBetter: true },
          },
          { name: "asset list p50", value: percentile(list, 50), unit: "ms" },
          {
            name: "asset list p99",
            value: percentile(list, 99),
            unit: "ms",
            target: { value: 50, lowerIsBetter: true },
          },
        ];
        return figures;
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
