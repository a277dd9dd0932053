/**
 * A real Needle server on a loopback port for the API tests: a fresh store on the given
 * engine, a small province (two regions, with a sibling whose name shares a prefix), tokens
 * per role and scope, and a fetch helper. Logs are kept in memory so tests can read them.
 */
import { gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { CLI_ACTOR, createToken } from "../access/index.js";
import { importAssetsText } from "../inventory/import-assets.js";
import { importUnitsText } from "../inventory/import-units.js";
import { findAssetsByName } from "../store/assets-repository.js";
import type { Store } from "../store/store.js";
import { type Engine, freshStore } from "../testing/engines.js";
import { buildApp, createLogger } from "./app.js";
import { type ServerConfigInput, serverConfig } from "./config.js";

const UNITS = `path,name,kind
/qc,Centre national,national
/qc/r01,Région 01,region
/qc/r01/h1,Hôpital 1,hospital
/qc/r02,Région 02,region
/qc/r02/h2,Hôpital 2,hospital
/qc/r01_x,Région voisine,region
`;

const ASSETS = `name,kind,unit,criticality,exposure,state
web-r01,website,/qc/r01/h1,5,internet,in-service
db-r01,server,/qc/r01/h1,4,internal,in-service
pc-r01,workstation,/qc/r01,2,internal,in-service
web-r02,website,/qc/r02/h2,5,internet,in-service
db-r02,server,/qc/r02/h2,3,internal,in-service
web-r01x,website,/qc/r01_x,5,internet,in-service
`;

export interface TestServer {
  store: Store;
  app: FastifyInstance;
  base: string;
  logs: string[];
  /** A new token with this role and scope. */
  token(role: string, scope: string): Promise<string>;
  /** The id of a seeded asset by name. */
  assetId(name: string): Promise<number>;
  request(method: string, path: string, init?: RequestOptions): Promise<TestResponse>;
  close(): Promise<void>;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  raw?: Buffer | string;
  headers?: Record<string, string>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export async function startTestServer(engine: Engine, config: ServerConfigInput = {}): Promise<TestServer> {
  const { store, cleanup } = await freshStore(engine);
  await importUnitsText(store, UNITS, "units.csv");
  await importAssetsText(store, ASSETS, "assets.csv");
  const logs: string[] = [];
  const logger = createLogger("info", { write: (line: string) => logs.push(line) });
  const app = await buildApp({
    store,
    logger,
    config: serverConfig({ port: 0, rateLimit: { perSecond: 10_000, burst: 10_000 }, ...config }),
    drainTimeoutMs: 10_000,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  let tokens = 0;
  return {
    store,
    app,
    base,
    logs,
    async token(role, scope) {
      const created = await createToken(store, { name: `t${++tokens}-${role}`, role, scope }, CLI_ACTOR);
      return created.token;
    },
    async assetId(name) {
      const found = await findAssetsByName(store.db, name);
      if (!found[0]) throw new Error(`no seeded asset ${name}`);
      return found[0].id;
    },
    request: (method, path, init = {}) => send(base, method, path, init),
    async close() {
      await app.close();
      await cleanup();
    },
  };
}

async function send(base: string, method: string, path: string, init: RequestOptions): Promise<TestResponse> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body: string | Buffer | undefined;
  if (init.raw !== undefined) body = init.raw;
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(body !== undefined && { body: new Uint8Array(Buffer.from(body)) }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A small CycloneDX SBOM naming `count` npm packages, distinct per `seed`. */
export function cycloneDx(seed: string, count = 3): string {
  const components = Array.from({ length: count }, (_, i) => ({
    type: "library",
    name: `pkg-${seed}-${i}`,
    version: `1.${i}.0`,
    purl: `pkg:npm/pkg-${seed}-${i}@1.${i}.0`,
  }));
  return JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.5", version: 1, components });
}

export function gzipped(text: string): Buffer {
  return gzipSync(Buffer.from(text));
}
