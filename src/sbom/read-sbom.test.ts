import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ParseError } from "../domain/errors.js";
import { SbomTooLargeError } from "./errors.js";
import { readSbom, readSbomFile } from "./read-sbom.js";
import { catchError } from "./test-support.js";

const GOOD = `{
  "bomFormat": "CycloneDX",
  "specVersion": "1.6",
  "components": [
    { "name": "a", "version": "1", "purl": "pkg:npm/a@1" },
    { "name": "b", "version": "2", "purl": "pkg:npm/b@2" }
  ]
}
`;

function parseError(input: Uint8Array | string, name = "in.json"): ParseError {
  const error = catchError(() => readSbom(input, name));
  if (!(error instanceof ParseError)) throw new Error(`expected a ParseError, got ${String(error)}`);
  return error;
}

describe("readSbom bad input", () => {
  it("reads the good document the others are cut from", () => {
    expect(readSbom(GOOD, "in.json").components).toHaveLength(2);
  });

  it("refuses text that is not JSON, naming file and line", () => {
    const error = parseError("hello, world\n", "notes.txt");
    expect(error).toMatchObject({ file: "notes.txt", line: 1 });
    expect(error.message).toMatch(/^notes\.txt:1: invalid JSON at column 1: /);
  });

  it("names the line where truncated JSON ends", () => {
    const cut = GOOD.slice(0, GOOD.indexOf('"purl": "pkg:npm/b'));
    const error = parseError(cut);
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/^in\.json:6: JSON ends too early \(truncated\?\) at column \d+: /);
  });

  it("names the line and column of a syntax error in the middle", () => {
    const broken = GOOD.replace('"version": "2"', '"version": 2"');
    const error = parseError(broken);
    expect(error.line).toBe(6);
    expect(error.message).toContain("in.json:6: invalid JSON at column 32");
  });

  it("refuses JSON of neither format, saying what was expected", () => {
    const error = parseError('{"name": "package.json, not an SBOM"}');
    expect(error.message).toBe(
      "in.json: neither CycloneDX (bomFormat) nor SPDX (spdxVersion) JSON; " +
        "expected CycloneDX JSON (bomFormat) or SPDX JSON (spdxVersion)",
    );
    expect(parseError("[1, 2]").message).toContain("JSON is an array, not an object");
  });

  it("refuses unsupported spec versions, naming the field", () => {
    const error = parseError('{"bomFormat": "CycloneDX", "specVersion": "1.1"}');
    expect(error).toMatchObject({ field: "specVersion" });
    expect(error.message).toContain('is "1.1", expected one of 1.2, 1.3, 1.4, 1.5, 1.6');
  });

  it("recognises CycloneDX XML and refuses it with a clear message", () => {
    const xml = '<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1"></bom>';
    expect(parseError(xml, "bom.xml").message).toContain("CycloneDX XML, which Needle does not read");
  });

  it("refuses bytes that are not UTF-8", () => {
    expect(parseError(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])).message).toContain("not UTF-8 text");
  });

  it("reads UTF-8 bytes with a byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(GOOD)]);
    expect(readSbom(bytes, "bom.json").components).toHaveLength(2);
  });

  it("refuses input over maxBytes", () => {
    const error = catchError(() => readSbom(GOOD, "big.json", { maxBytes: 100 }));
    expect(error).toBeInstanceOf(SbomTooLargeError);
    expect(String(error)).toContain(`big.json: SBOM of ${GOOD.length} bytes refused`);
  });
});

describe("readSbomFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "needle-sbom-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a file", async () => {
    const path = join(dir, "good.json");
    writeFileSync(path, GOOD);
    expect((await readSbomFile(path)).components.map((c) => c.name)).toEqual(["a", "b"]);
  });

  it("refuses a missing file or a directory with an InputError", async () => {
    await expect(readSbomFile(join(dir, "absent.json"))).rejects.toThrow(
      /absent\.json: cannot read the SBOM \(ENOENT\)/,
    );
    await expect(readSbomFile(dir)).rejects.toThrow(/not a regular file/);
  });

  it("refuses an oversize file from its size, before reading it", async () => {
    const path = join(dir, "big.json");
    writeFileSync(path, GOOD);
    await expect(readSbomFile(path, { maxBytes: 10 })).rejects.toBeInstanceOf(SbomTooLargeError);
  });
});
