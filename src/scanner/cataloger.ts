/**
 * The cataloger interface: a name, a cheap filter on path and size, and `catalog`, which
 * turns one file's bytes into components. Catalogers never touch the disk; the walk hands
 * them files and opens archives for them, so the tree is walked once.
 */
import type { Component } from "../domain/component.js";
import type { NeedleError } from "../domain/errors.js";
import type { ScanLimits } from "./types.js";
import type { ZipArchive } from "./zip/zip-archive.js";

/** One file as seen by a cataloger: on disk, or an entry of an archive. */
export interface CatalogFile {
  /** Location, nested archive levels joined with `!/`; the outermost part is the path as walked. */
  path: string;
  /** Last segment of the innermost path (`log4j-core-2.14.1.jar`). */
  name: string;
  size: number;
  /** Archive nesting of this file: 0 on disk, 1 inside one archive, ... */
  depth: number;
  /** The file's bytes, read (or inflated) once on first call. */
  read(): Promise<Uint8Array>;
}

export interface CatalogContext {
  limits: Readonly<ScanLimits>;
  /**
   * Opens the file being cataloged as a zip archive (central directory only), once per file;
   * undefined when it is not a readable archive (a warning has then been recorded) or when
   * asked for any other file.
   */
  openArchive(file: CatalogFile): Promise<ZipArchive | undefined>;
}

export interface CatalogResult {
  components: Component[];
  /** Per-file or per-record failures; each becomes a warning tied to its file. */
  errors: NeedleError[];
}

export interface Cataloger {
  /** `<ecosystem>-<kind>`, e.g. `java-archive`, `npm-package-lock`. */
  name: string;
  /** Cheap filter on the location and size, called for every file before any read. */
  wants(path: string, size: number): boolean;
  catalog(file: CatalogFile, ctx: CatalogContext): Promise<CatalogResult>;
}
