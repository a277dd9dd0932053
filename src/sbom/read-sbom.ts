/**
 * The one entry point for reading an SBOM: bytes -> detected format -> Components.
 * Bad input is a ParseError naming the file (and line, column or field); it never crashes.
 */
import { readFile, stat } from "node:fs/promises";
import type { Component } from "../domain/component.js";
import { InputError } from "../domain/errors.js";
import { detectFormat, rejectNonJsonSbom, type SbomFormat } from "./detect-format.js";
import { SbomTooLargeError } from "./errors.js";
import { decodeText, parseJsonText } from "./json-text.js";
import { mergeComponents } from "./merge-components.js";
import { readCycloneDx, type SbomContent } from "./read-cyclonedx.js";
import { readSpdx } from "./read-spdx.js";

/** An SBOM read into Needle's terms. */
export interface ParsedSbom {
  format: SbomFormat;
  /** The version of the format without prefix: "1.4", "2.3". */
  specVersion: string;
  /** The tool that wrote it, "name version", when the SBOM says. */
  tool?: string;
  /** What the SBOM describes: CycloneDX metadata.component, or the SPDX described package. */
  subject?: Component;
  /** One Component per distinct purl, in document order. */
  components: Component[];
  /** What was made up or merged while reading (generic purls, invalid purls, duplicates). */
  warnings: string[];
}

/** Options of readSbom and readSbomFile. */
export interface ReadSbomOptions {
  /** Larger files are refused before they are read in full. Default 512 MiB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_SBOM_BYTES = 512 * 1024 * 1024;

/** Reads one SBOM from its bytes (or text); `fileName` names it in errors and warnings. */
export function readSbom(
  bytes: Uint8Array | string,
  fileName: string,
  options: ReadSbomOptions = {},
): ParsedSbom {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SBOM_BYTES;
  const size = typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength;
  if (size > maxBytes) throw new SbomTooLargeError(fileName, size, maxBytes);
  const text = decodeText(bytes, fileName);
  rejectNonJsonSbom(text, fileName);
  const { format, specVersion, document } = detectFormat(parseJsonText(text, fileName), fileName);
  const warnings: string[] = [];
  const content: SbomContent =
    format === "cyclonedx"
      ? readCycloneDx(document, fileName, warnings)
      : readSpdx(document, fileName, warnings);
  const { components, merged } = mergeComponents(content.components);
  if (merged > 0) {
    warnings.push(`${fileName}: ${merged} duplicate component entr(ies) merged into one per purl`);
  }
  const parsed: ParsedSbom = { format, specVersion, components, warnings };
  if (content.tool !== undefined) parsed.tool = content.tool;
  if (content.subject !== undefined) parsed.subject = content.subject;
  return parsed;
}

/** Reads one SBOM file; its size is checked before its bytes are read. Errors name the file by `path`. */
export async function readSbomFile(path: string, options: ReadSbomOptions = {}): Promise<ParsedSbom> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SBOM_BYTES;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${path}: cannot read the SBOM (${error.code ?? error.message})`, { cause: error });
  });
  if (!info.isFile()) throw new InputError(`${path}: not a regular file (expected an SBOM file)`);
  if (info.size > maxBytes) throw new SbomTooLargeError(path, info.size, maxBytes);
  return readSbom(await readFile(path), path, { maxBytes });
}
