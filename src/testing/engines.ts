/**
 * Runs a test suite against every storage engine: SQLite always, PostgreSQL through
 * NEEDLE_TEST_DATABASE_URL. Each store gets its own SQLite file or PostgreSQL schema, so
 * suites run in parallel without seeing each other. Where the URL is unset, the
 * PostgreSQL half is skipped with one printed line on a user's machine, and fails in CI.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe } from "vitest";
import { openStore, type Store } from "../store/store.js";

export type Engine = "sqlite" | "postgres";

let warned = false;

function postgresUrl(): string | undefined {
  const url = process.env.NEEDLE_TEST_DATABASE_URL;
  if (url) return url;
  if (process.env.CI === "true") {
    throw new Error("NEEDLE_TEST_DATABASE_URL is not set: CI must run the PostgreSQL tests");
  }
  if (!warned) {
    warned = true;
    process.stderr.write(
      "skipped: PostgreSQL tests (set NEEDLE_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them)\n",
    );
  }
  return undefined;
}

/** A fresh, migrated store on the given engine; `cleanup` removes it. */
export async function freshStore(engine: Engine): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "needle-test-"));
    const store = await openStore({ kind: "sqlite", path: join(dir, "needle.db") });
    return {
      store,
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = postgresUrl();
  if (!url) throw new Error("PostgreSQL is not configured");
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const separator = url.includes("?") ? "&" : "?";
  const store = await openStore({
    kind: "postgres",
    url: `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
  });
  return {
    store,
    cleanup: async () => {
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** The engines to run on here: both, or SQLite alone (with the one printed line) off CI. */
export function engines(): Engine[] {
  return postgresUrl() ? ["sqlite", "postgres"] : ["sqlite"];
}

/** `describe` once per engine, named after it. */
export function describeEachEngine(name: string, body: (engine: Engine) => void): void {
  for (const engine of engines()) describe(`${name} [${engine}]`, () => body(engine));
}
