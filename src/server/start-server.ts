/**
 * Starts Needle's server on a store: the first admin on a new store, the app listening,
 * the URL and login printed, and a graceful stop on SIGINT/SIGTERM (requests in flight and
 * queued uploads finish first; what is still queued at the deadline stays stored for the
 * next start).
 */
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import { ensureAdmin } from "../access/index.js";
import type { ComponentsImportResult } from "../inventory/import-components.js";
import type { Store } from "../store/store.js";
import { buildApp } from "./app.js";
import type { ServerConfig } from "./config.js";

export interface StartServerOptions {
  config: ServerConfig;
  /** Where the URL and the first admin's password are printed (stderr by default). */
  print?: (line: string) => void;
  logger?: FastifyBaseLogger;
  onIngested?: (results: readonly ComponentsImportResult[]) => Promise<void>;
  /** Stop on SIGINT and SIGTERM (default true). */
  handleSignals?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** Stops gracefully; resolves when everything is closed. */
  close(): Promise<void>;
  /** Resolves when the server has stopped (by close() or a signal). */
  closed: Promise<void>;
}

export async function startServer(store: Store, options: StartServerOptions): Promise<RunningServer> {
  const print = options.print ?? ((line: string) => process.stderr.write(`${line}\n`));
  const admin = await ensureAdmin(store, options.config.adminPassword);
  const app = await buildApp({
    store,
    config: options.config,
    ...(options.logger && { logger: options.logger }),
    ...(options.onIngested && { onIngested: options.onIngested }),
  });
  await app.listen({ port: options.config.port, host: options.config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.config.port;
  const host = options.config.host.includes(":") ? `[${options.config.host}]` : options.config.host;
  const url = `http://${host}:${port}`;
  print(`Needle is serving at ${url} (API ${url}/api/v1, OpenAPI ${url}/api/v1/openapi.json)`);
  if (admin.created && admin.generated && admin.password) {
    print(`First start: log in as "admin" with the password ${admin.password}`);
    print("It is shown only this once; keep it safe, or set NEEDLE_ADMIN_PASSWORD before the first start.");
  } else if (admin.created) {
    print('First start: user "admin" created with the password from NEEDLE_ADMIN_PASSWORD.');
  }
  let closing: Promise<void> | undefined;
  let finished: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const close = () => {
    closing ??= app.close().then(() => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      finished();
    });
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    print(`${signal}: finishing requests and uploads in flight, then stopping`);
    void close();
  };
  if (options.handleSignals !== false) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }
  return { app, url, close, closed };
}
