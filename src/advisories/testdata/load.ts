/** Reads a fixture as parsed JSON and collects a parser's output, for tests. */
import { readFileSync } from "node:fs";
import type { Advisory } from "../../domain/advisory.js";
import type { FeedParser, FeedProblem } from "../feed-parser.js";

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), "utf8"));
}

export async function collect(
  parser: FeedParser,
  doc: unknown,
  file = "fixture.json",
): Promise<{ advisories: Advisory[]; errors: FeedProblem[]; warnings: FeedProblem[] }> {
  const out = { advisories: [] as Advisory[], errors: [] as FeedProblem[], warnings: [] as FeedProblem[] };
  for await (const item of parser.parse(doc, { file })) {
    if ("advisory" in item) out.advisories.push(item.advisory);
    else if ("error" in item) out.errors.push(item.error);
    else out.warnings.push(item.warning);
  }
  return out;
}
