/** `needle import units|assets|network|sbom`: each file is one transaction; bad input writes nothing. */
import type { Command } from "commander";
import { InputError } from "../../domain/errors.js";
import { importAssetsFile } from "../../inventory/import-assets.js";
import type { ComponentsImportResult } from "../../inventory/import-components.js";
import { importNetworkFile } from "../../inventory/import-network.js";
import { assetNameFromFile, importSbomFiles } from "../../inventory/import-sbom.js";
import { importUnitsFile } from "../../inventory/import-units.js";
import { action, type CommandModule, ExitStatus } from "../app.js";

function describeSbomResult(file: string, r: ComponentsImportResult): string {
  return r.unchanged
    ? `${file}: same content as the last import for ${r.unit}/${r.asset}: nothing changed`
    : `${file}: ${r.components} components, ${r.occurrences} occurrences recorded for ${r.unit}/${r.asset} (scan ${r.scanId})`;
}

function describeCounts(
  file: string,
  what: string,
  c: { created: number; updated: number; unchanged: number },
): string {
  return `${file}: ${what}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
}

export const importCommand: CommandModule = {
  register(program: Command) {
    const group = program
      .command("import")
      .description("import units, assets, the network or an SBOM into the store");
    group
      .command("units <file>")
      .description("org units from CSV (path,name,kind) or a JSON array of the same fields")
      .action(
        action(async (ctx, file: string) => {
          const counts = await importUnitsFile(await ctx.store(), file);
          ctx.out.result({ file, ...counts });
          ctx.out.line(describeCounts(file, "units", counts));
        }),
      );
    group
      .command("assets <file>")
      .description("assets from CSV (header with at least name,kind,unit; see README) or a JSON array")
      .action(
        action(async (ctx, file: string) => {
          const counts = await importAssetsFile(await ctx.store(), file);
          ctx.out.result({ file, ...counts });
          ctx.out.line(describeCounts(file, "assets", counts));
        }),
      );
    group
      .command("network <file>")
      .description("segments, links, flows and service dependencies from one JSON document")
      .action(
        action(async (ctx, file: string) => {
          const counts = await importNetworkFile(await ctx.store(), file);
          ctx.out.result({ file, changed: counts });
          ctx.out.line(
            `${file}: network: ${counts.segments} segments, ${counts.links} links, ${counts.flows} flows, ${counts.dependencies} dependencies created or changed`,
          );
        }),
      );
    group
      .command("sbom <files...>")
      .description(
        "CycloneDX (1.2-1.6) or SPDX 2.2/2.3 JSON SBOMs as what assets run; each file is one transaction",
      )
      .option(
        "--asset <name>",
        "the asset of a single file: NAME, or UNITPATH/NAME where names repeat across units",
      )
      .option(
        "--asset-from-name",
        "each file is the asset named by its base name up to the first dot (web01.cdx.json -> web01)",
      )
      .option(
        "--source <label>",
        "what produced it; replaces the asset's earlier contents from the same source",
        "sbom",
      )
      .action(
        action(
          async (
            ctx,
            files: string[],
            options: { asset?: string; assetFromName?: boolean; source: string },
          ) => {
            if ((options.asset === undefined) === (options.assetFromName !== true)) {
              throw new InputError(
                "give either --asset NAME (one file) or --asset-from-name (any number of files)",
              );
            }
            if (options.asset !== undefined && files.length !== 1) {
              throw new InputError(
                `--asset names one asset but ${files.length} files were given; use --asset-from-name`,
              );
            }
            const asset = options.asset;
            const assetFor = asset === undefined ? assetNameFromFile : () => asset;
            const progress = ctx.out.progress("import", files.length);
            let failed = 0;
            const results = await importSbomFiles(await ctx.store(), files, {
              assetFor,
              source: options.source,
              onEach(file, outcome) {
                progress.tick();
                if (!outcome.ok) {
                  failed++;
                  ctx.out.note(
                    `error: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`,
                  );
                } else if (!ctx.out.json) {
                  ctx.out.line(describeSbomResult(file, outcome.result));
                }
              },
            });
            progress.done();
            ctx.out.result(
              results.map(({ file, outcome }) =>
                outcome.ok
                  ? { file, ...outcome.result }
                  : { file, error: String((outcome.error as Error).message ?? outcome.error) },
              ),
            );
            if (failed > 0) {
              ctx.out.note(
                `${failed} of ${files.length} file${files.length === 1 ? "" : "s"} not imported (nothing of them was written)`,
              );
              return new ExitStatus(2);
            }
          },
        ),
      );
  },
};
