/**
 * `needle import sbom --asset NAME FILE`: a CycloneDX or SPDX document, recognised by
 * content, becomes the asset's occurrences from that source (replaced atomically).
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { InputError } from "../domain/errors.js";
import { SbomTooLargeError } from "../sbom/errors.js";
import { DEFAULT_MAX_SBOM_BYTES, readSbom } from "../sbom/read-sbom.js";
import type { Store } from "../store/store.js";
import {
  type BatchOutcome,
  type ComponentsImport,
  type ComponentsImportResult,
  importComponents,
  importComponentsBatch,
} from "./import-components.js";

export interface SbomImportResult extends ComponentsImportResult {
  format: string;
  specVersion: string;
  warnings: string[];
}

export async function importSbomFile(
  store: Store,
  options: { asset: string; file: string; source?: string; maxBytes?: number },
): Promise<SbomImportResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SBOM_BYTES;
  const info = await stat(options.file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${options.file}: cannot read (${error.code ?? error.message})`, { cause: error });
  });
  if (!info.isFile()) throw new InputError(`${options.file}: not a regular file`);
  // Refused by its size before a byte is read: a gigabyte upload never reaches memory.
  if (info.size > maxBytes) throw new SbomTooLargeError(options.file, info.size, maxBytes);
  return importSbomBytes(store, { ...options, bytes: await readFile(options.file), maxBytes });
}

/** The asset name a file stands for under --asset-from-name: its base name up to the first dot. */
export function assetNameFromFile(file: string): string {
  return basename(file).split(".")[0] ?? basename(file);
}

/** Reads and checks one SBOM file into the import it describes, without writing anything. */
export async function loadSbomImport(
  file: string,
  options: { asset: string; source?: string; maxBytes?: number },
): Promise<ComponentsImport & { warnings: string[] }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SBOM_BYTES;
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: cannot read (${error.code ?? error.message})`, { cause: error });
  });
  if (!info.isFile()) throw new InputError(`${file}: not a regular file`);
  if (info.size > maxBytes) throw new SbomTooLargeError(file, info.size, maxBytes);
  const bytes = await readFile(file);
  const parsed = readSbom(bytes, file, { maxBytes });
  return {
    asset: options.asset,
    source: options.source ?? "sbom",
    format: parsed.format,
    specVersion: parsed.specVersion,
    tool: parsed.tool,
    fileName: basename(file),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    components: parsed.components,
    warnings: parsed.warnings,
  };
}

/**
 * Many SBOM files, each its own all-or-nothing import (a savepoint each), committed in
 * batches for speed. A bad file is reported by name and leaves the others imported.
 */
export async function importSbomFiles(
  store: Store,
  files: readonly string[],
  options: {
    assetFor: (file: string) => string;
    source?: string;
    onEach?: (file: string, outcome: BatchOutcome) => void;
  },
): Promise<{ file: string; outcome: BatchOutcome }[]> {
  const loaders = files.map(
    (file) => () =>
      loadSbomImport(file, {
        asset: options.assetFor(file),
        ...(options.source && { source: options.source }),
      }),
  );
  const outcomes = await importComponentsBatch(store, loaders, {
    onEach: (outcome, index) => options.onEach?.(files[index]!, outcome),
  });
  return outcomes.map((outcome, index) => ({ file: files[index]!, outcome }));
}

export async function importSbomBytes(
  store: Store,
  options: { asset: string; file: string; bytes: Uint8Array | string; source?: string; maxBytes?: number },
): Promise<SbomImportResult> {
  const parsed = readSbom(options.bytes, options.file, {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_SBOM_BYTES,
  });
  const result = await importComponents(store, {
    asset: options.asset,
    source: options.source ?? "sbom",
    format: parsed.format,
    specVersion: parsed.specVersion,
    tool: parsed.tool,
    fileName: basename(options.file),
    sha256: createHash("sha256").update(options.bytes).digest("hex"),
    components: parsed.components,
  });
  return { ...result, format: parsed.format, specVersion: parsed.specVersion, warnings: parsed.warnings };
}
