/**
 * Reads a CSV or JSON file of records for the import commands, keeping where each record
 * came from (`file:line` for CSV, `file: [index]` for JSON) so every error can name it.
 * Files are bounded in size before they are read.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { InputError, ParseError } from "../domain/errors.js";

export interface SourcedRecord {
  /** Parsed values: strings for CSV cells, any JSON value for JSON. */
  values: Record<string, unknown>;
  /** A prefix naming where the record is: `units.csv:14` or `units.json: [13]`. */
  where: string;
}

export const DEFAULT_MAX_TABLE_BYTES = 256 * 1024 * 1024;

/** Reads a whole file after checking it is a regular file within the size bound. */
export async function readBoundedFile(path: string, maxBytes: number): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      cause: error,
    });
  }
  if (size > maxBytes) {
    throw new InputError(
      `${path}: file is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} allowed`,
    );
  }
  return readFile(path);
}

/** Parses records from CSV (header row required) or JSON (an array of objects), chosen by content. */
export function parseRecords(
  text: string,
  file: string,
  requiredColumns: readonly string[],
): SourcedRecord[] {
  const name = basename(file);
  const first = text.trimStart()[0];
  if (first === "[" || first === "{") return parseJsonRecords(text, name);
  return parseCsvRecords(text, name, requiredColumns);
}

function parseJsonRecords(text: string, file: string): SourcedRecord[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ParseError(`not valid JSON (${jsonErrorDetail(text, error)})`, { file });
  }
  if (!Array.isArray(doc)) throw new ParseError("expected a JSON array of objects", { file });
  return doc.map((values: unknown, index) => {
    if (typeof values !== "object" || values === null || Array.isArray(values)) {
      throw new ParseError(`[${index}]: expected an object`, { file });
    }
    return { values: values as Record<string, unknown>, where: `${file}: [${index}]` };
  });
}

function parseCsvRecords(text: string, file: string, required: readonly string[]): SourcedRecord[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parseCsv(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      info: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const message =
      error instanceof Error ? error.message.replace(/^Invalid Record Length: /, "") : String(error);
    throw new ParseError(`malformed CSV: ${message}`, line === undefined ? { file } : { file, line });
  }
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const columns = new Set(
    header.split(",").map((c) =>
      c
        .trim()
        .toLowerCase()
        .replace(/^\ufeff/, ""),
    ),
  );
  const missing = required.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    throw new ParseError(`header must include ${required.join(",")}; missing ${missing.join(", ")}`, {
      file,
      line: 1,
    });
  }
  return rows.map(({ record, info }) => ({ values: record, where: `${file}:${info.lines}` }));
}

/** Describes a JSON.parse failure with a line and column where the engine gives a position. */
export function jsonErrorDetail(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  if (!match) return text.trim() === "" ? "the file is empty" : message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  return `line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, "")}`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
