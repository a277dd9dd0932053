/** `needle exposure ID`, `needle findings` and `needle decide`: who is affected, and analysts' decisions. */
import type { Command } from "commander";
import { EXPOSURES } from "../../domain/asset.js";
import { InputError } from "../../domain/errors.js";
import { unitPathProblem } from "../../domain/org-unit.js";
import { DECISION_STATUSES, recordDecision } from "../../exposure/decisions.js";
import { exposureOf } from "../../exposure/exposure.js";
import { listFindings } from "../../exposure/findings.js";
import { ensureBundledAdvisories } from "../../exposure/store-advisories.js";
import { action, type CommandModule } from "../app.js";
import { formatTable } from "../io.js";

interface ScopeOptions {
  unit?: string;
  exposure?: string;
}

function scopeFilter(o: ScopeOptions): { scope?: string; exposure?: string } {
  if (o.unit !== undefined) {
    const problem = unitPathProblem(o.unit);
    if (problem) throw new InputError(`--unit: ${problem}`);
  }
  if (o.exposure !== undefined && !(EXPOSURES as readonly string[]).includes(o.exposure)) {
    throw new InputError(`--exposure: "${o.exposure}" is not one of ${EXPOSURES.join(", ")}`);
  }
  return {
    ...(o.unit !== undefined && { scope: o.unit }),
    ...(o.exposure !== undefined && { exposure: o.exposure }),
  };
}

export const exposureCommand: CommandModule = {
  register(program: Command) {
    program
      .command("exposure <advisory>")
      .description(
        "the assets an advisory affects (by CVE, GHSA or any alias), with owners, locations and fixed versions",
      )
      .option("--unit <path>", "only assets in this unit subtree")
      .option("--exposure <exposure>", `only assets of this exposure (${EXPOSURES.join(", ")})`)
      .action(
        action(async (ctx, id: string, options: ScopeOptions) => {
          const filter = scopeFilter(options);
          const store = await ctx.store();
          await ensureBundledAdvisories(store);
          const started = performance.now();
          const report = await exposureOf(store, id, filter);
          const ms = performance.now() - started;
          ctx.out.result({ ...report, ms: Math.round(ms * 10) / 10 });
          if (ctx.out.json) return;
          const a = report.advisory;
          ctx.out.line(
            `${a.id} (${[...a.aliases].join(", ")}): ${a.severity}${a.score !== null ? ` ${a.score}` : ""}${a.kev ? `, known exploited (due ${a.kev.dueDate})` : ""}`,
          );
          if (a.summary) ctx.out.line(a.summary);
          ctx.out.line();
          ctx.out.line(
            formatTable(
              ["unit", "asset", "exposure", "crit", "version", "fixed in", "location", "owner"],
              report.affected.map((e) => [
                e.unit,
                e.asset,
                e.exposure,
                e.criticality,
                e.version,
                e.fixed.join(" "),
                e.location,
                e.ownerContact,
              ]),
            ),
          );
          ctx.out.line();
          ctx.out.line(
            `${report.totals.assets} assets affected (${report.totals.internetFacing} internet-facing), ${report.totals.occurrences} occurrences; answered in ${ms.toFixed(1)} ms`,
          );
          if (report.countsByRegion.length > 0)
            ctx.out.line(
              `by region: ${report.countsByRegion.map((c) => `${c.unit} ${c.assets}`).join(", ")}`,
            );
          if (report.notAffected.length > 0)
            ctx.out.line(`${report.notAffected.length} cleared by VEX or analysts' decisions (see --json)`);
          if (report.totals.unknown > 0) {
            ctx.out.line(
              `${report.totals.unknown} servers, sites and services never scanned: their contents are unknown, so they cannot be cleared (see --json "unknown")`,
            );
          }
        }),
      );

    program
      .command("findings")
      .description("every finding across advisories, most severe first")
      .option("--min-severity <score>", "only advisories with a CVSS score at least this (e.g. 9)")
      .option("--kev", "only known exploited vulnerabilities (CISA KEV)")
      .option("--unit <path>", "only assets in this unit subtree")
      .option("--exposure <exposure>", "only assets of this exposure")
      .option("--limit <n>", "at most this many rows", "1000")
      .action(
        action(
          async (ctx, options: ScopeOptions & { minSeverity?: string; kev?: boolean; limit: string }) => {
            const minScore = options.minSeverity === undefined ? undefined : Number(options.minSeverity);
            if (minScore !== undefined && !(minScore >= 0 && minScore <= 10)) {
              throw new InputError(
                `--min-severity: expected a CVSS score from 0 to 10, got "${options.minSeverity}"`,
              );
            }
            const limit = Number(options.limit);
            if (!Number.isInteger(limit) || limit < 1)
              throw new InputError(`--limit: expected a positive whole number, got "${options.limit}"`);
            const store = await ctx.store();
            await ensureBundledAdvisories(store);
            const findings = await listFindings(store, {
              ...scopeFilter(options),
              ...(minScore !== undefined && { minScore }),
              ...(options.kev && { kevOnly: true }),
              limit,
            });
            ctx.out.result(findings);
            ctx.out.line(
              formatTable(
                [
                  "advisory",
                  "score",
                  "unit",
                  "asset",
                  "exposure",
                  "crit",
                  "component",
                  "fixed in",
                  "location",
                ],
                findings.map((f) => [
                  f.advisory,
                  f.score,
                  f.unit,
                  f.asset,
                  f.exposure,
                  f.criticality,
                  f.purl,
                  f.fixed.join(" "),
                  f.location,
                ]),
              ),
            );
            ctx.out.line(
              `${findings.length} finding${findings.length === 1 ? "" : "s"}${findings.length === limit ? ` (first ${limit}; raise --limit for more)` : ""}`,
            );
          },
        ),
      );

    program
      .command("decide <advisory>")
      .description("record an analyst's decision about an asset or component (who, when, why)")
      .option("--asset <name>", "the asset (NAME or UNITPATH/NAME)")
      .option("--purl <purl>", "the component; with --asset, only there; alone, everywhere")
      .requiredOption("--status <status>", DECISION_STATUSES.join(", "))
      .option("--justification <text>", "VEX justification, e.g. vulnerable_code_not_in_execute_path")
      .requiredOption("--reason <text>", "why, in words")
      .option("--by <name>", "who decides", process.env.USER ?? "analyst")
      .action(
        action(
          async (
            ctx,
            advisory: string,
            o: {
              asset?: string;
              purl?: string;
              status: string;
              justification?: string;
              reason: string;
              by: string;
            },
          ) => {
            const decision = await recordDecision(await ctx.store(), {
              advisory,
              status: o.status,
              reason: o.reason,
              actor: o.by,
              ...(o.asset !== undefined && { asset: o.asset }),
              ...(o.purl !== undefined && { purl: o.purl }),
              ...(o.justification !== undefined && { justification: o.justification }),
            });
            ctx.out.result(decision);
            ctx.out.line(
              `recorded: ${decision.advisoryId} ${decision.status} by ${decision.actor} at ${decision.decidedAt}`,
            );
          },
        ),
      );
  },
};
