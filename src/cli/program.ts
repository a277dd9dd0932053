/**
 * The `needle` program. Every command is a module in commands/, listed explicitly in
 * commands/index.ts; global options may appear before or after the verb.
 */
import { Command, CommanderError } from "commander";
import { commands } from "./commands/index.js";

export function buildProgram(): Command {
  const program = new Command("needle")
    .description("Needle: what every system runs, what an advisory affects, and who owns it.")
    .option(
      "--db <path>",
      "SQLite database file (default ./needle.db, or $NEEDLE_DB; $NEEDLE_DATABASE_URL selects PostgreSQL)",
    )
    .option("--json", "machine-readable JSON on stdout; messages go to stderr")
    .option("--debug", "print stack traces of internal errors")
    .showHelpAfterError()
    .exitOverride();
  for (const module of commands) module.register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version requests end with exit 0; usage errors with 2.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    throw error;
  }
}
