/**
 * Bulk rows into the store, fast on both engines. SQLite: prepared statements run row by
 * row inside long transactions opened on the same better-sqlite3 handle Kysely uses
 * (in-process, so single-row statements beat building multi-row SQL). PostgreSQL: rows are
 * buffered per table as column arrays and sent as `INSERT ... SELECT * FROM unnest(...)`,
 * one statement per table and flush, inside one transaction per flush.
 */
import { sql } from "kysely";
import type { Store } from "../store/store.js";

export type Cell = string | number | null;

export interface TableSpec {
  table: string;
  columns: readonly (readonly [name: string, pgType: "int" | "text"])[];
}

export interface BulkSink {
  add(spec: TableSpec, row: readonly Cell[]): void;
  /** Commits (SQLite) or sends (PostgreSQL) when enough rows have piled up. */
  maybeFlush(): Promise<void>;
  /** Commits everything; call once at the end. */
  finish(): Promise<void>;
  /** Drops what was not committed (after a failure). */
  abort(): Promise<void>;
}

const SQLITE_ROWS_PER_COMMIT = 400_000;
const PG_ROWS_PER_FLUSH = 60_000;

export function openSink(store: Store): BulkSink {
  return store.sqlite ? sqliteSink(store.sqlite) : postgresSink(store);
}

function sqliteSink(db: NonNullable<Store["sqlite"]>): BulkSink {
  const statements = new Map<TableSpec, ReturnType<typeof db.prepare<Cell[]>>>();
  let pending = 0;
  db.exec("BEGIN");
  return {
    add(spec, row) {
      let statement = statements.get(spec);
      if (!statement) {
        const names = spec.columns.map(([n]) => n);
        statement = db.prepare<Cell[]>(
          `INSERT INTO ${spec.table} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`,
        );
        statements.set(spec, statement);
      }
      statement.run(...(row as Cell[]));
      pending++;
    },
    async maybeFlush() {
      if (pending < SQLITE_ROWS_PER_COMMIT) return;
      db.exec("COMMIT");
      db.exec("BEGIN");
      pending = 0;
    },
    async finish() {
      db.exec("COMMIT");
    },
    async abort() {
      if (db.inTransaction) db.exec("ROLLBACK");
    },
  };
}

function postgresSink(store: Store): BulkSink {
  const buffers = new Map<TableSpec, Cell[][]>();
  let pending = 0;
  const flush = async () => {
    if (pending === 0) return;
    const work = [...buffers.entries()];
    buffers.clear();
    pending = 0;
    await store.db.transaction().execute(async (tx) => {
      for (const [spec, columns] of work) {
        const names = sql.join(spec.columns.map(([n]) => sql.ref(n)));
        const arrays = sql.join(spec.columns.map(([, type], i) => sql`${columns[i]}::${sql.raw(type)}[]`));
        await sql`INSERT INTO ${sql.table(spec.table)} (${names}) SELECT * FROM unnest(${arrays})`.execute(
          tx,
        );
      }
    });
  };
  return {
    add(spec, row) {
      let columns = buffers.get(spec);
      if (!columns) {
        columns = spec.columns.map(() => []);
        buffers.set(spec, columns);
      }
      for (let i = 0; i < row.length; i++) columns[i]!.push(row[i] ?? null);
      pending++;
    },
    async maybeFlush() {
      if (pending >= PG_ROWS_PER_FLUSH) await flush();
    },
    finish: flush,
    async abort() {
      buffers.clear();
      pending = 0;
    },
  };
}
