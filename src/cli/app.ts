/**
 * The shared shell every command runs in: global options (--db, --json, --debug),
 * the output streams, the store opened (and migrated) on demand, and the mapping of
 * errors to exit codes: 0 ok, 1 findings over a threshold, 2 usage or input error,
 * 3 internal error (stack only with --debug).
 */
import type { Command } from "commander";
import { NeedleError } from "../domain/errors.js";
import { openStore, type Store, storeConfigFrom } from "../store/store.js";
import { createOutput, type Output } from "./io.js";

export interface GlobalOptions {
  db?: string;
  json?: boolean;
  debug?: boolean;
}

export interface CommandContext {
  out: Output;
  /** Opens (and migrates) the store chosen by --db, NEEDLE_DB or NEEDLE_DATABASE_URL. */
  store(): Promise<Store>;
  globals: GlobalOptions;
}

/** A command module: one verb (or a verb group) registered on the program. */
export interface CommandModule {
  register(program: Command): void;
}

/** Exit status a command may ask for without an error (e.g. 1 when findings pass --fail-on). */
export class ExitStatus {
  constructor(readonly code: number) {}
}

/**
 * Wraps a command action: builds the context from the command's options (global ones
 * included), runs the action, closes the store, and turns errors into exit codes.
 */
export function action<A extends unknown[]>(
  // Resolves to an ExitStatus to set the exit code; any other value (usually none) means success.
  fn: (ctx: CommandContext, ...args: A) => Promise<unknown>,
): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const globals = command.optsWithGlobals<GlobalOptions>();
    const out = createOutput(globals.json === true);
    let opened: Store | undefined;
    const ctx: CommandContext = {
      out,
      globals,
      async store() {
        opened ??= await openStore(storeConfigFrom(globals.db, process.env));
        return opened;
      },
    };
    try {
      const status = await fn(ctx, ...(args.slice(0, -1) as A));
      if (status instanceof ExitStatus) process.exitCode = status.code;
    } catch (error) {
      process.exitCode = reportError(error, globals.debug === true);
    } finally {
      await opened?.close();
    }
  };
}

export function reportError(error: unknown, debug: boolean): number {
  if (error instanceof NeedleError) {
    process.stderr.write(`error: ${error.message}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.code === "internal" ? 3 : 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write("(run again with --debug for the stack trace)\n");
  return 3;
}
