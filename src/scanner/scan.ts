/**
 * `scan`: one walk over the given paths with every registered cataloger.
 */

import type { Cataloger } from "./cataloger.js";
import { mergeComponents } from "./merge.js";
import { releasePool } from "./parse-pool.js";
import { catalogPlanned, defaultWorkers, planFiles, startPool } from "./plan.js";
import { catalogers as registered } from "./registry.js";
import { ScanSession } from "./session.js";
import type { ScanOptions, ScanResult } from "./types.js";
import { walkRoot } from "./walk.js";

/**
 * Scans files and directories (archives inside archives included) and returns the
 * components found, sorted, with a warning for every path that could not be read fully.
 * The walk runs on this thread (synchronous reads are faster than the libuv pool for small
 * files on a warm page cache); archives are parsed by worker threads when there are enough
 * of them and the registered catalogers are used (the workers load those themselves).
 */
export async function scan(
  paths: string[],
  options: ScanOptions = {},
  catalogers: readonly Cataloger[] = registered,
): Promise<ScanResult> {
  const started = performance.now();
  const session = new ScanSession(catalogers, options);
  const planned = planFiles(session);
  for (const path of paths) await walkRoot(session, path);
  const workers = catalogers === registered ? (options.parseWorkers ?? defaultWorkers()) : 0;
  const pool = startPool(planned, workers);
  try {
    await catalogPlanned(session, planned, pool);
  } finally {
    if (pool) releasePool(pool);
  }
  const components = mergeComponents(session.components);
  session.reportProgress();
  return {
    components,
    warnings: session.warnings,
    stats: {
      files: session.files,
      archives: session.archives,
      bytes: session.bytes,
      components: components.length,
      warnings: session.warnings.length,
      durationMs: Math.round(performance.now() - started),
    },
  };
}
