/**
 * The explicit list of feed formats, in detection order: the most specific markers first
 * (CSAF's document.csaf_version, CycloneDX's bomFormat), OSV last since its marker (an `id`) is the
 * weakest.
 */
import { csafParser } from "./csaf/csaf-parser.js";
import { cyclonedxVexParser } from "./cyclonedx-vex/cyclonedx-vex-parser.js";
import type { FeedParser } from "./feed-parser.js";
import { kevParser } from "./kev/kev-parser.js";
import { nvdParser } from "./nvd/nvd-parser.js";
import { osvParser } from "./osv/osv-parser.js";

export const FEED_PARSERS: readonly FeedParser[] = [
  csafParser,
  cyclonedxVexParser,
  nvdParser,
  kevParser,
  osvParser,
];

/** The parser for a parsed document, or undefined when no format recognises it. */
export function detectFeedParser(doc: unknown): FeedParser | undefined {
  return FEED_PARSERS.find((parser) => parser.detect(doc));
}

/** A parser by id (`osv`, `nvd`, `kev`, `csaf`, `cyclonedx-vex`). */
export function feedParserById(id: string): FeedParser | undefined {
  return FEED_PARSERS.find((parser) => parser.id === id);
}
