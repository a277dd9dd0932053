/**
 * Errors of the versioning module. They extend InputError: a bad version or range is bad
 * input (the CLI exits 2, the server answers 400), and each message names the scheme, the
 * offending text and what was expected.
 */
import { InputError } from "../domain/errors.js";

/** A version that its scheme cannot parse, met where an order was needed. */
export class InvalidVersionError extends InputError {
  readonly scheme: string;
  readonly version: string;

  constructor(scheme: string, version: string, expected: string) {
    super(`${scheme}: invalid version ${JSON.stringify(version)}: expected ${expected}`);
    this.scheme = scheme;
    this.version = version;
  }
}

/** A scheme id, OSV ecosystem or purl type that the registry does not know. */
export class UnknownSchemeError extends InputError {
  readonly requested: string;
  readonly known: readonly string[];

  constructor(kind: "scheme" | "ecosystem" | "purl type", requested: string, known: readonly string[]) {
    super(`unknown version ${kind} ${JSON.stringify(requested)} (known: ${known.join(", ")})`);
    this.requested = requested;
    this.known = known;
  }
}

/** A malformed `vers:` range; `part` names the piece of the string that is wrong. */
export class InvalidVersRangeError extends InputError {
  readonly range: string;
  readonly part: string;

  constructor(range: string, part: string, detail: string) {
    super(`invalid vers range ${JSON.stringify(range)}: ${part}: ${detail}`);
    this.range = range;
    this.part = part;
  }
}

/** A conversion between OSV events and `vers` that would lose meaning. */
export class LossyRangeConversionError extends InputError {
  constructor(detail: string) {
    super(`cannot convert the range without losing meaning: ${detail}`);
  }
}

/** An OSV range that cannot be evaluated: a malformed event or a version its scheme cannot read. */
export class InvalidOsvRangeError extends InputError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`invalid OSV range: ${detail}`, options);
  }
}
