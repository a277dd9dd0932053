/**
 * Builds the zip fixtures in a temporary directory at test time (binary fixtures are generated,
 * never committed or downloaded): an OSV-style `all.zip` and a zip bomb.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";

const text = (s: string) => new TextEncoder().encode(s);

/** An OSV ecosystem archive: one JSON record per entry, plus a stray non-JSON entry and a bad record. */
export function makeOsvZip(dir = mkdtempSync(join(tmpdir(), "needle-osv-"))): string {
  const ghsa = readFileSync(new URL("./feeds/osv-dir/GHSA-jfh8-c2jp-5v3q.json", import.meta.url));
  const file = join(dir, "all.zip");
  writeFileSync(
    file,
    zipSync({
      "GHSA-jfh8-c2jp-5v3q.json": new Uint8Array(ghsa),
      "MAL-2099-1.json": text(
        JSON.stringify({
          id: "MAL-2099-1",
          modified: "2099-01-01T00:00:00Z",
          affected: [{ package: { ecosystem: "npm", name: "evil-pkg" }, versions: ["1.0.0"] }],
        }),
      ),
      "BAD-1.json": text(JSON.stringify({ id: "BAD-1", modified: 5 })),
      "README.txt": text("not a record"),
    }),
  );
  return file;
}

/** One entry that inflates 20 MiB of spaces from a few kilobytes. */
export function makeZipBomb(dir = mkdtempSync(join(tmpdir(), "needle-bomb-"))): string {
  const file = join(dir, "bomb.zip");
  writeFileSync(file, zipSync({ "huge.json": new Uint8Array(20 * 1024 * 1024).fill(32) }, { level: 9 }));
  return file;
}

/** An entry whose headers claim 1,000 inflated bytes while its data inflates to 2 MiB. */
export function makeLyingZip(dir = mkdtempSync(join(tmpdir(), "needle-lying-"))): string {
  const file = join(dir, "lying.zip");
  const bytes = Buffer.from(zipSync({ "liar.json": new Uint8Array(2 * 1024 * 1024).fill(32) }));
  // Uncompressed size: offset 22 in the local header (PK\x03\x04), 24 in the central one (PK\x01\x02).
  bytes.writeUInt32LE(1000, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04])) + 22);
  bytes.writeUInt32LE(1000, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
  writeFileSync(file, bytes);
  return file;
}
