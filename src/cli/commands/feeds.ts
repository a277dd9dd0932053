/**
 * `needle feeds import PATH...` (offline: files, directories, zips) and `needle feeds sync`
 * (configured URLs, conditional requests, resume), then `needle exposure`, `needle findings`
 * and `needle decide`: the advisory side of the CLI.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { z } from "zod";
import { importFeeds } from "../../advisories/import-feeds.js";
import { syncFeeds } from "../../advisories/sync.js";
import { InputError } from "../../domain/errors.js";
import { storeAdvisories } from "../../exposure/store-advisories.js";
import { action, type CommandContext, type CommandModule, ExitStatus } from "../app.js";

const syncConfigSchema = z.object({
  feeds: z.array(z.object({ id: z.string(), url: z.string().url(), format: z.string() })).min(1),
});

async function importPaths(ctx: CommandContext, paths: string[]): Promise<ExitStatus | undefined> {
  const started = performance.now();
  const read = await importFeeds(paths);
  for (const w of read.warnings) ctx.out.warn(`${w.file}: ${w.record}: ${w.message}`);
  for (const e of read.errors) ctx.out.note(`skipped: ${e.file}: ${e.record}: ${e.message}`);
  const store = await ctx.store();
  const stored = await storeAdvisories(store, read.advisories);
  for (const p of stored.evaluation.problems.slice(0, 20)) ctx.out.warn(p);
  const summary = {
    records: read.recordsByFormat,
    advisories: read.advisories.length,
    created: stored.created,
    updated: stored.updated,
    unchanged: stored.unchanged,
    skipped: read.errors.length,
    warnings: read.warnings.length,
    packageMatches: stored.evaluation.packageMatches,
    osMatches: stored.evaluation.osMatches,
    ms: Math.round(performance.now() - started),
  };
  ctx.out.result(summary);
  ctx.out.line(
    `${summary.advisories} advisories (${stored.created} new, ${stored.updated} updated, ${stored.unchanged} unchanged); ` +
      `${summary.skipped} records skipped, ${summary.warnings} warnings; ${summary.packageMatches} package matches, ` +
      `${summary.osMatches} OS matches; ${summary.ms} ms`,
  );
  return read.errors.length > 0 && read.advisories.length === 0 ? new ExitStatus(2) : undefined;
}

export const feedsCommand: CommandModule = {
  register(program: Command) {
    const feeds = program
      .command("feeds")
      .description("import or sync advisory feeds (OSV, NVD 2.0, CISA KEV, CSAF 2.0, CycloneDX VEX)");
    feeds
      .command("import <paths...>")
      .description("import feed files, directories or zips, offline; one transaction for all")
      .action(action(async (ctx, paths: string[]) => importPaths(ctx, paths)));
    feeds
      .command("sync")
      .description("fetch the configured feeds (conditional requests, resumable), then import them")
      .requiredOption(
        "--config <file>",
        'JSON: {"feeds": [{"id": "osv-maven", "url": "https://...", "format": "osv"}]}',
      )
      .option(
        "--cache <dir>",
        "where downloaded feeds are kept",
        process.env.NEEDLE_FEEDS_DIR ?? "needle-feeds",
      )
      .action(
        action(async (ctx, options: { config: string; cache: string }) => {
          let raw: unknown;
          try {
            raw = JSON.parse(await readFile(options.config, "utf8"));
          } catch (error) {
            throw new InputError(
              `${options.config}: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
          const parsed = syncConfigSchema.safeParse(raw);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new InputError(`${options.config}: field "${issue?.path.join(".")}": ${issue?.message}`);
          }
          const report = await syncFeeds(parsed.data, options.cache);
          for (const w of report.warnings) ctx.out.warn(w);
          for (const f of report.feeds) {
            if (f.status === "failed") ctx.out.note(`feed ${f.id}: failed: ${f.error ?? "unknown error"}`);
            else ctx.out.note(`feed ${f.id}: ${f.status}${f.resumed ? " (resumed)" : ""}`);
          }
          const files = report.feeds.filter((f) => f.status !== "failed" || f.file).map((f) => f.file);
          const present = [];
          for (const f of files)
            if (
              await readFile(f).then(
                () => true,
                () => false,
              )
            )
              present.push(f);
          if (present.length > 0) await importPaths(ctx, present);
          return report.feeds.some((f) => f.status === "failed") ? new ExitStatus(2) : undefined;
        }),
      );
  },
};
