/** `needle serve`: the REST API (and, once built, the web UI) on one port. */
import type { Command } from "commander";
import { InputError } from "../../domain/errors.js";
import { loadServerConfig } from "../../server/config.js";
import { startServer } from "../../server/start-server.js";
import { action, type CommandModule } from "../app.js";

interface ServeOptions {
  port?: string;
  host?: string;
  config?: string;
}

function portOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535)
    throw new InputError(`--port: expected 0-65535, got "${text}"`);
  return Number(text);
}

export const serveCommand: CommandModule = {
  register(program: Command) {
    program
      .command("serve")
      .description("serve the REST API (default http://127.0.0.1:7100); stops cleanly on Ctrl-C")
      .option("--port <port>", "TCP port (default 7100, or $NEEDLE_PORT)")
      .option("--host <host>", "address to listen on (default 127.0.0.1, or $NEEDLE_HOST)")
      .option("--config <file>", "JSON configuration file (environment variables and flags win over it)")
      .action(
        action(async (ctx, options: ServeOptions) => {
          const port = portOf(options.port);
          const config = await loadServerConfig({
            env: process.env,
            file: options.config,
            overrides: {
              ...(port !== undefined && { port }),
              ...(options.host !== undefined && { host: options.host }),
            },
          });
          const store = await ctx.store();
          const server = await startServer(store, { config, print: (line) => ctx.out.note(line) });
          await server.closed;
        }),
      );
  },
};
