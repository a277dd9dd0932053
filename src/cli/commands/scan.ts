/**
 * `needle scan PATH...`: one walk of the given trees with every cataloger, written as a
 * CycloneDX 1.6 SBOM (or SPDX 2.3, the scan result as JSON, or a table); optionally
 * imported into the local store as an asset's contents, or uploaded to a Needle server.
 * Thin shell over src/scanner; the formats live in scan-output.ts, the upload in scan-upload.ts.
 */
import { lstatSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { InputError } from "../../domain/errors.js";
import { importComponents } from "../../inventory/import-components.js";
import { writeCycloneDx } from "../../sbom/write-cyclonedx.js";
import { type ScanResult, scan } from "../../scanner/index.js";
import { action, type CommandContext, type CommandModule } from "../app.js";
import {
  chooseFormat,
  componentsByPurl,
  describeStats,
  renderScan,
  SCAN_FORMATS,
  summariseWarnings,
  writeFileAtomic,
} from "./scan-output.js";
import { uploadScan } from "./scan-upload.js";

/** Options shared by `scan` and `audit`: what to walk. */
export interface WalkOptions {
  exclude: string[];
  oneFileSystem?: boolean;
}

interface ScanCommandOptions extends WalkOptions {
  format?: string;
  output?: string;
  asset?: string;
  upload?: string;
  token?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Adds the walk options (`--exclude`, `--one-file-system`) to a command. */
export function walkOptions(command: Command): Command {
  return command
    .option(
      "--exclude <glob>",
      "skip paths matching the glob (repeatable); a glob without / matches a name at any depth",
      collect,
      [],
    )
    .option("--one-file-system", "stay on the file system of each given path");
}

/**
 * Scans the paths with a progress bar on a terminal, then summarises the warnings on stderr.
 * Paths that do not exist are a usage error; unreadable parts of a tree are warnings.
 */
export async function scanPaths(
  ctx: CommandContext,
  paths: string[],
  options: WalkOptions,
): Promise<ScanResult> {
  const roots = paths.map((p) => resolve(p));
  const missing = roots.filter((p) => !exists(p));
  if (missing.length > 0) throw new InputError(`no such file or directory: ${missing.join(", ")}`);
  // The bar counts files visited (the total is not known before the walk); bytes and
  // components are shown in the summary line.
  const bar = ctx.out.progress("scan: files", 1);
  let shown = 0;
  const result = await scan(roots, {
    exclude: options.exclude,
    oneFileSystem: options.oneFileSystem === true,
    onProgress(p) {
      bar.setTotal(Math.max(p.files, 1));
      bar.tick(p.files - shown);
      shown = p.files;
    },
  });
  bar.done();
  for (const line of summariseWarnings(result.warnings, ctx.globals.debug === true)) ctx.out.warn(line);
  return result;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

const packageSchema = z.object({ version: z.string() });

/** Needle's own version, named as the tool in SBOMs. */
export function needleVersion(): string {
  try {
    const text = readFileSync(new URL("../../../package.json", import.meta.url), "utf8");
    return packageSchema.parse(JSON.parse(text)).version;
  } catch {
    return "unknown";
  }
}

/** Checks the delivery options before the scan, so a usage error costs no walk; returns the token. */
function uploadToken(o: ScanCommandOptions): string | undefined {
  if (o.upload === undefined) {
    if (o.token !== undefined) throw new InputError("--token is only used with --upload");
    return undefined;
  }
  const token = o.token ?? process.env.NEEDLE_TOKEN;
  if (o.asset === undefined) throw new InputError("--upload needs --asset NAME (the asset on the server)");
  if (token === undefined || token === "")
    throw new InputError("--upload needs --token T (or $NEEDLE_TOKEN)");
  return token;
}

async function deliver(
  ctx: CommandContext,
  result: ScanResult,
  o: ScanCommandOptions,
  token: string | undefined,
): Promise<object> {
  if (o.upload !== undefined && o.asset !== undefined && token !== undefined) {
    const document = writeCycloneDx(undefined, componentsByPurl(result.components), {
      toolVersion: needleVersion(),
    });
    const receipt = await uploadScan({ url: o.upload, token, asset: o.asset, document });
    ctx.out.line(`uploaded to ${o.upload} for asset ${o.asset}: job ${receipt.jobId}`);
    return { upload: receipt };
  }
  if (o.asset !== undefined) {
    const imported = await importComponents(await ctx.store(), {
      asset: o.asset,
      source: "scan",
      format: "cyclonedx",
      specVersion: "1.6",
      tool: `needle ${needleVersion()}`,
      components: result.components,
    });
    ctx.out.line(
      imported.unchanged
        ? `${imported.unit}/${imported.asset}: same components as the last scan: nothing changed`
        : `${imported.unit}/${imported.asset}: ${imported.components} components, ${imported.occurrences} occurrences recorded (scan ${imported.scanId})`,
    );
    return { import: imported };
  }
  return {};
}

async function runScanCommand(ctx: CommandContext, paths: string[], o: ScanCommandOptions): Promise<void> {
  const token = uploadToken(o);
  const toTerminal = o.output === undefined && process.stdout.isTTY === true;
  const format = chooseFormat(o.format, toTerminal);
  const result = await scanPaths(ctx, paths, o);
  if (o.output !== undefined) {
    writeFileAtomic(o.output, renderScan(result, format, needleVersion()));
    ctx.out.line(`wrote ${format} to ${o.output}: ${describeStats(result)}`);
  } else if (!ctx.out.json) {
    process.stdout.write(renderScan(result, format, needleVersion()));
    if (format !== "table") ctx.out.note(describeStats(result));
  }
  const delivered = await deliver(ctx, result, o, token);
  ctx.out.result({ ...result, ...delivered });
}

export const scanCommand: CommandModule = {
  register(program: Command) {
    const command = program
      .command("scan")
      .description(
        "find every component under the paths (archives inside archives included) and write an SBOM",
      )
      .argument("<paths...>", "files and directories to scan")
      .option(
        "--format <format>",
        `${SCAN_FORMATS.join(", ")} (default: table on a terminal, else CycloneDX 1.6 JSON)`,
      )
      .option("--output <file>", "write the SBOM to a file (atomically) instead of stdout")
      .option("--asset <name>", "import the result as this asset's contents (or name the asset for --upload)")
      .option("--upload <url>", "send the CycloneDX SBOM to a Needle server (with --asset and --token)")
      .option("--token <token>", "the server's agent token for --upload (default $NEEDLE_TOKEN)");
    walkOptions(command).action(
      action(async (ctx, paths: string[], options: ScanCommandOptions) => {
        await runScanCommand(ctx, paths, options);
      }),
    );
  },
};
