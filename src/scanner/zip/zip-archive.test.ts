import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ScanProblem } from "../errors.js";
import { defaultLimits } from "../types.js";
import { memorySource } from "./byte-source.js";
import { ZipArchive } from "./zip-archive.js";

const text = (s: string) => new TextEncoder().encode(s);
const open = (bytes: Uint8Array, limits = {}, remaining = Number.MAX_SAFE_INTEGER) =>
  ZipArchive.open("/t.zip", memorySource(bytes), { ...defaultLimits, ...limits }, { remaining });

describe("ZipArchive", () => {
  it("lists entries and reads stored and deflated ones", () => {
    const archive = open(
      zipSync({ "a.txt": [text("stored"), { level: 0 }], "d/b.txt": text("deflated ".repeat(50)) }),
    );
    expect(archive.entries.map((e) => [e.name, e.method])).toEqual([
      ["a.txt", 0],
      ["d/b.txt", 8],
    ]);
    expect(new TextDecoder().decode(archive.read(archive.get("a.txt")!))).toBe("stored");
    expect(archive.read(archive.get("d/b.txt")!).byteLength).toBe(450);
    expect(archive.has("d/b.txt")).toBe(true);
  });

  it("reads a zip with data prepended (a launch script before the archive)", () => {
    const zip = zipSync({ "x.txt": text("x") });
    const prefix = text('#!/bin/sh\nexec java -jar "$0"\n');
    const archive = open(new Uint8Array([...prefix, ...zip]));
    expect(new TextDecoder().decode(archive.read(archive.get("x.txt")!))).toBe("x");
  });

  it("rejects what is not a zip with archive-corrupt", () => {
    expect(() => open(text("not a zip at all, not even close"))).toThrow(ScanProblem);
    const zip = zipSync({ "x.txt": text("x") });
    expect(() => open(zip.subarray(0, zip.byteLength - 5))).toThrow(/end of central directory/);
  });

  it("bounds bytes per entry, per archive and for the scan", () => {
    const zip = zipSync({ "a.bin": new Uint8Array(1000), "b.bin": new Uint8Array(1000) });
    const perEntry = open(zip, { maxEntryBytes: 999 });
    expect(() => perEntry.read(perEntry.get("a.bin")!)).toThrow(
      expect.objectContaining({ warning: "limit-entry-bytes" }),
    );
    const perArchive = open(zip, { maxArchiveBytes: 1500 });
    perArchive.read(perArchive.get("a.bin")!);
    expect(() => perArchive.read(perArchive.get("b.bin")!)).toThrow(
      expect.objectContaining({ warning: "limit-archive-bytes" }),
    );
    const total = open(zip, {}, 500);
    expect(() => total.read(total.get("a.bin")!)).toThrow(
      expect.objectContaining({ warning: "limit-total-bytes" }),
    );
  });

  it("stops a lying entry at the limit while inflating, not after", () => {
    const zip = zipSync({ "big.bin": new Uint8Array(100_000) });
    // Declared size 10 bytes: the limit is enforced by the inflater's output cap.
    const view = new DataView(zip.buffer, zip.byteOffset);
    const central = zip.findLastIndex(
      (_, i) => i + 4 <= zip.byteLength && view.getUint32(i, true) === 0x02014b50,
    );
    view.setUint32(central + 24, 10, true);
    const archive = open(zip, { maxEntryBytes: 50_000 });
    expect(() => archive.read(archive.get("big.bin")!)).toThrow(
      expect.objectContaining({ warning: "limit-entry-bytes" }),
    );
  });
});
