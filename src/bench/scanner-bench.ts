/**
 * Issue 5's benchmark: `needle scan` against @cyclonedx/cdxgen (`-t jar`, offline) on the same
 * generated trees, both run as child processes under `/usr/bin/time -v` so wall time and peak
 * memory are measured the same way. Recall on the planted tree (distinct purls found / planted),
 * wall time and peak memory on a tree of 3,000 jars, the speed ratio, and Needle's archives per
 * second on a warm page cache. Without cdxgen, Needle's figures are reported alone.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateBenchTree } from "../scanner/bench-tree.js";
import { generateFixtures } from "../scanner/testdata-gen/generate-fixtures.js";
import type { Benchmark, Figure } from "./harness.js";
import { bomPurls, type ChildRun, comparablePurl, runMeasured, scanStats } from "./scanner-bench-child.js";

export interface ScannerBenchOptions {
  /** Archives in the speed tree (nested ones included). */
  archives: number;
  /** Warm runs of Needle on the speed tree; the median is reported. */
  needleRuns: number;
  /** The `needle` entry point (default dist/cli/main.js, or $NEEDLE_BIN). */
  needleBin: string;
  /** The cdxgen binary (default $NEEDLE_CDXGEN or /tmp/peer/node_modules/.bin/cdxgen). */
  cdxgenBin: string;
}

const DEFAULTS: ScannerBenchOptions = {
  archives: 3000,
  needleRuns: 5,
  needleBin: process.env.NEEDLE_BIN ?? resolve("dist/cli/main.js"),
  cdxgenBin: process.env.NEEDLE_CDXGEN ?? "/tmp/peer/node_modules/.bin/cdxgen",
};

const CDXGEN_ENV = { FETCH_LICENSE: "false", CDXGEN_NO_BANNER: "true", CDXGEN_DEBUG_MODE: "none" };

function needleScan(
  o: ScannerBenchOptions,
  dir: string,
  out: string,
  format = "cyclonedx",
): Promise<ChildRun> {
  return runMeasured(process.execPath, [o.needleBin, "scan", dir, "--format", format, "--output", out]);
}

function cdxgenScan(o: ScannerBenchOptions, dir: string, out: string): Promise<ChildRun> {
  return runMeasured(o.cdxgenBin, ["-r", dir, "-t", "jar", "-o", out], CDXGEN_ENV);
}

/** Share of the planted purls present in the SBOM (purls compared without qualifiers). */
function recall(planted: readonly string[], sbom: string, log: (l: string) => void, label: string): number {
  const wanted = new Set(planted.map(comparablePurl));
  const found = bomPurls(sbom);
  const missed = [...wanted].filter((p) => !found.has(p));
  log(`${label}: ${wanted.size - missed.length} of ${wanted.size} planted purls found`);
  for (const p of missed) log(`  ${label} missed ${p}`);
  return (wanted.size - missed.length) / wanted.size;
}

export function scannerBenchmark(options: Partial<ScannerBenchOptions> = {}): Benchmark {
  const o = { ...DEFAULTS, ...options };
  return {
    name: "scanner",
    description: `needle scan vs cdxgen -t jar: recall on the planted tree, speed on ${o.archives} archives`,
    async run(log) {
      const dir = mkdtempSync(join(tmpdir(), "needle-scanner-bench-"));
      try {
        return await measure(o, dir, log);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function measure(o: ScannerBenchOptions, dir: string, log: (l: string) => void): Promise<Figure[]> {
  const withPeer = existsSync(o.cdxgenBin);
  if (!withPeer) {
    log(
      `cdxgen not found at ${o.cdxgenBin}: install it with \`npm install --prefix /tmp/peer @cyclonedx/cdxgen@12\` (or set NEEDLE_CDXGEN); reporting Needle alone`,
    );
  }
  const plantedRoot = join(dir, "planted");
  const planted = generateFixtures(plantedRoot, { robustness: false }).components.map((c) => c.purl);
  // cdxgen runs with `-t jar`, so the comparison is on the Java cases; Needle is also scored on all.
  const java = planted.filter((p) => p.startsWith("pkg:maven/"));
  await needleScan(o, plantedRoot, join(dir, "needle-planted.json"));
  const needleAll = recall(planted, join(dir, "needle-planted.json"), log, "needle (all ecosystems)");
  const needleJava = recall(java, join(dir, "needle-planted.json"), log, "needle (Java)");
  let peerJava: number | undefined;
  if (withPeer) {
    await cdxgenScan(o, plantedRoot, join(dir, "cdxgen-planted.json"));
    peerJava = recall(java, join(dir, "cdxgen-planted.json"), log, "cdxgen (Java)");
  }

  const tree = generateBenchTree(join(dir, "speed"), { archives: o.archives });
  log(`speed tree: ${tree.archives} archives in ${tree.files} files, ${(tree.bytes / 1e6).toFixed(1)} MB`);
  const needle = await needleSpeed(o, tree.root, dir, log);
  let peer: ChildRun | undefined;
  if (withPeer) {
    peer = await cdxgenScan(o, tree.root, join(dir, "cdxgen-speed.json"));
    const found = bomPurls(join(dir, "cdxgen-speed.json")).size;
    log(`cdxgen: ${(peer.wallMs / 1000).toFixed(1)} s, ${peer.peakMiB.toFixed(0)} MiB peak, ${found} purls`);
  }
  return [...recallFigures(needleJava, peerJava, needleAll), ...speedFigures(needle, peer, tree.archives)];
}

interface NeedleSpeed {
  run: ChildRun;
  /** Archives per second inside the scan (the walk alone, without process start-up). */
  archivesPerSecond: number;
}

async function needleSpeed(
  o: ScannerBenchOptions,
  root: string,
  dir: string,
  log: (l: string) => void,
): Promise<NeedleSpeed> {
  const out = join(dir, "needle-speed.json");
  await needleScan(o, root, out); // warms the page cache
  const runs: ChildRun[] = [];
  for (let i = 0; i < o.needleRuns; i++) runs.push(await needleScan(o, root, out));
  // One more run writing the scan result, for the scanner's own counters.
  await needleScan(o, root, out, "json");
  const stats = scanStats(readFileSync(out, "utf8"), out);
  runs.sort((a, b) => a.wallMs - b.wallMs);
  const median = runs[Math.floor(runs.length / 2)] ?? runs[0];
  if (median === undefined) throw new Error("needleRuns must be at least 1");
  log(
    `needle: median ${(median.wallMs / 1000).toFixed(2)} s wall of ${runs.length} warm runs, ${median.peakMiB.toFixed(0)} MiB peak; scan itself ${stats.durationMs} ms for ${stats.archives} archives, ${stats.components} components`,
  );
  return { run: median, archivesPerSecond: stats.archives / (stats.durationMs / 1000) };
}

const against = (name: string, value: number | undefined) =>
  value === undefined ? {} : { baseline: { name, value } };

function recallFigures(needleJava: number, peerJava: number | undefined, needleAll: number): Figure[] {
  const target = { value: 100, lowerIsBetter: false };
  return [
    {
      name: "recall, planted Java cases",
      value: needleJava * 100,
      unit: "%",
      ...against("cdxgen -t jar", peerJava === undefined ? undefined : peerJava * 100),
      target,
    },
    { name: "recall, all planted cases (every ecosystem)", value: needleAll * 100, unit: "%", target },
  ];
}

function speedFigures(needle: NeedleSpeed, peer: ChildRun | undefined, archives: number): Figure[] {
  const out: Figure[] = [
    {
      name: `wall time, ${archives} archives (child process)`,
      value: needle.run.wallMs / 1000,
      unit: "s",
      ...against("cdxgen", peer ? peer.wallMs / 1000 : undefined),
    },
    {
      name: `peak memory, ${archives} archives`,
      value: needle.run.peakMiB,
      unit: "MiB",
      ...against("cdxgen", peer?.peakMiB),
    },
  ];
  if (peer) {
    out.push({
      name: "speed ratio (cdxgen wall / needle wall)",
      value: peer.wallMs / needle.run.wallMs,
      unit: "x",
      target: { value: 20, lowerIsBetter: false },
    });
  }
  out.push({
    name: "archives per second, warm cache (scan alone)",
    value: needle.archivesPerSecond,
    unit: "archives/s",
    ...against("cdxgen wall", peer ? archives / (peer.wallMs / 1000) : undefined),
    target: { value: 10_000, lowerIsBetter: false },
  });
  return out;
}
