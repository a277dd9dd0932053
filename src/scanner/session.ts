/**
 * The state of one scan: limits, the shared inflate budget, the catalogers, and what has
 * been found so far (components, warnings, counters).
 */
import type { Component } from "../domain/component.js";
import { NeedleError, ParseError } from "../domain/errors.js";
import type { Cataloger } from "./cataloger.js";
import { ScanProblem } from "./errors.js";
import { compileExclude } from "./glob.js";
import type { ScanLimits, ScanOptions, ScanWarning, ScanWarningCode } from "./types.js";
import { defaultLimits } from "./types.js";
import type { InflateBudget } from "./zip/zip-archive.js";

const PROGRESS_EVERY_FILES = 512;

export class ScanSession {
  readonly limits: Readonly<ScanLimits>;
  readonly budget: InflateBudget;
  readonly excluded: (path: string) => boolean;
  readonly oneFileSystem: boolean;
  readonly components: Component[] = [];
  readonly warnings: ScanWarning[] = [];
  files = 0;
  archives = 0;
  bytes = 0;
  private sinceProgress = 0;

  constructor(
    readonly catalogers: readonly Cataloger[],
    private readonly options: ScanOptions,
  ) {
    this.limits = { ...defaultLimits, ...options.limits };
    this.budget = { remaining: this.limits.maxTotalBytes };
    this.excluded = compileExclude(options.exclude ?? []);
    this.oneFileSystem = options.oneFileSystem === true;
  }

  warn(code: ScanWarningCode, path: string, message: string): void {
    this.warnings.push({ code, path, message });
  }

  /** Records any failure tied to `path` as a warning. */
  problem(error: unknown, path: string): void {
    if (error instanceof ScanProblem) {
      this.warn(error.warning, error.path, error.message.slice(error.path.length + 2));
    } else if (error instanceof ParseError) {
      this.warn("parse-error", error.file ?? path, error.message);
    } else if (error instanceof NeedleError) {
      this.warn("parse-error", path, error.message);
    } else {
      this.warn(...fileSystemWarning(error, path));
    }
  }

  /** Counts a visited file; tells the caller when it is time to yield to the event loop. */
  countFile(): boolean {
    this.files++;
    if (++this.sinceProgress < PROGRESS_EVERY_FILES) return false;
    this.sinceProgress = 0;
    this.reportProgress();
    return true;
  }

  reportProgress(): void {
    this.options.onProgress?.({ files: this.files, bytes: this.bytes, components: this.components.length });
  }
}

/** Maps a Node.js file-system error to a warning. */
export function fileSystemWarning(error: unknown, path: string): [ScanWarningCode, string, string] {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  const message = error instanceof Error ? error.message : String(error);
  if (code === "EACCES" || code === "EPERM")
    return ["permission-denied", path, `permission denied: ${message}`];
  if (code === "ELOOP") return ["symlink-loop", path, `symbolic link loop: ${message}`];
  if (code === "ENOENT") return ["not-found", path, `no such file or directory: ${message}`];
  return ["read-error", path, `cannot read: ${message}`];
}
