/**
 * Public types of the scanner: what a caller passes to `scan` and what it gets back.
 */
import type { Component } from "../domain/component.js";

/** Bounds that keep a scan finite on hostile input (zip bombs, deep nesting). */
export interface ScanLimits {
  /** Archives inside archives deeper than this are not opened (the outermost archive is depth 1). */
  maxDepth: number;
  /** Bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Bytes all entries of one archive may inflate to together. */
  maxArchiveBytes: number;
  /** Bytes the whole scan may inflate to. */
  maxTotalBytes: number;
  /** Largest inflated/compressed ratio accepted for an entry that inflates past `ratioFloorBytes`. */
  maxRatio: number;
  /** Entries smaller than this are never judged by ratio (tiny text files compress very well). */
  ratioFloorBytes: number;
  /** Files on disk up to this size are read whole; larger archives are read by position. */
  wholeReadBytes: number;
  /** Metadata files (lock files, status databases) larger than this are skipped with a warning. */
  maxMetadataBytes: number;
}

export const defaultLimits: Readonly<ScanLimits> = Object.freeze({
  maxDepth: 8,
  maxEntryBytes: 256 * 1024 * 1024,
  maxArchiveBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  wholeReadBytes: 64 * 1024 * 1024,
  maxMetadataBytes: 512 * 1024 * 1024,
});

/** Progress counters reported while scanning. */
export interface ScanProgress {
  files: number;
  bytes: number;
  components: number;
}

export interface ScanOptions {
  /** Globs of paths to skip; a pattern without `/` matches a base name at any depth. */
  exclude?: string[];
  /** Do not descend into directories on another file system than their root path. */
  oneFileSystem?: boolean;
  limits?: Partial<ScanLimits>;
  onProgress?: (progress: ScanProgress) => void;
}

/** Stable codes of scan warnings. */
export type ScanWarningCode =
  | "not-found"
  | "permission-denied"
  | "read-error"
  | "symlink-loop"
  | "special-file"
  | "pseudo-filesystem"
  | "archive-empty"
  | "archive-corrupt"
  | "archive-unsupported"
  | "archive-too-deep"
  | "unsafe-entry-name"
  | "limit-entry-bytes"
  | "limit-archive-bytes"
  | "limit-total-bytes"
  | "limit-ratio"
  | "metadata-too-large"
  | "parse-error";

/** A problem with one path; the scan goes on. */
export interface ScanWarning {
  /** Location of the problem, nested archive levels joined with `!/`. */
  path: string;
  message: string;
  code: ScanWarningCode;
}

export interface ScanStats {
  /** Regular files visited on disk. */
  files: number;
  /** Archives opened, nested ones included. */
  archives: number;
  /** Bytes read from disk. */
  bytes: number;
  components: number;
  warnings: number;
  durationMs: number;
}

export interface ScanResult {
  /** Sorted by purl, then by first location. */
  components: Component[];
  warnings: ScanWarning[];
  stats: ScanStats;
}
