/**
 * `needle campaign ...`: start a response campaign for advisories, follow it (show, status
 * list), move tasks by hand, reopen verified services in priority order, retry failed
 * actions. A thin shell over src/response.
 */
import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import type { Command } from "commander";
import { InputError } from "../../domain/errors.js";
import { unitPathProblem } from "../../domain/org-unit.js";
import { ensureBundledAdvisories } from "../../exposure/store-advisories.js";
import type { RunSummary } from "../../response/index.js";
import {
  actionText,
  campaignProgress,
  defaultPolicy,
  formatSpan,
  isTaskState,
  moveTask,
  parsePolicyText,
  reopenAssets,
  reopenQueue,
  retryActions,
  startCampaign,
  statusCsv,
  statusHtml,
  statusList,
  TASK_STATES,
} from "../../response/index.js";
import { listCampaigns } from "../../store/campaigns-repository.js";
import { action, type CommandContext, type CommandModule, ExitStatus } from "../app.js";
import { formatTable } from "../io.js";

function campaignId(text: string): number {
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1)
    throw new InputError(`campaign id: "${text}" is not a campaign number`);
  return Number(text);
}

function actorOf(o: { actor?: string }): string {
  return o.actor ?? `cli:${userInfo().username}`;
}

function readPolicy(file: string | undefined) {
  if (file === undefined) return defaultPolicy();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(
      `--policy: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return parsePolicyText(text, file);
}

function scopeOf(unit: string | undefined): string {
  if (unit === undefined) return "/";
  const problem = unitPathProblem(unit);
  if (problem) throw new InputError(`--unit: ${problem}`);
  return unit;
}

function reportActions(ctx: CommandContext, actions: RunSummary | null): ExitStatus | undefined {
  if (!actions) return undefined;
  ctx.out.line(
    `actions: ${actions.succeeded} done, ${actions.manual} waiting for a person, ${actions.failed} failed`,
  );
  for (const f of actions.failures)
    ctx.out.warn(
      `task ${f.taskId}: ${f.action} failed after ${f.attempts} attempts: ${f.error} (retry with \`needle campaign retry\`)`,
    );
  return actions.failed > 0 ? new ExitStatus(1) : undefined;
}

interface StartOpts {
  policy?: string;
  dryRun?: boolean;
  unit?: string;
  name?: string;
  actor?: string;
}

async function start(ctx: CommandContext, advisories: string[], o: StartOpts) {
  const policy = readPolicy(o.policy);
  const store = await ctx.store();
  await ensureBundledAdvisories(store);
  const result = await startCampaign(store, {
    advisories,
    policy,
    actor: actorOf(o),
    scope: scopeOf(o.unit),
    dryRun: o.dryRun === true,
    ...(o.name !== undefined && { name: o.name }),
  });
  const tasks = result.plan.tasks.map((t) => ({
    asset: t.asset.name,
    unit: t.asset.unit,
    exposure: t.asset.exposure,
    criticality: t.asset.criticality,
    finding: t.finding,
    why: t.why,
    rule: t.rule,
    actions: t.actions.map(actionText),
    deadline: t.deadline,
  }));
  ctx.out.result({ ...result, plan: { advisories: result.plan.advisories, tasks } });
  if (ctx.out.json) return result.actions && result.actions.failed > 0 ? new ExitStatus(1) : undefined;
  ctx.out.line(
    formatTable(
      ["unit", "asset", "exposure", "crit", "finding", "rule", "actions", "deadline"],
      tasks.map((t) => [
        t.unit,
        t.asset,
        t.exposure,
        t.criticality,
        t.finding,
        t.rule,
        t.actions.join(", "),
        t.deadline,
      ]),
    ),
  );
  ctx.out.line();
  const closing = result.plan.tasks.filter((t) => t.closing !== null).length;
  const unknown = result.plan.tasks.filter((t) => t.finding === "unknown").length;
  const head =
    result.campaignId === null
      ? "dry run, nothing written:"
      : `campaign ${result.campaignId} "${result.name}" started:`;
  ctx.out.line(
    `${head} ${tasks.length} tasks (${unknown} of unknown contents), ${closing} to close; policy ${result.policy.name}${result.policy.version ? ` v${result.policy.version}` : ""}`,
  );
  return reportActions(ctx, result.actions);
}

async function show(ctx: CommandContext, id: string, o: { unit?: string }) {
  const p = await campaignProgress(await ctx.store(), campaignId(id), { scope: scopeOf(o.unit) });
  ctx.out.result(p);
  if (ctx.out.json) return;
  ctx.out.line(
    `campaign ${p.campaign.id} "${p.campaign.name}": ${p.campaign.advisories.join(", ")}; policy ${p.campaign.policy.name} v${p.campaign.policy.version}`,
  );
  ctx.out.line(
    `started ${p.campaign.startedAt} by ${p.campaign.startedBy} (${formatSpan(p.elapsedMs)} ago); ${p.tasks} tasks`,
  );
  const states = TASK_STATES.filter((s) => p.totals[s] > 0);
  ctx.out.line(
    formatTable(
      ["region", "total", ...states],
      p.byRegion.map((r) => [r.unit, r.total, ...states.map((s) => r.counts[s])]),
    ),
  );
  ctx.out.line(
    `median time down (shut down to reopened): ${p.medianDownToReopenMs === null ? "-" : formatSpan(p.medianDownToReopenMs)}`,
  );
  if (p.overdue.length > 0) {
    ctx.out.line(`\n${p.overdue.length} overdue (past the patch deadline):`);
    ctx.out.line(
      formatTable(
        ["unit", "asset", "state", "deadline", "owner"],
        p.overdue.map((o) => [o.unit, o.asset, o.state, o.deadline, o.ownerContact]),
      ),
    );
  }
  if (p.actions.length > 0) {
    ctx.out.line(`\n${p.actions.length} actions not done:`);
    ctx.out.line(
      formatTable(
        ["unit", "asset", "action", "status", "attempts", "last error"],
        p.actions.map((a) => [a.unit, a.asset, a.action, a.status, a.attempts, a.lastError]),
      ),
    );
  }
}

async function status(ctx: CommandContext, id: string, o: { format?: string }) {
  const format = o.format ?? (ctx.out.json ? "json" : "csv");
  if (!["html", "csv", "json"].includes(format))
    throw new InputError(`--format: "${format}" is not one of html, csv, json`);
  const list = await statusList(await ctx.store(), campaignId(id));
  if (format === "json") process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  else process.stdout.write(format === "html" ? statusHtml(list) : statusCsv(list));
}

async function task(
  ctx: CommandContext,
  id: string,
  asset: string,
  o: { to?: string; reason?: string; override?: boolean; actor?: string },
) {
  if (o.to === undefined || !isTaskState(o.to))
    throw new InputError(`--to: expected one of ${TASK_STATES.join(", ")}`);
  if (!o.reason?.trim()) throw new InputError("--reason: say why (it is recorded in the task's history)");
  const moved = await moveTask(await ctx.store(), campaignId(id), asset, o.to, {
    actor: actorOf(o),
    reason: o.reason,
    ...(o.override !== undefined && { override: o.override }),
  });
  ctx.out.result(moved);
  ctx.out.line(`task ${moved.id} (${asset}) is now ${moved.state}`);
}

async function queue(ctx: CommandContext, id: string, o: { unit?: string }) {
  const tasks = await reopenQueue(await ctx.store(), campaignId(id), scopeOf(o.unit));
  const rows = tasks.map((t, i) => ({
    rank: i + 1,
    asset: t.asset,
    unit: t.unit_path,
    criticality: t.criticality,
    exposure: t.exposure,
    state: t.state,
    closedAt: t.closed_at,
  }));
  ctx.out.result(rows);
  if (rows.length === 0)
    return ctx.out.line("nothing to reopen yet: services reopen once a newer scan verifies them");
  ctx.out.line(
    formatTable(
      ["#", "unit", "asset", "crit", "exposure", "state", "down since"],
      rows.map((r) => [r.rank, r.unit, r.asset, r.criticality, r.exposure, r.state, r.closedAt]),
    ),
  );
}

async function reopen(
  ctx: CommandContext,
  id: string,
  assets: string[],
  o: { reason?: string; actor?: string },
) {
  const result = await reopenAssets(await ctx.store(), campaignId(id), assets, {
    actor: actorOf(o),
    ...(o.reason !== undefined && { reason: o.reason }),
  });
  ctx.out.result(result);
  ctx.out.line(`reopened: ${result.reopened.join(", ") || "none"}`);
  return reportActions(ctx, result.actions);
}

export const campaignCommand: CommandModule = {
  register(program: Command) {
    const c = program
      .command("campaign")
      .description("response campaigns: shut down, patch, verify, reopen, report");
    c.command("start <advisories...>")
      .description(
        "start a campaign: one task per affected asset and per asset of unknown contents, actions by policy",
      )
      .option(
        "--policy <file>",
        "policy file (YAML or JSON); the default shuts down internet-facing assets for CVSS >= 9 or KEV",
      )
      .option("--dry-run", "show what would happen; write and send nothing")
      .option("--unit <path>", "only assets in this unit subtree")
      .option("--name <name>", "the campaign's name")
      .option("--actor <name>", "who is acting (recorded in the history)")
      .action(action(start));
    c.command("list")
      .description("campaigns, newest first")
      .action(
        action(async (ctx) => {
          const rows = await listCampaigns((await ctx.store()).db, "/");
          ctx.out.result(rows.map((r) => ({ ...r, advisory_ids: JSON.parse(r.advisory_ids) as string[] })));
          ctx.out.line(
            formatTable(
              ["id", "name", "advisories", "started", "by", "tasks"],
              rows.map((r) => [
                r.id,
                r.name,
                (JSON.parse(r.advisory_ids) as string[]).join(" "),
                r.started_at,
                r.started_by,
                r.tasks,
              ]),
            ),
          );
        }),
      );
    c.command("show <id>")
      .description("progress: counts per state per region, time down, overdue tasks, actions not done")
      .option("--unit <path>", "only this unit subtree")
      .action(action(show));
    c.command("status <id>")
      .description("the public status list of published services")
      .option("--format <format>", "html, csv or json")
      .action(action(status));
    c.command("task <id> <asset>")
      .description("move the asset's task to another state (e.g. --to patched), recorded with the reason")
      .option("--to <state>", TASK_STATES.join(", "))
      .option("--reason <text>", "why (kept in the history)")
      .option("--override", "an analyst's verification without a newer scan")
      .option("--actor <name>", "who is acting")
      .action(action(task));
    c.command("reopen-queue <id>")
      .description("verified services still closed, in reopening order")
      .option("--unit <path>", "only this unit subtree")
      .action(action(queue));
    c.command("reopen <id> <assets...>")
      .description("reopen these services (runs the reopen action)")
      .option("--reason <text>", "why")
      .option("--actor <name>", "who is acting")
      .action(action(reopen));
    c.command("retry <id>")
      .description("run the campaign's pending and failed actions again")
      .option("--actor <name>", "who is acting")
      .action(
        action(async (ctx, id: string, o: { actor?: string }) => {
          const result = await retryActions(await ctx.store(), campaignId(id), { actor: actorOf(o) });
          ctx.out.result(result);
          return reportActions(ctx, result);
        }),
      );
  },
};
