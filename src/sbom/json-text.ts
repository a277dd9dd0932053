/**
 * Bytes -> parsed JSON, with errors that name the file, line and column. JSON.parse does not
 * always report a position (Node 20 says only "Unexpected token ..." for some errors), so on
 * failure a small scanner (json-error-offset.ts) finds where the text stops being JSON.
 */
import { ParseError } from "../domain/errors.js";
import { findJsonErrorOffset } from "./json-error-offset.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes UTF-8 bytes (a leading byte order mark is dropped) or passes a string through. */
export function decodeText(input: Uint8Array | string, file: string): string {
  if (typeof input === "string") return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return utf8.decode(input);
  } catch (cause) {
    throw new ParseError("not UTF-8 text (expected a CycloneDX or SPDX JSON document)", { file }, { cause });
  }
}

/** Parses JSON text; a syntax error becomes a ParseError with the line and column of the fault. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const offset = findJsonErrorOffset(text) ?? positionFromMessage(reason) ?? text.length;
    const { line, column } = lineAndColumn(text, offset);
    const what = offset >= text.length ? "JSON ends too early (truncated?)" : "invalid JSON";
    throw new ParseError(`${what} at column ${column}: ${reason}`, { file, line }, { cause });
  }
}

/** 1-based line and column of a UTF-16 offset in the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

function positionFromMessage(message: string): number | undefined {
  const match = /at position (\d+)/.exec(message);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
