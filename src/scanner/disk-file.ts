/**
 * Catalogs one file on disk (and every archive inside it): the unit of work of a scan,
 * run on the main thread or in a parse worker.
 */
import { readFileSync } from "node:fs";
import type { ScanSession } from "./session.js";
import { once, type VisitedFile, visit } from "./visit.js";
import { fileSource, memorySource } from "./zip/byte-source.js";

export async function catalogDiskFile(session: ScanSession, path: string, size: number): Promise<void> {
  const read = once(() => {
    const bytes = readFileSync(path);
    session.bytes += bytes.byteLength;
    return bytes;
  });
  const file: VisitedFile = {
    path,
    name: path.slice(path.lastIndexOf("/") + 1),
    size,
    depth: 0,
    read,
    source: async () =>
      size <= session.limits.wholeReadBytes ? memorySource(await read()) : fileSource(path, size),
  };
  await visit(session, file);
}
