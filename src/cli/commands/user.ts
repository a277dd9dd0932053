/** `needle user add|list|disable`: local users, each with a role and an org-unit scope. */
import type { Command } from "commander";
import { addUser, CLI_ACTOR, listUsers, ROLES, setDisabled } from "../../access/index.js";
import { action, type CommandModule } from "../app.js";
import { formatTable } from "../io.js";

export const userCommand: CommandModule = {
  register(program: Command) {
    const user = program.command("user").description("manage the users who log in to the web UI and API");
    user
      .command("add <name>")
      .description("add a user; a password is generated and shown once unless $NEEDLE_USER_PASSWORD is set")
      .requiredOption("--role <role>", `one of ${ROLES.join(", ")}`)
      .option("--scope <path>", "the org-unit subtree the user reads and changes", "/")
      .action(
        action(async (ctx, name: string, options: { role: string; scope: string }) => {
          const store = await ctx.store();
          const result = await addUser(
            store,
            {
              name,
              role: options.role,
              scope: options.scope,
              password: process.env.NEEDLE_USER_PASSWORD || undefined,
            },
            CLI_ACTOR,
          );
          ctx.out.result({ ...result.user, ...(result.password && { password: result.password }) });
          ctx.out.line(`added ${result.user.name} (${result.user.role}, scope ${result.user.scope})`);
          if (result.password) ctx.out.line(`password (shown once): ${result.password}`);
        }),
      );
    user
      .command("list")
      .description("list users")
      .action(
        action(async (ctx) => {
          const users = await listUsers(await ctx.store(), "/");
          ctx.out.result(users);
          ctx.out.line(
            formatTable(
              ["name", "role", "scope", "state", "created"],
              users.map((u) => [u.name, u.role, u.scope, u.disabled ? "disabled" : "active", u.createdAt]),
            ),
          );
        }),
      );
    user
      .command("disable <name>")
      .description("disable a user: no more logins, and their sessions and tokens stop working")
      .action(
        action(async (ctx, name: string) => {
          const view = await setDisabled(await ctx.store(), name, true, CLI_ACTOR);
          ctx.out.result(view);
          ctx.out.line(`disabled ${view.name}`);
        }),
      );
  },
};
