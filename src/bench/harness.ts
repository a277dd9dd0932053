/**
 * The benchmark harness: each benchmark returns named figures, each with the baseline it is
 * measured against in the same run, so results read as ratios and survive a busy machine.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeMachine, machineInfo } from "./machine.js";

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** What the figure is compared with, measured in the same run. */
  baseline?: { name: string; value: number };
  /** The target from the issue, in the same unit, and whether lower is better. */
  target?: { value: number; lowerIsBetter: boolean };
}

export interface Benchmark {
  name: string;
  description: string;
  run(log: (line: string) => void): Promise<Figure[]>;
}

export function ratio(f: Figure): string {
  if (!f.baseline || f.baseline.value === 0) return "";
  const r = f.value / f.baseline.value;
  const against = `${f.baseline.name} (${round(f.baseline.value)} ${f.unit})`;
  // Below 1, say "1/N" so a 285-times-smaller figure does not print as 0.00x.
  if (r < 1 && r > 0) return `1/${(1 / r).toFixed(1 / r >= 10 ? 0 : 1)} of ${against}`;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}x ${against}`;
}

function round(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(3);
}

function verdict(f: Figure): string {
  if (!f.target) return "";
  const ok = f.target.lowerIsBetter ? f.value <= f.target.value : f.value >= f.target.value;
  return `${ok ? "met" : "MISSED"} (${f.target.lowerIsBetter ? "<=" : ">="} ${f.target.value})`;
}

export async function runBenchmarks(benchmarks: readonly Benchmark[], outDir: string): Promise<boolean> {
  const machine = machineInfo();
  const lines = [
    `Machine: ${describeMachine(machine)}`,
    "",
    "| benchmark | figure | value | against | target |",
    "|---|---|---|---|---|",
  ];
  let allMet = true;
  mkdirSync(outDir, { recursive: true });
  for (const bench of benchmarks) {
    process.stderr.write(`# ${bench.name}: ${bench.description}\n`);
    const started = Date.now();
    const figures = await bench.run((line) => process.stderr.write(`  ${line}\n`));
    writeFileSync(
      join(outDir, `${bench.name}.json`),
      `${JSON.stringify({ benchmark: bench.name, machine, at: new Date().toISOString(), seconds: (Date.now() - started) / 1000, figures }, null, 2)}\n`,
    );
    for (const f of figures) {
      const v = verdict(f);
      if (v.startsWith("MISSED")) allMet = false;
      lines.push(`| ${bench.name} | ${f.name} | ${round(f.value)} ${f.unit} | ${ratio(f)} | ${v} |`);
    }
  }
  const table = lines.join("\n");
  writeFileSync(join(outDir, "results.md"), `${table}\n`);
  process.stdout.write(`${table}\n`);
  return allMet;
}

/** Median wall time in milliseconds of `runs` calls. */
export async function medianMs(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
