/**
 * The one interface every feed format implements (one folder per format, listed in parsers.ts).
 * A parser receives an already parsed JSON document; a bad record becomes an error tied to that
 * record (its id, or its index when it has none) and parsing goes on.
 */
import type { z } from "zod";
import type { Advisory } from "../domain/advisory.js";

/** Where a document came from, for messages and `Advisory.sources`. */
export interface FeedSource {
  /** A path, or `archive.zip!/entry.json` for an archive entry. */
  file: string;
}

/** A problem tied to one record: `record` is its id, or `#index` when it has none. */
export interface FeedProblem {
  file: string;
  record: string;
  message: string;
}

/** What a parser yields: an advisory, a skipped record, or a kept record with a warning. */
export type FeedItem = { advisory: Advisory } | { error: FeedProblem } | { warning: FeedProblem };

export interface FeedParser {
  /** Stable id: osv, nvd, kev, csaf, cyclonedx-vex. */
  readonly id: string;
  /** Cheap test on the parsed document: is it this format? Never throws. */
  detect(sample: unknown): boolean;
  parse(doc: unknown, source: FeedSource): Iterable<FeedItem> | AsyncIterable<FeedItem>;
}

/** `path.to[2].field: message; ...` from a schema failure, at most three issues. */
export function describeSchemaError(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
    return `${path.replace(/^\./, "") || "(document)"}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? `; and ${error.issues.length - 3} more` : "";
  return shown.join("; ") + more;
}

/** True when `value` is a plain object (parsed JSON). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The id of a record for messages: the value at `key` when it is a string, else `#index`. */
export function recordLabel(value: unknown, key: string, index: number): string {
  const id = isRecord(value) ? value[key] : undefined;
  return typeof id === "string" && id !== "" ? id : `#${index}`;
}
