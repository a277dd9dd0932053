/**
 * `needle version`: compare two versions with an ecosystem's own rules, and test a version
 * against a purl `vers` range. Thin shell over src/versioning.
 */
import type { Command } from "commander";
import { schemeByName, schemeIds } from "../../versioning/registry.js";
import { containsVersion, formatVers, parseVers } from "../../versioning/vers.js";
import { action, type CommandModule } from "../app.js";

const SIGNS = ["<", "=", ">"] as const;

function registerCompare(group: Command): void {
  group
    .command("compare")
    .description("print <, = or > for version A against version B")
    .argument("<scheme>", `a scheme (${schemeIds().join(", ")}) or an OSV ecosystem (Maven, Debian:12, ...)`)
    .argument("<a>", "first version")
    .argument("<b>", "second version")
    .action(
      action(async (ctx, name: string, a: string, b: string) => {
        const scheme = schemeByName(name);
        const order = scheme.compare(a, b);
        const sign = SIGNS[order + 1] ?? "=";
        ctx.out.result({ scheme: scheme.id, a, b, result: sign, order });
        ctx.out.line(sign);
      }),
    );
}

function registerInRange(group: Command): void {
  group
    .command("in-range")
    .description("print true when VERSION is in the vers range (e.g. vers:maven/>=2.0-beta9|<2.15.0)")
    .argument("<version>", "the version to test")
    .argument("<vers>", "a purl version range: vers:<scheme>/<constraint>|...")
    .action(
      action(async (ctx, version: string, vers: string) => {
        const range = parseVers(vers);
        for (const warning of range.warnings) ctx.out.warn(`${vers}: ${warning}`);
        const contained = containsVersion(range, version);
        ctx.out.result({ version, range: formatVers(range), scheme: range.scheme.id, contains: contained });
        ctx.out.line(String(contained));
      }),
    );
}

export const versionCommand: CommandModule = {
  register(program) {
    const group = program
      .command("version")
      .description("compare versions and test version ranges with each ecosystem's own rules");
    registerCompare(group);
    registerInRange(group);
  },
};
