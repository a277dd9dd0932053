/**
 * Offline import, for air-gapped networks: files, directories (recursively) and zips; each
 * document's format is detected from its content. Problems are counted and named per record;
 * only a path that does not exist aborts, before anything is read.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { type Advisory, AliasIndex } from "../domain/advisory.js";
import { InputError } from "../domain/errors.js";
import { isKnownEcosystem } from "./ecosystems.js";
import type { FeedItem, FeedProblem } from "./feed-parser.js";
import { detectFeedParser } from "./parsers.js";
import { DEFAULT_ZIP_BOUNDS, readZipJsonEntries, type ZipBounds } from "./read-zip.js";

export type FeedEvent =
  | { kind: "advisory"; advisory: Advisory; file: string; format: string }
  | { kind: "error"; problem: FeedProblem }
  | { kind: "warning"; problem: FeedProblem };

export interface ReadFeedsOptions {
  zipBounds?: ZipBounds;
}

/** Every advisory, error and warning in `paths`, in a stable order (directories sorted by name). */
export async function* readFeeds(paths: string[], options: ReadFeedsOptions = {}): AsyncIterable<FeedEvent> {
  await requireAll(paths);
  for (const path of paths) {
    for await (const file of listFiles(path)) {
      if (file.toLowerCase().endsWith(".zip")) yield* readZip(file, options.zipBounds ?? DEFAULT_ZIP_BOUNDS);
      else yield* readDocument(await readFile(file, "utf8"), file);
    }
  }
}

async function requireAll(paths: string[]): Promise<void> {
  const missing: string[] = [];
  for (const path of paths) await stat(path).catch(() => missing.push(path));
  if (missing.length > 0) throw new InputError(`feed path not found: ${missing.join(", ")}`);
}

/** The path itself when it is a file; else the `.json` and `.zip` files under it, sorted. */
async function* listFiles(path: string): AsyncIterable<string> {
  if (!(await stat(path)).isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* listFiles(child);
    else if (/\.(json|zip)$/i.test(entry.name)) yield child;
  }
}

async function* readZip(file: string, bounds: ZipBounds): AsyncIterable<FeedEvent> {
  try {
    for await (const item of readZipJsonEntries(file, bounds)) {
      const name = `${file}!/${item.name}`;
      if ("error" in item)
        yield { kind: "error", problem: { file: name, record: "document", message: item.error.message } };
      else yield* readDocument(item.text, name);
    }
  } catch (error) {
    yield { kind: "error", problem: { file, record: "archive", message: messageOf(error) } };
  }
}

async function* readDocument(text: string, file: string): AsyncIterable<FeedEvent> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    yield {
      kind: "error",
      problem: { file, record: "document", message: `not valid JSON: ${messageOf(error)}` },
    };
    return;
  }
  const parser = detectFeedParser(doc);
  if (!parser) {
    const message =
      "no feed format recognises this document (expected OSV, NVD CVE 2.0, CISA KEV, CSAF 2.0 or CycloneDX VEX)";
    yield { kind: "error", problem: { file, record: "document", message } };
    return;
  }
  for await (const item of parser.parse(doc, { file })) yield* toEvents(item, file, parser.id);
}

function* toEvents(item: FeedItem, file: string, format: string): Iterable<FeedEvent> {
  if ("error" in item) yield { kind: "error", problem: item.error };
  else if ("warning" in item) yield { kind: "warning", problem: item.warning };
  else {
    for (const pkg of item.advisory.affected) {
      if (!isKnownEcosystem(pkg.ecosystem)) {
        const message = `unknown ecosystem "${pkg.ecosystem}" for package "${pkg.name}" (not an OSV ecosystem)`;
        yield { kind: "warning", problem: { file, record: item.advisory.id, message } };
      }
    }
    yield { kind: "advisory", advisory: item.advisory, file, format };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface FeedImport {
  /** Merged by alias closure, sorted by id. */
  advisories: Advisory[];
  errors: FeedProblem[];
  warnings: FeedProblem[];
  /** Records read per format (before merging). */
  recordsByFormat: Record<string, number>;
}

/** Reads everything under `paths` and merges aliases: the whole import, ready to store in one transaction. */
export async function importFeeds(paths: string[], options: ReadFeedsOptions = {}): Promise<FeedImport> {
  const index = new AliasIndex();
  const result: FeedImport = { advisories: [], errors: [], warnings: [], recordsByFormat: {} };
  for await (const event of readFeeds(paths, options)) {
    if (event.kind === "error") result.errors.push(event.problem);
    else if (event.kind === "warning") result.warnings.push(event.problem);
    else {
      index.add(event.advisory);
      result.recordsByFormat[event.format] = (result.recordsByFormat[event.format] ?? 0) + 1;
    }
  }
  result.advisories = index.all();
  return result;
}
