/**
 * `needle start` (what `npm start` runs): on an empty store, generates the demo province at
 * a scale that takes seconds (NEEDLE_DEMO_SCALE overrides, 1 for the full ~100,000 assets),
 * then prints a short tour of it and the commands to try next.
 */
import type { Command } from "commander";
import { DEFAULT_SEED, generateProvince } from "../../demo/generate.js";
import { inventorySize, isEmpty } from "../../demo/reset.js";
import { buildTour, type Tour } from "../../demo/tour.js";
import { reevaluateAll } from "../../exposure/store-advisories.js";
import { loadServerConfig } from "../../server/config.js";
import { startServer } from "../../server/start-server.js";
import type { Store } from "../../store/store.js";
import { action, type CommandModule } from "../app.js";
import { formatTable, type Output } from "../io.js";
import { describeSummary, parseScale, progressReporter } from "./demo.js";

/** A quarter of the province: ~25,000 assets and ~6.6 million occurrences in ~16 s on 2 cores. */
export const DEFAULT_START_SCALE = 0.25;

export const startCommand: CommandModule = {
  register(program: Command) {
    program
      .command("start")
      .description(
        "generate the demo province when the store is empty (NEEDLE_DEMO_SCALE sets its size), then tour it",
      )
      .option("--no-serve", "generate and tour only; do not start the server")
      .action(
        action(async (ctx, options: { serve: boolean }) => {
          const store = await ctx.store();
          if (isEmpty(await inventorySize(store))) {
            const env = process.env.NEEDLE_DEMO_SCALE;
            const scale = env ? parseScale(env, "NEEDLE_DEMO_SCALE") : DEFAULT_START_SCALE;
            ctx.out.note(
              `the store at ${store.location} is empty: generating the demo province at scale ${scale} ...`,
            );
            const summary = await generateProvince(store, {
              seed: DEFAULT_SEED,
              scale,
              onProgress: progressReporter(ctx.out),
            });
            for (const line of describeSummary(summary, store.location)) ctx.out.note(line);
          }
          // The province is written in bulk, past the incremental matcher: match it once here.
          await reevaluateAll(store);
          await runTour(store, ctx.out);
          if (!options.serve) return;
          const config = await loadServerConfig({ env: process.env, file: undefined, overrides: {} });
          const server = await startServer(store, { config, print: (line) => ctx.out.note(line) });
          await server.closed;
        }),
      );
  },
};

/** Prints the tour: the tour object under --json, tables and next steps otherwise. */
export async function runTour(store: Store, out: Pick<Output, "json" | "result" | "line">): Promise<Tour> {
  const tour = await buildTour(store);
  out.result(tour);
  if (out.json) return tour;
  for (const line of tourLines(tour)) out.line(line);
  return tour;
}

const n = (x: number) => x.toLocaleString("en-US");

function tourLines(t: Tour): string[] {
  const l = t.log4jCore;
  const worst = [...l.versions].sort((a, b) => b.assets - a.assets)[0];
  const kinds = Object.entries(t.neverScanned.byKind).map(([k, v]) => `${k} ${n(v)}`);
  return [
    `The province: ${n(t.assets)} assets.`,
    "",
    formatTable(
      ["unit", "name", "assets", "workstations", "servers", "internet-facing"],
      t.regions.map((r) => [
        r.path,
        r.name,
        n(r.assets),
        n(r.workstations),
        n(r.servers),
        n(r.internetFacing),
      ]),
    ),
    "",
    `Where is log4j-core? On ${n(l.assets)} assets, ${n(l.internetFacing)} of them internet-facing:`,
    formatTable(
      ["version", "assets", "internet-facing"],
      l.versions.map((v) => [v.version, n(v.assets), n(v.internetFacing)]),
    ),
    "",
    `Never scanned (contents unknown): ${n(t.neverScanned.total)} assets, ${n(t.neverScanned.internetFacing)} of them internet-facing`,
    `  ${kinds.join(", ")}`,
    "",
    "Next, try:",
    "  needle exposure CVE-2021-44228 --exposure internet   which internet-facing systems Log4Shell affects, and who owns them",
    `  needle components --name log4j-core${worst ? ` --version ${worst.version}` : ""}   who runs it, where, in which archive`,
    "  needle asset vaccine-portal                          one asset: owner, criticality, components, scans",
    "  needle assets --unit /qc/r06 --kind server           a region's servers",
    "  needle demo generate --scale 1 --force               the full province (~100,000 assets)",
  ];
}
