/**
 * Reads a zip file's central directory: the list of entries with their sizes and where
 * their data starts, without touching the entries' data.
 * Format: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.12 to 4.3.16 and 4.5.3 (Zip64),
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */
import type { ByteSource } from "./byte-source.js";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is unsupported. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the local file header, already corrected for data prepended to the zip. */
  localHeaderOffset: number;
  isDirectory: boolean;
}

/** Why a central directory could not be read. */
export class ZipFormatError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

interface Directory {
  offset: number;
  size: number;
  count: number;
  /** Bytes prepended before the zip (self-extracting stubs, launch scripts). */
  shift: number;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndRecord(source: ByteSource): { tail: Uint8Array; at: number; tailStart: number } {
  if (source.size < EOCD_SIZE) throw new ZipFormatError(`too small for a zip (${source.size} bytes)`);
  const tailStart = Math.max(0, source.size - EOCD_SIZE - MAX_COMMENT);
  const tail = source.read(tailStart, source.size - tailStart);
  const v = view(tail);
  for (let i = tail.byteLength - EOCD_SIZE; i >= 0; i--) {
    if (tail[i] === 0x50 && v.getUint32(i, true) === EOCD_SIGNATURE) return { tail, at: i, tailStart };
  }
  throw new ZipFormatError("no end of central directory record (not a zip, or truncated)");
}

function readZip64(source: ByteSource, eocdPos: number): Directory {
  const locator = source.read(eocdPos - 20, 20);
  const lv = view(locator);
  if (locator.byteLength < 20 || lv.getUint32(0, true) !== ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipFormatError("Zip64 end of central directory locator missing");
  }
  const recordPos = Number(lv.getBigUint64(8, true));
  const record = source.read(recordPos, 56);
  const rv = view(record);
  if (record.byteLength < 56 || rv.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE) {
    throw new ZipFormatError("Zip64 end of central directory record missing");
  }
  const size = Number(rv.getBigUint64(40, true));
  const offset = Number(rv.getBigUint64(48, true));
  return { count: Number(rv.getBigUint64(32, true)), size, offset, shift: recordPos - (offset + size) };
}

function locateDirectory(source: ByteSource): Directory {
  const { tail, at, tailStart } = findEndRecord(source);
  const v = view(tail);
  const count = v.getUint16(at + 10, true);
  const size = v.getUint32(at + 12, true);
  const offset = v.getUint32(at + 16, true);
  const eocdPos = tailStart + at;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return readZip64(source, eocdPos);
  return { count, size, offset, shift: eocdPos - (offset + size) };
}

function zip64Extra(extra: DataView, sizes: number[], wanted: boolean[]): void {
  let p = 0;
  while (p + 4 <= extra.byteLength) {
    const id = extra.getUint16(p, true);
    const len = extra.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      for (let i = 0; i < sizes.length; i++) {
        if (!wanted[i] || q + 8 > p + 4 + len) continue;
        sizes[i] = Number(extra.getBigUint64(q, true));
        q += 8;
      }
      return;
    }
    p += 4 + len;
  }
}

function parseEntry(
  dir: Uint8Array,
  v: DataView,
  p: number,
  shift: number,
): { entry: ZipEntry; next: number } {
  if (p + 46 > dir.byteLength || v.getUint32(p, true) !== CENTRAL_SIGNATURE) {
    throw new ZipFormatError(`bad central directory entry at offset ${p}`);
  }
  const flags = v.getUint16(p + 8, true);
  const nameLength = v.getUint16(p + 28, true);
  const extraLength = v.getUint16(p + 30, true);
  const commentLength = v.getUint16(p + 32, true);
  const next = p + 46 + nameLength + extraLength + commentLength;
  if (next > dir.byteLength)
    throw new ZipFormatError(`central directory entry at offset ${p} runs past its end`);
  const raw = Buffer.from(dir.buffer, dir.byteOffset + p + 46, nameLength);
  // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII range is all jars use.
  const name = raw.toString(flags & 0x800 ? "utf8" : "latin1");
  const sizes = [v.getUint32(p + 24, true), v.getUint32(p + 20, true), v.getUint32(p + 42, true)];
  if (sizes.includes(0xffffffff)) {
    const extra = new DataView(dir.buffer, dir.byteOffset + p + 46 + nameLength, extraLength);
    zip64Extra(
      extra,
      sizes,
      sizes.map((s) => s === 0xffffffff),
    );
  }
  const entry: ZipEntry = {
    name,
    method: v.getUint16(p + 10, true),
    encrypted: (flags & 1) === 1,
    uncompressedSize: sizes[0] ?? 0,
    compressedSize: sizes[1] ?? 0,
    localHeaderOffset: (sizes[2] ?? 0) + shift,
    isDirectory: name.endsWith("/"),
  };
  return { entry, next };
}

/** Reads all central directory entries; throws ZipFormatError when the zip is unreadable. */
export function readCentralDirectory(source: ByteSource): ZipEntry[] {
  const directory = locateDirectory(source);
  const start = directory.offset + directory.shift;
  if (directory.shift < 0 || start + directory.size > source.size) {
    throw new ZipFormatError("central directory lies outside the file (truncated?)");
  }
  const dir = source.read(start, directory.size);
  const v = view(dir);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < directory.count; i++) {
    const { entry, next } = parseEntry(dir, v, p, directory.shift);
    entries.push(entry);
    p = next;
  }
  return entries;
}

/** Offset where an entry's data starts, read from its local file header (APPNOTE 4.3.7). */
export function dataOffset(source: ByteSource, entry: ZipEntry): number {
  const header = source.read(entry.localHeaderOffset, 30);
  if (header.byteLength < 30) throw new ZipFormatError(`local header of "${entry.name}" is truncated`);
  const v = view(header);
  if (v.getUint32(0, true) !== 0x04034b50) throw new ZipFormatError(`bad local header for "${entry.name}"`);
  return entry.localHeaderOffset + 30 + v.getUint16(26, true) + v.getUint16(28, true);
}
