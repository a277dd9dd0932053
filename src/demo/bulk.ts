/**
 * Bulk rows into the store, fast on both engines. SQLite: prepared multi-row INSERTs (a
 * hundred rows a call, half the cost per row of single-row statements) inside long
 * transactions opened on the same better-sqlite3 handle Kysely uses. PostgreSQL: rows are
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
/** Rows per INSERT: one call into SQLite per hundred rows instead of per row. */
const SQLITE_ROWS_PER_STATEMENT = 100;
const PG_ROWS_PER_FLUSH = 60_000;

export function openSink(store: Store): BulkSink {
  return store.sqlite ? sqliteSink(store.sqlite) : postgresSink(store);
}

function sqliteSink(db: NonNullable<Store["sqlite"]>): BulkSink {
  type Statement = ReturnType<typeof db.prepare<Cell[]>>;
  const tables = new Map<TableSpec, { cells: Cell[]; one: Statement; many: Statement }>();
  let pending = 0;
  const insert = (spec: TableSpec, rows: number) => {
    const names = spec.columns.map(([n]) => n);
    const values = Array.from({ length: rows }, () => `(${names.map(() => "?").join(", ")})`);
    return db.prepare<Cell[]>(`INSERT INTO ${spec.table} (${names.join(", ")}) VALUES ${values.join(", ")}`);
  };
  // Every buffer, in the order the tables were first seen: a referenced row is always written
  // before the rows that reference it.
  const flushAll = () => {
    for (const [spec, t] of tables) {
      const width = spec.columns.length;
      let i = 0;
      for (; i + SQLITE_ROWS_PER_STATEMENT * width <= t.cells.length; i += SQLITE_ROWS_PER_STATEMENT * width)
        t.many.run(...t.cells.slice(i, i + SQLITE_ROWS_PER_STATEMENT * width));
      for (; i < t.cells.length; i += width) t.one.run(...t.cells.slice(i, i + width));
      t.cells.length = 0;
    }
  };
  db.exec("BEGIN");
  return {
    add(spec, row) {
      let t = tables.get(spec);
      if (!t) {
        t = { cells: [], one: insert(spec, 1), many: insert(spec, SQLITE_ROWS_PER_STATEMENT) };
        tables.set(spec, t);
      }
      for (const cell of row) t.cells.push(cell);
      pending++;
      if (t.cells.length >= SQLITE_ROWS_PER_STATEMENT * spec.columns.length) flushAll();
    },
    async maybeFlush() {
      if (pending < SQLITE_ROWS_PER_COMMIT) return;
      flushAll();
      db.exec("COMMIT");
      db.exec("BEGIN");
      pending = 0;
    },
    async finish() {
      flushAll();
      db.exec("COMMIT");
    },
    async abort() {
      for (const t of tables.values()) t.cells.length = 0;
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
