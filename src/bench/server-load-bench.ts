/**
 * Issue 6's read benchmark: the exposure query under 100 concurrent clients, with autocannon
 * in this process and `needle serve` in a child process over loopback, on the demo province.
 * Baseline measured in the same run: computing the same exposure answer once, in-process,
 * with nothing cached (what every request would cost without the server's response cache).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import autocannon from "autocannon";
import { CLI_ACTOR, createToken } from "../access/index.js";
import { exposureOf } from "../exposure/exposure.js";
import { ensureBundledAdvisories } from "../exposure/store-advisories.js";
import type { Benchmark, Figure } from "./harness.js";
import { medianMs } from "./harness.js";
import { sqliteProvince } from "./province-cache.js";

const PORT = Number(process.env.NEEDLE_BENCH_PORT ?? 7391);
const URL_PATH = "/api/v1/exposure?advisory=CVE-2021-44228";

async function startChild(dbPath: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["dist/cli/main.js", "serve", "--port", String(PORT), "--db", dbPath], {
    env: {
      ...process.env,
      NEEDLE_ADMIN_PASSWORD: "bench-admin-password",
      NEEDLE_RATE_LIMIT: "1000000",
      NEEDLE_LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/readyz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`needle serve did not become ready on port ${PORT}`);
}

export function serverLoadBenchmark(options: { scale?: number; connections?: number; seconds?: number } = {}): Benchmark {
  const scale = options.scale ?? Number(process.env.NEEDLE_BENCH_SCALE ?? 1);
  const connections = options.connections ?? 100;
  const seconds = options.seconds ?? 10;
  return {
    name: "server-load",
    description: `exposure of CVE-2021-44228 under ${connections} concurrent clients, province at scale ${scale}, SQLite`,
    async run(log) {
      const province = await sqliteProvince(scale, log);
      let child: ChildProcess | undefined;
      try {
        await ensureBundledAdvisories(province.store);
        const cold = await medianMs(5, () => exposureOf(province.store, "CVE-2021-44228"));
        const rows = (await exposureOf(province.store, "CVE-2021-44228")).affected.length;
        const { token: secret } = await createToken(province.store, { name: "bench", role: "viewer", scope: "/" }, CLI_ACTOR);
        child = await startChild(province.store.location);
        const result = await autocannon({
          url: `http://127.0.0.1:${PORT}${URL_PATH}`,
          connections,
          duration: seconds,
          headers: { authorization: `Bearer ${secret}`, "accept-encoding": "gzip" },
        });
        const ok = result["2xx"];
        log(`${ok} answers (${result.non2xx} not 2xx) at ${result.requests.average} req/s; ${rows} affected rows each`);
        const figures: Figure[] = [
          {
            name: `exposure p99 at ${connections} clients (${rows} rows)`,
            value: result.latency.p99,
            unit: "ms",
            baseline: { name: "one uncached computation", value: cold },
            target: { value: 50, lowerIsBetter: true },
          },
          { name: "exposure p50", value: result.latency.p50, unit: "ms" },
          { name: "exposure requests per second", value: result.requests.average, unit: "req/s" },
          { name: "answers not 2xx", value: result.non2xx + result.errors, unit: "", target: { value: 0, lowerIsBetter: true } },
        ];
        return figures;
      } finally {
        if (child) {
          child.kill("SIGTERM");
          await once(child, "exit");
        }
        await province.cleanup();
      }
    },
  };
}
