/** `needle assets`, `needle asset NAME` and `needle components --name NAME`: the inventory's questions. */
import type { Command } from "commander";
import { ASSET_KINDS } from "../../domain/asset.js";
import { InputError } from "../../domain/errors.js";
import { unitPathProblem } from "../../domain/org-unit.js";
import { resolveAsset } from "../../inventory/resolve-asset.js";
import { listAssets } from "../../store/assets-repository.js";
import { componentsOfAsset, findComponentHits } from "../../store/components-repository.js";
import { scansOfAsset } from "../../store/scans-repository.js";
import { action, type CommandModule } from "../app.js";
import { formatTable } from "../io.js";

function checkUnit(unit: string | undefined): void {
  if (unit === undefined) return;
  const problem = unitPathProblem(unit);
  if (problem) throw new InputError(`--unit: ${problem}`);
}

export const assetsCommand: CommandModule = {
  register(program: Command) {
    program
      .command("assets")
      .description("list assets, optionally within a unit subtree or of one kind")
      .option("--unit <path>", "only assets in this unit and the units beneath it")
      .option("--kind <kind>", `only this kind (${ASSET_KINDS.join(", ")})`)
      .action(
        action(async (ctx, options: { unit?: string; kind?: string }) => {
          checkUnit(options.unit);
          if (options.kind && !(ASSET_KINDS as readonly string[]).includes(options.kind)) {
            throw new InputError(`--kind: "${options.kind}" is not one of ${ASSET_KINDS.join(", ")}`);
          }
          const store = await ctx.store();
          const assets = await listAssets(store.db, {
            ...(options.unit && { scope: options.unit }),
            ...(options.kind && { kind: options.kind }),
          });
          ctx.out.result(assets);
          ctx.out.line(
            formatTable(
              ["unit", "name", "kind", "criticality", "exposure", "state", "os"],
              assets.map((a) => [a.unit, a.name, a.kind, a.criticality, a.exposure, a.state, osText(a.os)]),
            ),
          );
          ctx.out.line(`${assets.length} asset${assets.length === 1 ? "" : "s"}`);
        }),
      );

    program
      .command("asset <name>")
      .description("one asset with its components, where each was found, and its scan history")
      .action(
        action(async (ctx, name: string) => {
          const store = await ctx.store();
          const asset = await resolveAsset(store.db, name);
          const components = await componentsOfAsset(store.db, asset.id);
          const scans = await scansOfAsset(store.db, asset.id);
          ctx.out.result({
            ...asset,
            components: components.map((c) => ({
              ...c,
              properties: c.properties ? JSON.parse(c.properties) : undefined,
            })),
            scans,
          });
          if (ctx.out.json) return;
          ctx.out.line(
            `${asset.unit}/${asset.name}  (${asset.kind}, criticality ${asset.criticality}, ${asset.exposure}, ${asset.state})`,
          );
          if (asset.os) ctx.out.line(`  os: ${osText(asset.os)}`);
          ctx.out.line(
            `  antivirus: ${asset.antivirus === undefined ? "unknown" : asset.antivirus === null ? "none" : `${asset.antivirus.product} (signatures ${asset.antivirus.signatureDate || "unknown"})`}`,
          );
          for (const [label, values] of [
            ["hostnames", asset.hostnames],
            ["ips", asset.ips],
            ["urls", asset.urls],
            ["tags", asset.tags],
          ] as const) {
            if (values.length > 0) ctx.out.line(`  ${label}: ${values.join(", ")}`);
          }
          if (asset.ownerContact) ctx.out.line(`  owner contact: ${asset.ownerContact}`);
          ctx.out.line();
          if (components.length === 0) {
            ctx.out.line(
              "No components known for this asset yet: import an SBOM with `needle import sbom --asset NAME FILE`.",
            );
          } else {
            ctx.out.line(
              formatTable(
                ["purl", "location", "source"],
                components.map((c) => [c.purl, c.location, c.source]),
              ),
            );
          }
          ctx.out.line();
          ctx.out.line(
            `${scans.length} scan${scans.length === 1 ? "" : "s"}: ${scans
              .slice(0, 5)
              .map((s) => `${s.imported_at} ${s.source} ${s.format} (${s.component_count} components)`)
              .join("; ")}`,
          );
        }),
      );

    program
      .command("components")
      .description("every asset holding a component, with unit, purl, version and location")
      .requiredOption("--name <name>", "package name, e.g. log4j-core")
      .option("--version <version>", "only this exact version")
      .option("--type <type>", "only this purl type, e.g. maven")
      .option("--unit <path>", "only assets in this unit subtree")
      .action(
        action(async (ctx, options: { name: string; version?: string; type?: string; unit?: string }) => {
          checkUnit(options.unit);
          const store = await ctx.store();
          const hits = await findComponentHits(store.db, {
            name: options.name,
            ...(options.version !== undefined && { version: options.version }),
            ...(options.type !== undefined && { type: options.type }),
            ...(options.unit !== undefined && { scope: options.unit }),
          });
          ctx.out.result(
            hits.map((h) => ({
              asset: h.asset,
              unit: h.unit,
              purl: h.purl,
              version: h.version,
              location: h.location,
              exposure: h.exposure,
              criticality: h.criticality,
            })),
          );
          ctx.out.line(
            formatTable(
              ["unit", "asset", "version", "purl", "location"],
              hits.map((h) => [h.unit, h.asset, h.version, h.purl, h.location]),
            ),
          );
          const assets = new Set(hits.map((h) => h.assetId)).size;
          ctx.out.line(
            `${hits.length} occurrence${hits.length === 1 ? "" : "s"} on ${assets} asset${assets === 1 ? "" : "s"}`,
          );
        }),
      );
  },
};

function osText(os: { name: string; version: string; servicePack?: string } | undefined): string {
  if (!os) return "";
  return [os.name, os.version, os.servicePack].filter(Boolean).join(" ");
}
