/**
 * Random access to an archive's bytes: a buffer already in memory (small files, nested
 * archives) or a file on disk read by position (large archives, so only the central
 * directory and the wanted entries are read).
 */
import { closeSync, openSync, readSync } from "node:fs";

export interface ByteSource {
  readonly size: number;
  /** The whole content when it is in memory (used for hashing), else undefined. */
  readonly whole: Uint8Array | undefined;
  /** Reads `length` bytes at `offset`; returns fewer only at the end of the source. */
  read(offset: number, length: number): Uint8Array;
  close(): void;
}

export function memorySource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    whole: bytes,
    read: (offset, length) => bytes.subarray(offset, Math.min(offset + length, bytes.byteLength)),
    close: () => {},
  };
}

/** Opens `path` for positional reads, telling `onRead` how many bytes each read took; the caller closes it. */
export function fileSource(
  path: string,
  size: number,
  onRead: (bytes: number) => void = () => {},
): ByteSource {
  const fd = openSync(path, "r");
  return {
    size,
    whole: undefined,
    read(offset, length) {
      const end = Math.min(offset + length, size);
      const buffer = Buffer.allocUnsafe(Math.max(0, end - offset));
      let done = 0;
      while (done < buffer.byteLength) {
        const n = readSync(fd, buffer, done, buffer.byteLength - done, offset + done);
        if (n === 0) break;
        done += n;
      }
      onRead(done);
      return buffer.subarray(0, done);
    },
    close: () => closeSync(fd),
  };
}
