/**
 * Issue 8's speed figures, through the browser: Debian's Chromium (playwright-core) against
 * `needle serve` in a child process on the demo province. Time from navigation to content
 * shown for the overview and for an advisory page with >= 10,000 affected rows (a synthetic
 * advisory over a widely installed npm package when CVE-2021-44228 has fewer at this scale),
 * and the frames of the virtualised table while it scrolls. Baselines from the same run: the
 * same API request alone (fetched from Node), the same answer computed in-process with nothing
 * cached (what a first visit waits for), and the frames of the same page standing still.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import type { Page } from "playwright-core";
import semver from "semver";
import { z } from "zod";
import { CLI_ACTOR, createToken } from "../access/index.js";
import type { Advisory } from "../domain/advisory.js";
import { exposureOf } from "../exposure/exposure.js";
import { ensureBundledAdvisories, storeAdvisories } from "../exposure/store-advisories.js";
import type { Store } from "../store/store.js";
import { ensureWebBuilt, launchBrowser } from "../web-e2e/browser.js";
import type { Benchmark, Figure } from "./harness.js";
import { medianMs } from "./harness.js";
import { overviewOf } from "../server/routes/overview-queries.js";
import { sqliteProvince } from "./province-cache.js";

const PORT = Number(process.env.NEEDLE_BENCH_WEB_PORT ?? 7392);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "bench-admin-password";
const TARGET_ROWS = 10_000;
const SYNTHETIC_ID = "NEEDLE-BENCH-2021-0001";
const ROW_LINK = '[role="table"] [role="row"] a';

async function startChild(dbPath: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["dist/cli/main.js", "serve", "--port", String(PORT), "--db", dbPath], {
    env: { ...process.env, NEEDLE_ADMIN_PASSWORD: PASSWORD, NEEDLE_RATE_LIMIT: "1000000", NEEDLE_LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${BASE}/readyz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`needle serve did not become ready on port ${PORT}`);
}

/** The npm package installed in the fewest places that still reach TARGET_ROWS, with its versions' counts. */
async function widelyInstalled(store: Store) {
  const name = await store.db
    .selectFrom("occurrences as o")
    .innerJoin("packages as p", "p.id", "o.package_id")
    .select(["p.namespace", "p.name", (eb) => eb.fn.countAll<number>().as("n")])
    .where("p.type", "=", "npm")
    .groupBy(["p.namespace", "p.name"])
    .having((eb) => eb.fn.countAll(), ">=", TARGET_ROWS)
    .orderBy("n")
    .orderBy("p.name")
    .executeTakeFirst();
  if (!name) throw new Error(`no npm package occurs ${TARGET_ROWS} times at this scale`);
  const versions = await store.db
    .selectFrom("occurrences as o")
    .innerJoin("packages as p", "p.id", "o.package_id")
    .select(["p.version", (eb) => eb.fn.countAll<number>().as("n")])
    .where("p.type", "=", "npm")
    .where("p.namespace", "=", name.namespace)
    .where("p.name", "=", name.name)
    .groupBy("p.version")
    .execute();
  const full = name.namespace ? `${name.namespace}/${name.name}` : name.name;
  return { name: full, versions: versions.filter((v) => semver.valid(v.version) !== null) };
}

/** Affects the package's oldest versions up to TARGET_ROWS occurrences, fixed in the next one. */
function syntheticAdvisory(name: string, versions: readonly { version: string; n: number }[]): Advisory {
  const sorted = [...versions].sort((a, b) => semver.compare(a.version, b.version));
  let rows = 0;
  const cut = sorted.findIndex((v) => (rows += Number(v.n)) >= TARGET_ROWS);
  const fixed = cut >= 0 ? sorted[cut + 1]?.version : undefined;
  return {
    id: SYNTHETIC_ID,
    aliases: [],
    summary: `Synthetic advisory for the web benchmark: ${name} before ${fixed ?? "any fix"}`,
    severity: { level: "critical", cvss3: { score: 9.8, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" } },
    affected: [
      {
        ecosystem: "npm",
        name,
        ranges: [{ type: "SEMVER", events: [{ introduced: "0" }, ...(fixed ? [{ fixed }] : [])] }],
        versions: [],
      },
    ],
    cpeMatches: [],
    vex: [],
    references: [],
    sources: ["bench"],
  };
}

async function advisoryWithRows(store: Store, log: (line: string) => void): Promise<{ id: string; rows: number }> {
  const log4j = (await exposureOf(store, "CVE-2021-44228")).affected.length;
  if (log4j >= TARGET_ROWS) return { id: "CVE-2021-44228", rows: log4j };
  const pkg = await widelyInstalled(store);
  await storeAdvisories(store, [syntheticAdvisory(pkg.name, pkg.versions)]);
  const rows = (await exposureOf(store, SYNTHETIC_ID)).affected.length;
  log(`CVE-2021-44228 has ${log4j} affected rows; ${SYNTHETIC_ID} over npm ${pkg.name} has ${rows}`);
  return { id: SYNTHETIC_ID, rows };
}

/** Signs in on the component search, which asks the server for nothing, so the pages measured next start cold. */
async function login(page: Page): Promise<void> {
  await page.goto(`${BASE}/components`);
  await page.getByLabel("User name").fill("admin");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Component search" }).waitFor({ timeout: 60_000 });
}

/** Milliseconds from navigation start (the page's time origin) to `selector` on screen, by the page's clock. */
async function shownAfter(page: Page, path: string, selector: string): Promise<number> {
  await page.goto(`${BASE}${path}`, { waitUntil: "commit" });
  const seen = await page.waitForFunction(
    `document.querySelector(${JSON.stringify(selector)}) ? performance.now() : 0`,
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  return z.number().parse(await seen.jsonValue());
}

async function pageTimes(page: Page, path: string, selector: string, runs: number) {
  const first = await shownAfter(page, path, selector);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await shownAfter(page, path, selector));
  return { first, median: percentile(times, 50) };
}

/** The same request the page makes, alone: fetched from Node with a token, body read whole. */
function dataTime(path: string, token: string, runs: number): Promise<number> {
  return medianMs(runs, async () => {
    const r = await fetch(`${BASE}${path}`, {
      headers: { authorization: `Bearer ${token}`, "accept-encoding": "gzip" },
    });
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    await r.arrayBuffer();
  });
}

// Runs in the page; kept as script text because this project's TypeScript has no DOM types.
const FRAMES = `async ({ frames, step }) => {
  const el = document.querySelector(".table-scroll");
  if (!el) throw new Error("no .table-scroll on the page");
  const times = [];
  await new Promise((done) => {
    let last = 0;
    const tick = (now) => {
      if (last > 0) times.push(now - last);
      last = now;
      if (step > 0) el.scrollTop = el.scrollTop + step >= el.scrollHeight - el.clientHeight ? 0 : el.scrollTop + step;
      if (times.length >= frames) done(); else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const rows = el.querySelectorAll('[role="row"][aria-rowindex]').length;
  return { times, rows };
}`;

const frameResult = z.object({ times: z.array(z.number()), rows: z.number() });

async function frames(page: Page, count: number, step: number) {
  const raw: unknown = await page.evaluate(`(${FRAMES})(${JSON.stringify({ frames: count, step })})`);
  const { times, rows } = frameResult.parse(raw);
  return {
    median: percentile(times, 50),
    p95: percentile(times, 95),
    over50: (100 * times.filter((t) => t > 50).length) / Math.max(1, times.length),
    rows,
  };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function webBenchmark(options: { scale?: number; runs?: number } = {}): Benchmark {
  const scale = options.scale ?? Number(process.env.NEEDLE_BENCH_SCALE ?? 1);
  const runs = options.runs ?? 5;
  return {
    name: "web",
    description: `overview and a 10,000-row advisory page in Chromium, table scrolling, province at scale ${scale}, SQLite`,
    async run(log) {
      const province = await sqliteProvince(scale, log);
      let child: ChildProcess | undefined;
      let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
      try {
        await ensureBundledAdvisories(province.store);
        const advisory = await advisoryWithRows(province.store, log);
        const { token } = await createToken(province.store, { name: "web-bench", role: "viewer", scope: "/" }, CLI_ACTOR);
        await ensureWebBuilt();
        child = await startChild(province.store.location);
        browser = await launchBrowser();
        // The app's CSP forbids eval, which playwright's waitForFunction needs for the measuring script.
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
        await login(page);
        const cold = {
          overview: await medianMs(1, () => overviewOf(province.store, "/")),
          advisory: await medianMs(1, () => exposureOf(province.store, advisory.id)),
        };
        return await measure(page, token, { ...advisory, cold }, runs, log);
      } finally {
        await browser?.close();
        if (child) {
          child.kill("SIGTERM");
          await once(child, "exit");
        }
        await province.cleanup();
      }
    },
  };
}

async function measure(
  page: Page,
  token: string,
  advisory: { id: string; rows: number; cold: { overview: number; advisory: number } },
  runs: number,
  log: (line: string) => void,
): Promise<Figure[]> {
  const under1s = { value: 1000, lowerIsBetter: true };
  const overview = await pageTimes(page, "/", ".region-grid .tile", runs);
  const overviewData = await dataTime("/api/v1/overview", token, runs);
  const path = `/advisories/${encodeURIComponent(advisory.id)}`;
  const advisoryPage = await pageTimes(page, path, ROW_LINK, runs);
  const advisoryData = await dataTime(
    `/api/v1/exposure?advisory=${encodeURIComponent(advisory.id)}&limit=50000`,
    token,
    runs,
  );
  const still = await frames(page, 120, 0);
  const scrolling = await frames(page, 600, 540);
  log(`overview first visit ${overview.first.toFixed(0)} ms; ${advisory.id} first visit ${advisoryPage.first.toFixed(0)} ms`);
  log(`scrolling: ${scrolling.rows} rows in the DOM of ${advisory.rows}`);
  const rowsNote = `${advisory.rows} rows`;
  return [
    { name: "overview shown", value: overview.median, unit: "ms", baseline: { name: "its API request alone", value: overviewData }, target: under1s },
    { name: "overview shown, first visit", value: overview.first, unit: "ms", baseline: { name: "its answer computed uncached", value: advisory.cold.overview }, target: under1s },
    { name: `advisory page shown (${rowsNote})`, value: advisoryPage.median, unit: "ms", baseline: { name: "its API request alone", value: advisoryData }, target: under1s },
    { name: "advisory page shown, first visit", value: advisoryPage.first, unit: "ms", baseline: { name: "its answer computed uncached", value: advisory.cold.advisory }, target: under1s },
    { name: "scrolling frame median", value: scrolling.median, unit: "ms", baseline: { name: "the page standing still", value: still.median } },
    { name: "scrolling frame p95", value: scrolling.p95, unit: "ms", baseline: { name: "the page standing still", value: still.p95 }, target: { value: 50, lowerIsBetter: true } },
    { name: "scrolling frames over 50 ms", value: scrolling.over50, unit: "%", target: { value: 5, lowerIsBetter: true } },
  ];
}
