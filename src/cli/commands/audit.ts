/**
 * `needle audit PATH...`: scan and match the components against the advisory store in one
 * step, as a CI gate: exit 1 when a finding is at or above `--fail-on` (default critical),
 * else 0. Thin shell over src/scanner and src/exposure.
 */
import type { Command } from "commander";
import type { Component } from "../../domain/component.js";
import { InputError } from "../../domain/errors.js";
import { type AuditFinding, auditComponents } from "../../exposure/audit.js";
import { action, type CommandContext, type CommandModule, ExitStatus } from "../app.js";
import { formatTable } from "../io.js";
import { scanPaths, type WalkOptions, walkOptions } from "./scan.js";
import { describeStats } from "./scan-output.js";

export const FAIL_ON_LEVELS = ["critical", "high", "medium", "low"] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** Severity ranks; GitHub's "moderate" is CVSS's "medium". Unknown or "none" ranks 0 and fails no gate. */
const RANK: Readonly<Record<string, number>> = { critical: 4, high: 3, medium: 2, moderate: 2, low: 1 };

export function severityRank(severity: string): number {
  return RANK[severity.toLowerCase()] ?? 0;
}

export function parseFailOn(value: string): FailOn {
  const level = FAIL_ON_LEVELS.find((l) => l === value.toLowerCase());
  if (level === undefined) {
    throw new InputError(
      `--fail-on: unknown severity "${value}" (expected one of ${FAIL_ON_LEVELS.join(", ")})`,
    );
  }
  return level;
}

/** Most severe first, then KEV-listed first, then by advisory and purl: stable output. */
export function sortFindings(findings: readonly AuditFinding[]): AuditFinding[] {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      Number(b.kev) - Number(a.kev) ||
      text(a.advisory, b.advisory) ||
      text(a.purl, b.purl),
  );
}

/**
 * Facts of the scanned copies behind a finding that a reader needs beside it (for example
 * `jndilookup-removed`): a flag shows when every location of the finding carries it.
 */
function notesOf(finding: AuditFinding, flagsAt: ReadonlyMap<string, readonly string[]>): string {
  const [first, ...rest] = finding.locations.map((l) => flagsAt.get(l) ?? []);
  return (first ?? []).filter((flag) => rest.every((flags) => flags.includes(flag))).join(",");
}

/** The `true`-valued properties of the component found at each location, by short name. */
function flagsByLocation(components: readonly Component[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of components) {
    const flags = Object.entries(c.properties ?? {})
      .filter(([, value]) => value === "true")
      .map(([name]) => name.split(":").pop() ?? name);
    for (const location of c.locations) out.set(location, flags);
  }
  return out;
}

function findingsTable(findings: readonly AuditFinding[], components: readonly Component[]): string {
  const flagsAt = flagsByLocation(components);
  const rows = findings.map((f) => {
    const [first = "", ...rest] = [...f.locations].sort();
    return [
      f.severity.toUpperCase() + (f.score === undefined ? "" : ` ${f.score.toFixed(1)}`),
      f.advisory,
      f.kev ? "yes" : "",
      f.purl.replace(/@.*$/, ""),
      f.version,
      f.fixed.join(", "),
      rest.length > 0 ? `${first} (+${rest.length} more)` : first,
      notesOf(f, flagsAt),
    ];
  });
  const headers = ["SEVERITY", "ADVISORY", "KEV", "PACKAGE", "VERSION", "FIXED IN", "LOCATION", "NOTES"];
  return formatTable(headers, rows);
}

interface AuditCommandOptions extends WalkOptions {
  failOn: string;
}

async function runAudit(ctx: CommandContext, paths: string[], o: AuditCommandOptions): Promise<ExitStatus> {
  const failOn = parseFailOn(o.failOn);
  const result = await scanPaths(ctx, paths, o);
  const findings = sortFindings(await auditComponents(await ctx.store(), result.components));
  const over = findings.filter((f) => severityRank(f.severity) >= severityRank(failOn));
  ctx.out.result({
    findings,
    failOn,
    overThreshold: over.length,
    stats: result.stats,
    warnings: result.warnings,
  });
  if (findings.length > 0) ctx.out.line(findingsTable(findings, result.components));
  ctx.out.line(
    `${findings.length} finding${findings.length === 1 ? "" : "s"} (${over.length} at or above ${failOn}) in ${describeStats(result)}`,
  );
  return new ExitStatus(over.length > 0 ? 1 : 0);
}

export const auditCommand: CommandModule = {
  register(program: Command) {
    const command = program
      .command("audit")
      .description("scan the paths and match what is found against the advisories; exit 1 over --fail-on")
      .argument("<paths...>", "files and directories to scan")
      .option(
        "--fail-on <severity>",
        `exit 1 when a finding is at or above this severity (${FAIL_ON_LEVELS.join(", ")})`,
        "critical",
      );
    walkOptions(command).action(
      action(async (ctx, paths: string[], options: AuditCommandOptions) => runAudit(ctx, paths, options)),
    );
  },
};
