/** `needle token create|list|revoke`: API tokens for the CLI and agents, shown once, stored hashed. */
import type { Command } from "commander";
import { CLI_ACTOR, createToken, listTokens, ROLES, revokeToken } from "../../access/index.js";
import { InputError } from "../../domain/errors.js";
import { action, type CommandModule } from "../app.js";
import { formatTable } from "../io.js";

export const tokenCommand: CommandModule = {
  register(program: Command) {
    const token = program.command("token").description("manage API tokens (Authorization: Bearer ndl_...)");
    token
      .command("create <name>")
      .description("create a token; the secret is printed once and never stored")
      .requiredOption("--role <role>", `one of ${ROLES.join(", ")} (agents upload scans only)`)
      .option("--scope <path>", "the org-unit subtree the token acts in", "/")
      .option("--user <name>", "the user the token acts for (it stops when the user is disabled)")
      .action(
        action(async (ctx, name: string, options: { role: string; scope: string; user?: string }) => {
          const created = await createToken(
            await ctx.store(),
            { name, role: options.role, scope: options.scope, user: options.user },
            CLI_ACTOR,
          );
          ctx.out.result({ token: created.token, ...created.view });
          ctx.out.line(
            `token ${created.view.id} "${name}" (${created.view.role}, scope ${created.view.scope}):`,
          );
          ctx.out.line(created.token);
          ctx.out.line("Shown only this once: store it where the agent or CLI will read it.");
        }),
      );
    token
      .command("list")
      .description("list tokens (never their secrets)")
      .action(
        action(async (ctx) => {
          const tokens = await listTokens(await ctx.store(), "/");
          ctx.out.result(tokens);
          ctx.out.line(
            formatTable(
              ["id", "name", "prefix", "role", "scope", "user", "last used", "revoked"],
              tokens.map((t) => [
                t.id,
                t.name,
                `${t.prefix}...`,
                t.role,
                t.scope,
                t.user,
                t.lastUsedAt,
                t.revokedAt,
              ]),
            ),
          );
        }),
      );
    token
      .command("revoke <id>")
      .description("revoke a token by its id (see `needle token list`)")
      .action(
        action(async (ctx, id: string) => {
          if (!/^[1-9]\d{0,9}$/.test(id))
            throw new InputError(`token id "${id}": expected a number from \`needle token list\``);
          const view = await revokeToken(await ctx.store(), Number(id), CLI_ACTOR);
          ctx.out.result(view);
          ctx.out.line(`revoked token ${view.id} "${view.name}"`);
        }),
      );
  },
};
