/**
 * Runs one command module on a bare program (with the global options) as a user would, and
 * captures what it printed and the exit code it set. For the command tests in this folder.
 */
import { Command } from "commander";
import { vi } from "vitest";
import type { CommandModule } from "../app.js";

export interface CommandRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** `env` holds environment variables set for this run only. */
export async function runCommand(
  module: CommandModule,
  args: string[],
  env: Record<string, string> = {},
): Promise<CommandRun> {
  const program = new Command("needle")
    .option("--json")
    .option("--debug")
    .option("--db <path>")
    .exitOverride();
  module.register(program);
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  try {
    process.exitCode = 0;
    await program.parseAsync(args, { from: "user" });
  } finally {
    out.mockRestore();
    err.mockRestore();
    vi.unstubAllEnvs();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { stdout, stderr, exitCode };
}
