/** `needle import units|assets|network|sbom`: each file is one transaction; bad input writes nothing. */
import type { Command } from "commander";
import { importAssetsFile } from "../../inventory/import-assets.js";
import { importNetworkFile } from "../../inventory/import-network.js";
import { importSbomFile } from "../../inventory/import-sbom.js";
import { importUnitsFile } from "../../inventory/import-units.js";
import { action, type CommandModule } from "../app.js";

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
      .command("sbom <file>")
      .description("a CycloneDX (1.2-1.6) or SPDX 2.3 JSON SBOM as the contents of one asset")
      .requiredOption("--asset <name>", "the asset: NAME, or UNITPATH/NAME where names repeat across units")
      .option(
        "--source <label>",
        "what produced it; replaces the asset's earlier contents from the same source",
        "sbom",
      )
      .action(
        action(async (ctx, file: string, options: { asset: string; source: string }) => {
          const result = await importSbomFile(await ctx.store(), {
            asset: options.asset,
            file,
            source: options.source,
          });
          for (const warning of result.warnings) ctx.out.warn(warning);
          ctx.out.result({ file, ...result });
          ctx.out.line(
            result.unchanged
              ? `${file}: same content as the last import for ${result.unit}/${result.asset}: nothing changed`
              : `${file}: ${result.format} ${result.specVersion}: ${result.components} components, ${result.occurrences} occurrences recorded for ${result.unit}/${result.asset} (scan ${result.scanId})`,
          );
        }),
      );
  },
};
