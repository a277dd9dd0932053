/**
 * `scan`: one walk over the given paths with every registered cataloger.
 */

import type { Cataloger } from "./cataloger.js";
import { mergeComponents } from "./merge.js";
import { catalogers as registered } from "./registry.js";
import { ScanSession } from "./session.js";
import type { ScanOptions, ScanResult } from "./types.js";
import { walkRoot } from "./walk.js";

/**
 * Scans files and directories (archives inside archives included) and returns the
 * components found, sorted, with a warning for every path that could not be read fully.
 * Runs on one thread: reads are synchronous, which on a warm page cache is faster for
 * small files than the thread pool, and the event loop is yielded to between files.
 */
export async function scan(
  paths: string[],
  options: ScanOptions = {},
  catalogers: readonly Cataloger[] = registered,
): Promise<ScanResult> {
  const started = performance.now();
  const session = new ScanSession(catalogers, options);
  for (const path of paths) await walkRoot(session, path);
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
