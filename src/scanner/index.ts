/**
 * The scanner's public API: `scan(paths, options)` and its types.
 */
export type { CatalogContext, Cataloger, CatalogFile, CatalogResult } from "./cataloger.js";
export { JNDI_REMOVED_PROPERTY } from "./catalogers/java-archive/index.js";
export { catalogers } from "./registry.js";
export { scan } from "./scan.js";
export type {
  ScanLimits,
  ScanOptions,
  ScanProgress,
  ScanResult,
  ScanStats,
  ScanWarning,
  ScanWarningCode,
} from "./types.js";
export { defaultLimits } from "./types.js";
