/**
 * Reads the JSON entries of a zip (an OSV ecosystem's `all.zip`) one at a time, from the central
 * directory, within bounds against zip bombs: entry count, bytes per entry, total inflated
 * bytes, and compression ratio. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { ArchiveBoundsError } from "./errors.js";

export interface ZipBounds {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Largest allowed inflated/compressed ratio, checked for entries over `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/** OSV's largest ecosystem archive holds a few hundred thousand small records. */
export const DEFAULT_ZIP_BOUNDS: ZipBounds = {
  maxEntries: 2_000_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 8 * 1024 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

export type ZipItem = { name: string; text: string } | { name: string; error: Error };

/** Yields each `.json` entry's text, or an error for an entry that breaks a bound; throws on archive-wide limits. */
export async function* readZipJsonEntries(
  file: string,
  bounds: ZipBounds = DEFAULT_ZIP_BOUNDS,
): AsyncIterable<ZipItem> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  try {
    if (zip.entryCount > bounds.maxEntries) {
      throw new ArchiveBoundsError(file, `${zip.entryCount} entries (at most ${bounds.maxEntries} allowed)`);
    }
    let total = 0;
    for (let entry = await nextEntry(zip); entry !== null; entry = await nextEntry(zip)) {
      if (entry.fileName.endsWith("/") || !entry.fileName.toLowerCase().endsWith(".json")) continue;
      const refusal = entryRefusal(entry, bounds);
      if (refusal !== undefined) {
        yield { name: entry.fileName, error: new ArchiveBoundsError(`${file}!/${entry.fileName}`, refusal) };
        continue;
      }
      total += entry.uncompressedSize;
      if (total > bounds.maxTotalBytes) {
        throw new ArchiveBoundsError(file, `inflated size passes ${bounds.maxTotalBytes} bytes`);
      }
      // yauzl checks that the inflated stream has exactly the declared size, so a lying header fails.
      const text = await readAll(await zip.openReadStreamPromise(entry));
      yield { name: entry.fileName, text };
    }
  } finally {
    zip.close();
  }
}

function entryRefusal(entry: yauzl.Entry, bounds: ZipBounds): string | undefined {
  if (entry.uncompressedSize > bounds.maxEntryBytes) {
    return `${entry.uncompressedSize} bytes inflated (at most ${bounds.maxEntryBytes} per entry)`;
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > bounds.ratioFloorBytes && ratio > bounds.maxRatio) {
    return `compression ratio ${Math.round(ratio)} (at most ${bounds.maxRatio})`;
  }
  return undefined;
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off("entry", onEntry);
      zip.off("end", onEnd);
      zip.off("error", onError);
    };
    const onEntry = (entry: yauzl.Entry) => {
      done();
      resolve(entry);
    };
    const onEnd = () => {
      done();
      resolve(null);
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    zip.on("entry", onEntry);
    zip.on("end", onEnd);
    zip.on("error", onError);
    zip.readEntry();
  });
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}
