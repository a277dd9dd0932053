/**
 * The explicit, ordered list of migrations. Adding one = a file here and one line below;
 * a migration never changes once released.
 */
import type { Kysely, Migration, MigrationProvider, RawBuilder } from "kysely";
import * as inventory from "./001-inventory.js";
import * as exposure from "./002-exposure.js";
import * as access from "./003-access.js";
import * as response from "./004-response.js";

export interface MigrationContext {
  dialect: "sqlite" | "postgres";
  /** The auto-incrementing integer key type of the dialect. */
  serial: "integer" | "serial";
  /** Text with binary collation for materialised paths, so prefix ranges are exact. */
  pathText: "text" | RawBuilder<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now.
type MigrationModule = { up(db: Kysely<any>, ctx: MigrationContext): Promise<void> };

const migrations: [string, MigrationModule][] = [
  ["001-inventory", inventory],
  ["002-exposure", exposure],
  ["003-access", access],
  ["004-response", response],
];

export function migrationProvider(ctx: MigrationContext): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, module] of migrations) out[name] = { up: (db) => module.up(db, ctx) };
      return out;
    },
  };
}
