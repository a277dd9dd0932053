/**
 * The generic builder for catalogers of one text file format (lock files, status
 * databases): a path filter plus a parser from text to components and per-record errors.
 */
import type { Component } from "../../domain/component.js";
import type { NeedleError } from "../../domain/errors.js";
import type { Cataloger, CatalogResult } from "../cataloger.js";
import { ScanProblem } from "../errors.js";

export interface TextCatalogerSpec {
  name: string;
  /** Cheap filter on the location. */
  matches(path: string): boolean;
  /** Text of the file -> components; `path` is the file's location, used in components and errors. */
  parse(text: string, path: string): { components: Component[]; errors: NeedleError[] };
}

const decoder = new TextDecoder("utf-8");

export function textCataloger(spec: TextCatalogerSpec): Cataloger {
  return {
    name: spec.name,
    wants: (path) => spec.matches(path),
    async catalog(file, ctx): Promise<CatalogResult> {
      if (file.size > ctx.limits.maxMetadataBytes) {
        const problem = new ScanProblem(
          "metadata-too-large",
          file.path,
          `${file.size} bytes, over the limit of ${ctx.limits.maxMetadataBytes}; not parsed`,
        );
        return { components: [], errors: [problem] };
      }
      const text = decoder.decode(await file.read());
      return spec.parse(text, file.path);
    },
  };
}

/** True when `path` ends with `tail` at a segment boundary (`/` or the `!/` of an archive). */
export function endsWithSegments(path: string, tail: string): boolean {
  return path.endsWith(tail) && (path.length === tail.length || path[path.length - tail.length - 1] === "/");
}

/** Splits text into blank-line separated paragraphs of lines, with the 1-based line of each start. */
export function paragraphs(text: string): { line: number; lines: string[] }[] {
  const out: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") {
      current = undefined;
      return;
    }
    if (!current) {
      current = { line: i + 1, lines: [] };
      out.push(current);
    }
    current.lines.push(line);
  });
  return out;
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
