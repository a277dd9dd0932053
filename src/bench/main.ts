/**
 * `npm run bench [name...]`: runs the benchmarks (all, or those named), writes JSON and a
 * Markdown table to bench/results/, and prints the table.
 */
import { resolve } from "node:path";
import { demoBenchmark } from "./demo-bench.js";
import { exposureBenchmark } from "./exposure-bench.js";
import { type Benchmark, runBenchmarks } from "./harness.js";
import { inventoryBenchmark } from "./inventory-bench.js";
import { scannerBenchmark } from "./scanner-bench.js";
import { serverBenchmark } from "./server-bench.js";
import { serverLoadBenchmark } from "./server-load-bench.js";
import { webBenchmark } from "./web-bench.js";

const all: Benchmark[] = [
  inventoryBenchmark(),
  demoBenchmark(),
  exposureBenchmark(),
  scannerBenchmark(),
  serverBenchmark(),
  serverLoadBenchmark(),
  webBenchmark(),
];

const wanted = process.argv.slice(2);
const chosen = wanted.length === 0 ? all : all.filter((b) => wanted.includes(b.name));
if (chosen.length === 0) {
  process.stderr.write(
    `no benchmark named ${wanted.join(", ")}; known: ${all.map((b) => b.name).join(", ")}\n`,
  );
  process.exitCode = 2;
} else {
  const met = await runBenchmarks(chosen, resolve("bench/results"));
  if (!met) process.stderr.write("some targets were missed (see the table)\n");
}
