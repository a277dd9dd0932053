/**
 * A zip archive opened for scanning: its central directory indexed by name, and entry
 * reads bounded by the scan's limits so that a zip bomb costs a warning, not the host.
 */
import { inflateRawSync } from "node:zlib";
import { ScanProblem } from "../errors.js";
import type { ScanLimits, ScanWarningCode } from "../types.js";
import type { ByteSource } from "./byte-source.js";
import { dataOffset, readCentralDirectory, type ZipEntry, ZipFormatError } from "./central-directory.js";

/** Bytes the whole scan may still inflate; shared by every archive of one scan. */
export interface InflateBudget {
  remaining: number;
}

export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byName: Map<string, ZipEntry>;
  private archiveRemaining: number;

  private constructor(
    readonly path: string,
    private readonly source: ByteSource,
    entries: ZipEntry[],
    private readonly limits: Readonly<ScanLimits>,
    private readonly budget: InflateBudget,
  ) {
    this.entries = entries;
    this.byName = new Map(entries.map((e) => [e.name, e]));
    this.archiveRemaining = limits.maxArchiveBytes;
  }

  /** Reads the central directory; throws ScanProblem (archive-corrupt) when it cannot. */
  static open(
    path: string,
    source: ByteSource,
    limits: Readonly<ScanLimits>,
    budget: InflateBudget,
  ): ZipArchive {
    try {
      return new ZipArchive(path, source, readCentralDirectory(source), limits, budget);
    } catch (error) {
      if (error instanceof ZipFormatError || error instanceof RangeError) {
        throw new ScanProblem("archive-corrupt", path, `not a readable zip archive: ${error.message}`);
      }
      throw error;
    }
  }

  /** The archive's bytes when they are in memory (for hashing). */
  get bytes(): Uint8Array | undefined {
    return this.source.whole;
  }

  /** A directory lookup, no read: is there an entry of this exact name? */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  get(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  close(): void {
    this.source.close();
  }

  /** Inflates one entry within the limits; throws ScanProblem naming the limit it hit. */
  read(entry: ZipEntry): Uint8Array {
    const where = `${this.path}!/${entry.name}`;
    if (entry.encrypted) throw new ScanProblem("archive-unsupported", where, "entry is encrypted");
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ScanProblem(
        "archive-unsupported",
        where,
        `compression method ${entry.method} (expected 0 or 8)`,
      );
    }
    const { cap, code } = this.cap();
    if (entry.uncompressedSize > cap) {
      throw this.limitProblem(
        code,
        where,
        `declares ${entry.uncompressedSize} bytes, over the limit of ${cap}`,
      );
    }
    this.checkRatio(entry.uncompressedSize, entry.compressedSize, where);
    const raw = this.rawData(entry, where);
    const data = entry.method === 0 ? raw : this.inflate(raw, cap, code, where);
    this.checkRatio(data.byteLength, entry.compressedSize, where);
    this.archiveRemaining -= data.byteLength;
    this.budget.remaining -= data.byteLength;
    return data;
  }

  private cap(): { cap: number; code: ScanWarningCode } {
    const caps: [number, ScanWarningCode][] = [
      [this.limits.maxEntryBytes, "limit-entry-bytes"],
      [this.archiveRemaining, "limit-archive-bytes"],
      [this.budget.remaining, "limit-total-bytes"],
    ];
    caps.sort((a, b) => a[0] - b[0]);
    const [cap, code] = caps[0] ?? [0, "limit-total-bytes"];
    return { cap: Math.max(0, cap), code };
  }

  private checkRatio(inflated: number, compressed: number, where: string): void {
    if (inflated <= this.limits.ratioFloorBytes) return;
    const ratio = inflated / Math.max(1, compressed);
    if (ratio > this.limits.maxRatio) {
      throw new ScanProblem(
        "limit-ratio",
        where,
        `compression ratio ${Math.round(ratio)} exceeds the limit of ${this.limits.maxRatio} (zip bomb?)`,
      );
    }
  }

  private rawData(entry: ZipEntry, where: string): Uint8Array {
    try {
      const start = dataOffset(this.source, entry);
      const raw = this.source.read(start, entry.compressedSize);
      if (raw.byteLength < entry.compressedSize) throw new ZipFormatError("entry data is truncated");
      return raw;
    } catch (error) {
      if (error instanceof ZipFormatError) throw new ScanProblem("archive-corrupt", where, error.message);
      throw error;
    }
  }

  private inflate(raw: Uint8Array, cap: number, code: ScanWarningCode, where: string): Uint8Array {
    try {
      return inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
    } catch (error) {
      if (error instanceof RangeError)
        throw this.limitProblem(code, where, `inflates past the limit of ${cap} bytes`);
      const message = error instanceof Error ? error.message : String(error);
      throw new ScanProblem("archive-corrupt", where, `cannot inflate: ${message}`);
    }
  }

  private limitProblem(code: ScanWarningCode, where: string, detail: string): ScanProblem {
    const what =
      code === "limit-entry-bytes"
        ? "per entry"
        : code === "limit-archive-bytes"
          ? "per archive"
          : "for the scan";
    return new ScanProblem(code, where, `${detail} (bytes inflated ${what}; zip bomb?)`);
  }
}
