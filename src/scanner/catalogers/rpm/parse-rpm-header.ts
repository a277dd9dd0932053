/**
 * Decodes an RPM header blob as stored in the rpm database: a big-endian count of index
 * entries and of data bytes, the index entries (tag, type, offset, count; 16 bytes each),
 * then the data store. Spec: https://rpm-software-management.github.io/rpm/manual/format_v4.html
 * ("Header Structure"), tag numbers from rpmtag.h.
 */
import { ParseError } from "../../../domain/errors.js";

export const RPMTAG = {
  NAME: 1000,
  VERSION: 1001,
  RELEASE: 1002,
  EPOCH: 1003,
  VENDOR: 1011,
  ARCH: 1022,
} as const;

const TYPE_INT32 = 4;
const TYPE_STRING = 6;
const TYPE_STRING_ARRAY = 8;
const TYPE_I18NSTRING = 9;
/** Bounds against corrupt blobs: real headers have a few hundred entries and some megabytes. */
const MAX_ENTRIES = 0x10000;

export interface RpmHeader {
  name: string;
  version: string;
  release: string;
  epoch: number | undefined;
  arch: string;
  vendor: string;
}

function readString(blob: Uint8Array, at: number): string {
  let end = at;
  while (end < blob.byteLength && blob[end] !== 0) end++;
  return Buffer.from(blob.buffer, blob.byteOffset + at, end - at).toString("utf8");
}

/** Tag -> value for the string and int32 tags listed in RPMTAG. */
function readTags(blob: Uint8Array, where: string): Map<number, string | number> {
  const v = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.byteLength < 8) throw new ParseError("header blob shorter than 8 bytes", { file: where });
  const count = v.getUint32(0);
  const dataLength = v.getUint32(4);
  const dataStart = 8 + count * 16;
  if (count > MAX_ENTRIES || dataStart + dataLength > blob.byteLength) {
    throw new ParseError(`header blob declares ${count} entries and ${dataLength} data bytes past its end`, {
      file: where,
    });
  }
  const wanted = new Set<number>(Object.values(RPMTAG));
  const tags = new Map<number, string | number>();
  for (let i = 0; i < count; i++) {
    const p = 8 + i * 16;
    const tag = v.getUint32(p);
    if (!wanted.has(tag)) continue;
    const type = v.getUint32(p + 4);
    const offset = dataStart + v.getInt32(p + 8);
    if (offset < dataStart || offset >= dataStart + dataLength) continue;
    if (type === TYPE_INT32 && offset + 4 <= blob.byteLength) tags.set(tag, v.getUint32(offset));
    else if (type === TYPE_STRING || type === TYPE_STRING_ARRAY || type === TYPE_I18NSTRING) {
      tags.set(tag, readString(blob, offset));
    }
  }
  return tags;
}

export function parseRpmHeader(blob: Uint8Array, where: string): RpmHeader {
  const tags = readTags(blob, where);
  const text = (tag: number): string => {
    const value = tags.get(tag);
    return typeof value === "string" ? value : "";
  };
  const epoch = tags.get(RPMTAG.EPOCH);
  const header: RpmHeader = {
    name: text(RPMTAG.NAME),
    version: text(RPMTAG.VERSION),
    release: text(RPMTAG.RELEASE),
    epoch: typeof epoch === "number" ? epoch : undefined,
    arch: text(RPMTAG.ARCH),
    vendor: text(RPMTAG.VENDOR),
  };
  if (!header.name || !header.version)
    throw new ParseError("header has no NAME or VERSION tag", { file: where });
  return header;
}

/** Encodes a header blob with string and int32 tags: the inverse of parseRpmHeader, for fixtures. */
export function encodeRpmHeader(tags: [tag: number, value: string | number][]): Uint8Array {
  const chunks: Buffer[] = [];
  const index = Buffer.alloc(tags.length * 16);
  let offset = 0;
  tags.forEach(([tag, value], i) => {
    // int32 data is aligned to 4 bytes in the data store.
    const pad = typeof value === "number" ? (4 - (offset % 4)) % 4 : 0;
    if (pad) chunks.push(Buffer.alloc(pad));
    offset += pad;
    const data = typeof value === "number" ? Buffer.alloc(4) : Buffer.from(`${value}\0`, "utf8");
    if (typeof value === "number") data.writeUInt32BE(value);
    index.writeUInt32BE(tag, i * 16);
    index.writeUInt32BE(typeof value === "number" ? TYPE_INT32 : TYPE_STRING, i * 16 + 4);
    index.writeInt32BE(offset, i * 16 + 8);
    index.writeUInt32BE(1, i * 16 + 12);
    chunks.push(data);
    offset += data.byteLength;
  });
  const head = Buffer.alloc(8);
  head.writeUInt32BE(tags.length, 0);
  head.writeUInt32BE(offset, 4);
  return Buffer.concat([head, index, ...chunks]);
}
