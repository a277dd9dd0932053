/**
 * Benchmarks at the size the product is built for need the full province; generating it
 * takes minutes, so it is generated once per (engine, seed, scale) and reused: a SQLite file
 * under bench/cache/, or a PostgreSQL database named after the scale.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import { DEFAULT_SEED, generateProvince } from "../demo/generate.js";
import { openStore, type Store } from "../store/store.js";

export interface ProvinceStore {
  store: Store;
  /** Seconds generation took, when it ran in this process. */
  generatedSeconds?: number;
  cleanup(): Promise<void>;
}

/** A copy of the cached SQLite province, so a benchmark's writes never touch the cache. */
export async function sqliteProvince(scale: number, log: (line: string) => void): Promise<ProvinceStore> {
  const dir = resolve("bench/cache");
  mkdirSync(dir, { recursive: true });
  const cached = join(dir, `province-s${scale}-seed${DEFAULT_SEED}.db`);
  let generatedSeconds: number | undefined;
  if (!existsSync(cached)) {
    log(`generating the province at scale ${scale} into ${cached} (once)`);
    const store = await openStore({ kind: "sqlite", path: `${cached}.tmp` });
    const summary = await generateProvince(store, { seed: DEFAULT_SEED, scale });
    store.sqlite?.pragma("wal_checkpoint(TRUNCATE)");
    await store.close();
    copyFileSync(`${cached}.tmp`, cached);
    rmSync(`${cached}.tmp`, { force: true });
    generatedSeconds = summary.seconds;
  }
  const work = join(dir, `work-${process.pid}.db`);
  copyFileSync(cached, work);
  const store = await openStore({ kind: "sqlite", path: work });
  return {
    store,
    ...(generatedSeconds !== undefined && { generatedSeconds }),
    async cleanup() {
      await store.close();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${work}${suffix}`, { force: true });
    },
  };
}

/** A fresh PostgreSQL database holding the province, dropped afterwards. */
export async function postgresProvince(
  adminUrl: string,
  scale: number,
  log: (line: string) => void,
): Promise<ProvinceStore> {
  const name = `needle_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ kind: "postgres", url: url.toString() });
  log(`generating the province at scale ${scale} into PostgreSQL database ${name}`);
  const summary = await generateProvince(store, { seed: DEFAULT_SEED, scale });
  return {
    store,
    generatedSeconds: summary.seconds,
    async cleanup() {
      await store.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name}`);
      await again.end();
    },
  };
}
