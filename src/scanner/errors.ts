/**
 * Errors of the scanner. Each carries the warning code it becomes when the scan records it.
 */
import { NeedleError } from "../domain/errors.js";
import type { ScanWarningCode } from "./types.js";

/** A problem with one file or archive entry; the scan records it as a warning and goes on. */
export class ScanProblem extends NeedleError {
  readonly warning: ScanWarningCode;
  readonly path: string;

  constructor(warning: ScanWarningCode, path: string, message: string, options?: { cause?: unknown }) {
    super(`scan_${warning.replaceAll("-", "_")}`, `${path}: ${message}`, options);
    this.warning = warning;
    this.path = path;
  }
}
