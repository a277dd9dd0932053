/**
 * Visits one file, on disk or inside an archive: offers it to every cataloger that wants
 * it, then, when its name says it is an archive, opens its central directory and visits
 * the entries some cataloger wants, to any depth the limits allow. Nothing is written.
 */
import { NESTED_SEPARATOR } from "../domain/component.js";
import { baseName, isArchiveName } from "./archive-names.js";
import type { CatalogContext, Cataloger, CatalogFile } from "./cataloger.js";
import type { ScanSession } from "./session.js";
import { type ByteSource, memorySource } from "./zip/byte-source.js";
import type { ZipEntry } from "./zip/central-directory.js";
import { ZipArchive } from "./zip/zip-archive.js";

/** A file plus how to get random access to it when it turns out to be an archive. */
export interface VisitedFile extends CatalogFile {
  source(): Promise<ByteSource>;
}

/** Problems one archive may cause before the rest of its entries are skipped. */
const MAX_PROBLEMS_PER_ARCHIVE = 50;
const RAR_MAGIC = [0x52, 0x61, 0x72, 0x21];

/** Memoises an async read so catalogers and the walk share one read per file. */
export function once<T>(load: () => T | Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= Promise.resolve().then(load);
    return result;
  };
}

function isUnsafeEntryName(name: string): boolean {
  return name.startsWith("/") || name.includes("\\") || name.split("/").includes("..");
}

class ArchiveOpener {
  private opened: Promise<ZipArchive | undefined> | undefined;

  constructor(
    private readonly session: ScanSession,
    private readonly file: VisitedFile,
  ) {}

  open(): Promise<ZipArchive | undefined> {
    this.opened ??= this.load();
    return this.opened;
  }

  async close(): Promise<void> {
    if (this.opened) (await this.opened)?.close();
  }

  private async load(): Promise<ZipArchive | undefined> {
    const { session, file } = this;
    if (file.depth + 1 > session.limits.maxDepth) {
      session.warn(
        "archive-too-deep",
        file.path,
        `nested deeper than the limit of ${session.limits.maxDepth}`,
      );
      return undefined;
    }
    if (file.size === 0) {
      session.warn("archive-empty", file.path, "empty file where an archive was expected");
      return undefined;
    }
    try {
      const source = await file.source();
      const head = source.read(0, 4);
      // A ".rar" that is a RAR archive, not a Java resource adapter: not ours to read.
      if (RAR_MAGIC.every((b, i) => head[i] === b)) return undefined;
      const archive = ZipArchive.open(file.path, source, session.limits, session.budget);
      session.archives++;
      return archive;
    } catch (error) {
      session.problem(error, file.path);
      return undefined;
    }
  }
}

export async function visit(session: ScanSession, file: VisitedFile): Promise<void> {
  const opener = new ArchiveOpener(session, file);
  const ctx: CatalogContext = {
    limits: session.limits,
    // Only the file being cataloged can be opened: catalogers reach other files through the walk.
    openArchive: (target) => (target.path === file.path ? opener.open() : Promise.resolve(undefined)),
  };
  try {
    for (const cataloger of session.catalogers) {
      if (cataloger.wants(file.path, file.size)) await runCataloger(session, cataloger, file, ctx);
    }
    if (isArchiveName(file.name)) {
      const archive = await opener.open();
      if (archive) await visitEntries(session, file, archive);
    }
  } finally {
    await opener.close();
  }
}

async function runCataloger(
  session: ScanSession,
  cataloger: Cataloger,
  file: CatalogFile,
  ctx: CatalogContext,
) {
  try {
    const result = await cataloger.catalog(file, ctx);
    session.components.push(...result.components);
    for (const error of result.errors) session.problem(error, file.path);
  } catch (error) {
    session.problem(error, file.path);
  }
}

function wanted(session: ScanSession, path: string, name: string, size: number): boolean {
  return isArchiveName(name) || session.catalogers.some((c) => c.wants(path, size));
}

async function visitEntries(session: ScanSession, parent: VisitedFile, archive: ZipArchive): Promise<void> {
  const warningsBefore = session.warnings.length;
  for (const entry of archive.entries) {
    if (entry.isDirectory) continue;
    const path = `${parent.path}${NESTED_SEPARATOR}${entry.name}`;
    const name = baseName(entry.name);
    if (!wanted(session, path, name, entry.uncompressedSize)) continue;
    if (isUnsafeEntryName(entry.name)) {
      session.warn(
        "unsafe-entry-name",
        path,
        "entry name escapes the archive (../ or absolute); read, never written",
      );
    }
    await visit(session, entryFile(archive, entry, path, parent.depth + 1));
    if (
      session.warnings.length - warningsBefore >= MAX_PROBLEMS_PER_ARCHIVE ||
      session.budget.remaining <= 0
    ) {
      const reason =
        session.budget.remaining <= 0 ? "the scan's inflate budget is spent" : "too many problems";
      session.warn("archive-corrupt", parent.path, `remaining entries skipped: ${reason}`);
      return;
    }
  }
}

function entryFile(archive: ZipArchive, entry: ZipEntry, path: string, depth: number) {
  const read = once(() => archive.read(entry));
  const file: VisitedFile = {
    path,
    name: baseName(entry.name),
    size: entry.uncompressedSize,
    depth,
    read,
    source: async () => memorySource(await read()),
  };
  return file;
}
