/**
 * Reads the JSON entries of a zip (an OSV ecosystem's `all.zip`) one at a time, from the central
 * directory, within bounds against zip bombs: entry count, bytes per entry, total inflated
 * bytes, and compression ratio. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */
import { type FileHandle, open } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import yauzl from "yauzl";
import { ArchiveBoundsError } from "./errors.js";

export interface ZipBounds {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Largest allowed inflated/compressed ratio, checked for entries over `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Archives up to this size are read into memory at once (faster); larger ones are read per entry. */
  inMemoryBytes: number;
}

/** OSV's largest ecosystem archive holds a few hundred thousand small records. */
export const DEFAULT_ZIP_BOUNDS: ZipBounds = {
  maxEntries: 2_000_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 8 * 1024 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  inMemoryBytes: 256 * 1024 * 1024,
};

export type ZipItem = { name: string; text: string } | { name: string; error: Error };

/** Yields each `.json` entry's text, or an error for an entry that breaks a bound; throws on archive-wide limits. */
export async function* readZipJsonEntries(
  file: string,
  bounds: ZipBounds = DEFAULT_ZIP_BOUNDS,
): AsyncIterable<ZipItem> {
  const handle = await open(file, "r");
  // Small archives are read whole: per-entry reads then cost no system call.
  const whole = (await handle.stat()).size <= bounds.inMemoryBytes ? await handle.readFile() : undefined;
  const zip = whole
    ? await yauzl.fromBufferPromise(whole, { lazyEntries: true })
    : await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const read = whole
    ? async (position: number, length: number) => whole.subarray(position, position + length)
    : (position: number, length: number) => readAt(handle, position, length);
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
      try {
        yield { name: entry.fileName, text: await inflateEntry(zip, read, entry) };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        yield { name: entry.fileName, error: new ArchiveBoundsError(`${file}!/${entry.fileName}`, detail) };
      }
    }
  } finally {
    zip.close();
    await handle.close();
  }
}

type ReadAt = (position: number, length: number) => Promise<Buffer>;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
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

/**
 * One entry's bytes, read and inflated in one step (much faster than a stream per entry for
 * archives of many small records). The output is capped at the declared size, so a header that
 * lies about it fails instead of inflating without bound.
 */
async function inflateEntry(zip: yauzl.ZipFile, read: ReadAt, entry: yauzl.Entry): Promise<string> {
  if (entry.isEncrypted()) throw new Error("encrypted entry");
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
  const compressed = await read(fileDataStart, entry.compressedSize);
  if (compressed.length !== entry.compressedSize) throw new Error("archive ends inside this entry");
  let data: Buffer;
  if (entry.compressionMethod === 0) data = compressed;
  else if (entry.compressionMethod === 8) {
    data = inflateRawSync(compressed, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  } else throw new Error(`compression method ${entry.compressionMethod} (expected 0 stored or 8 deflate)`);
  if (data.length !== entry.uncompressedSize) {
    throw new Error(`inflated to ${data.length} bytes, header says ${entry.uncompressedSize}`);
  }
  return data.toString("utf8");
}
