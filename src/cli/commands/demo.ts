/** `needle demo generate`: writes the synthetic province (see src/demo) into the store. */
import type { Command } from "commander";
import { checkScale, DEFAULT_SEED, generateProvince, type ProvinceSummary } from "../../demo/generate.js";
import type { ProgressEvent } from "../../demo/write-province.js";
import { InputError } from "../../domain/errors.js";
import { reevaluateAll } from "../../exposure/store-advisories.js";
import { action, type CommandModule } from "../app.js";
import type { Output, Progress } from "../io.js";

interface GenerateOptions {
  seed: string;
  scale: string;
  force?: boolean;
}

export const demoCommand: CommandModule = {
  register(program: Command) {
    const group = program
      .command("demo")
      .description("the synthetic province, for trying Needle and for benchmarks");
    group
      .command("generate")
      .description(
        "write a deterministic synthetic province (same seed and scale, same data) into an empty store",
      )
      .option("--seed <n>", "seed of the generator, a whole number", String(DEFAULT_SEED))
      .option("--scale <s>", "size in (0, 2]: 1 is ~100,000 assets, 0.01 a small province", "1")
      .option("--force", "empty the inventory first when the store already holds one")
      .action(
        action(async (ctx, options: GenerateOptions) => {
          const seed = parseSeed(options.seed);
          const scale = parseScale(options.scale, "--scale");
          const store = await ctx.store();
          const summary = await generateProvince(store, {
            seed,
            scale,
            force: options.force === true,
            onProgress: progressReporter(ctx.out),
          });
          ctx.out.result(summary);
          await reevaluateAll(store);
          for (const line of describeSummary(summary, store.location)) ctx.out.line(line);
        }),
      );
  },
};

/** Parses a scale given on the command line or in NEEDLE_DEMO_SCALE; `what` names the source in errors. */
export function parseScale(text: string, what: string): number {
  if (!/^\s*\d*\.?\d+(e-?\d+)?\s*$/i.test(text)) {
    throw new InputError(`${what}: expected a number greater than 0 and at most 2, got "${text}"`);
  }
  const scale = Number(text);
  try {
    checkScale(scale);
  } catch (error) {
    throw new InputError(`${what}: expected a number greater than 0 and at most 2, got "${text}"`, {
      cause: error,
    });
  }
  return scale;
}

function parseSeed(text: string): number {
  const seed = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || seed > 0xffffffff) {
    throw new InputError(`--seed: expected a whole number from 0 to 4294967295, got "${text}"`);
  }
  return seed;
}

const PHASES: Record<ProgressEvent["phase"], string> = {
  assets: "assets  ",
  contents: "contents",
  network: "network ",
};

/** One progress bar per phase (silent off a TTY or under --json). */
export function progressReporter(out: Output): (event: ProgressEvent) => void {
  let phase: ProgressEvent["phase"] | undefined;
  let bar: Progress | undefined;
  let shown = 0;
  return (event) => {
    if (event.phase !== phase) {
      bar?.done();
      phase = event.phase;
      bar = out.json ? undefined : out.progress(PHASES[event.phase], event.total);
      shown = 0;
    }
    bar?.tick(event.done - shown);
    shown = event.done;
    if (event.phase === "network") bar?.done();
  };
}

export function describeSummary(s: ProvinceSummary, location: string): string[] {
  const n = (x: number) => x.toLocaleString("en-US");
  const kinds = Object.entries(s.assetsByKind)
    .map(([k, v]) => `${n(v)} ${k}`)
    .join(", ");
  return [
    `demo province (seed ${s.seed}, scale ${s.scale}) written to ${location} in ${s.seconds} s:`,
    `  ${n(s.units)} units (${s.regions} regions, ${n(s.establishments)} establishments)`,
    `  ${n(s.assets)} assets: ${kinds}; ${n(s.internetFacing)} internet-facing`,
    `  ${n(s.scans)} scans, ${n(s.packages)} distinct packages, ${n(s.occurrences)} occurrences; ${n(s.neverScanned)} servers, sites and services never scanned`,
    `  network: ${n(s.network.segments)} segments, ${n(s.network.links)} links, ${n(s.network.flows)} flows, ${n(s.network.dependencies)} service dependencies`,
  ];
}
