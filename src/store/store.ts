/**
 * Opens the store: SQLite (better-sqlite3, WAL) by default, PostgreSQL (pg) when a URL is
 * given. Every open migrates the database when needed, so every command works on a new
 * file or an older one.
 */
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase, sql } from "kysely";
import pg from "pg";
import { NeedleError } from "../domain/errors.js";
import { migrationProvider } from "./migrations/index.js";
import type { Schema } from "./schema.js";

export type StoreConfig = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };

export interface Store {
  readonly db: Kysely<Schema>;
  readonly dialect: "sqlite" | "postgres";
  /** The raw SQLite handle for the bulk paths in store/ (undefined on PostgreSQL). */
  readonly sqlite: Database.Database | undefined;
  /** A human description of where the data lives (a file path or a URL without password). */
  readonly location: string;
  close(): Promise<void>;
}

/** Picks the engine: --db wins, then NEEDLE_DATABASE_URL, then NEEDLE_DB, then ./needle.db. */
export function storeConfigFrom(dbOption: string | undefined, env: NodeJS.ProcessEnv): StoreConfig {
  if (dbOption !== undefined) return configFromLocation(dbOption);
  const url = env.NEEDLE_DATABASE_URL;
  if (url) return { kind: "postgres", url };
  return { kind: "sqlite", path: resolve(env.NEEDLE_DB || "needle.db") };
}

function configFromLocation(location: string): StoreConfig {
  if (/^postgres(ql)?:\/\//.test(location)) return { kind: "postgres", url: location };
  return { kind: "sqlite", path: resolve(location) };
}

export async function openStore(config: StoreConfig): Promise<Store> {
  const store = config.kind === "sqlite" ? openSqlite(config.path) : openPostgres(config.url);
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw new NeedleError(
      "internal",
      `cannot prepare the database at ${store.location}: ${errorText(error)}`,
      {
        cause: error,
      },
    );
  }
  return store;
}

function openSqlite(path: string): Store {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path);
  } catch (error) {
    throw new NeedleError("internal", `cannot open SQLite database ${path}: ${errorText(error)}`, {
      cause: error,
    });
  }
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("temp_store = MEMORY");
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: preparedOnce(sqlite) }) });
  return {
    db,
    dialect: "sqlite",
    sqlite,
    location: path,
    close: () => db.destroy(),
  };
}

const STATEMENT_CACHE = 500;

/**
 * The handle Kysely queries through: the same connection, but each SQL text is prepared once
 * and reused (Kysely's SQLite driver prepares on every query, which on an import's hot path
 * cost as much as the inserts). Bounded; the oldest statement is dropped first.
 */
function preparedOnce(sqlite: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (statement) return statement;
      statement = sqlite.prepare(text);
      if (statements.size >= STATEMENT_CACHE) statements.delete(statements.keys().next().value ?? "");
      statements.set(text, statement);
      return statement;
    },
  };
}

function openPostgres(url: string): Store {
  // COUNT(*) and SUM() come back as int8; the counts Needle reads fit a JS number.
  const types = {
    getTypeParser: (oid: number, format?: "text" | "binary") =>
      oid === 20 || oid === 1700 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: "postgres",
    sqlite: undefined,
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@"),
    close: () => db.destroy(),
  };
}

async function migrate(store: Store): Promise<void> {
  // Kysely looks for its bookkeeping tables by name across every schema; pin it to ours, or a
  // kysely_migration table of another schema (another application, another test) is taken for ours.
  const schema =
    store.dialect === "postgres"
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db: store.db,
    ...(schema !== undefined && { migrationTableSchema: schema }),
    provider: migrationProvider({
      dialect: store.dialect,
      serial: store.dialect === "sqlite" ? "integer" : "serial",
      pathText: store.dialect === "sqlite" ? "text" : sql`text collate "C"`,
    }),
  });
  // Kysely's check for its tables reads the catalogue of every schema; another schema dropped at
  // that moment (another application's, a parallel test's) fails the read. Such a failure names a
  // schema that is not ours and is worth a second try.
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    const foreign = /schema "([^"]+)" does not exist/.exec(errorText(error));
    if (!foreign || foreign[1] === schema || attempt >= 3) throw error;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
