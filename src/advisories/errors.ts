import { NeedleError } from "../domain/errors.js";

/** A CVSS vector that does not follow its specification. */
export class InvalidCvssError extends NeedleError {
  constructor(
    readonly vector: string,
    detail: string,
  ) {
    super("invalid_cvss", `CVSS vector "${vector}": ${detail}`);
  }
}

/** A CPE 2.3 formatted string that does not parse (https://csrc.nist.gov/pubs/ir/7695/final). */
export class InvalidCpeError extends NeedleError {
  constructor(
    readonly cpe: string,
    detail: string,
  ) {
    super("invalid_cpe", `CPE "${cpe}": ${detail}`);
  }
}

/** An archive that breaks a safety bound (entry count, inflated size, compression ratio). */
export class ArchiveBoundsError extends NeedleError {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super("archive_bounds", `${file}: ${detail}`);
  }
}

/** A feed download that failed (HTTP status, broken connection, unwritable cache). */
export class FeedSyncError extends NeedleError {
  constructor(
    readonly feed: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super("feed_sync_failed", `feed "${feed}": ${detail}`, options);
  }
}
