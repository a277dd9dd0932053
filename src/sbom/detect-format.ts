/**
 * Recognises an SBOM by its content, never by its file name.
 *
 * - CycloneDX JSON: `bomFormat: "CycloneDX"` and `specVersion` 1.2 to 1.6
 *   (https://cyclonedx.org/specification/overview/).
 * - SPDX JSON: `spdxVersion: "SPDX-2.2"` or `"SPDX-2.3"` (https://spdx.github.io/spdx-spec/v2.3/).
 *
 * CycloneDX XML and SPDX tag-value are recognised from the first bytes so the error can say
 * what the file is, but not read: no XML parser is among the dependencies, and these formats
 * can be converted to JSON with the CycloneDX and SPDX tools.
 */
import { ParseError } from "../domain/errors.js";
import { isJsonObject, type JsonObject } from "./json-fields.js";

export type SbomFormat = "cyclonedx" | "spdx";

/** What detectFormat found: the format and its version without prefix ("1.6", "2.3"). */
export interface DetectedFormat {
  format: SbomFormat;
  specVersion: string;
}

/** The detected format with the document, known to be a JSON object. */
export interface DetectedDocument extends DetectedFormat {
  document: JsonObject;
}

export const CYCLONEDX_VERSIONS: readonly string[] = ["1.2", "1.3", "1.4", "1.5", "1.6"];
export const SPDX_VERSIONS: readonly string[] = ["2.2", "2.3"];

const EXPECTED = "expected CycloneDX JSON (bomFormat) or SPDX JSON (spdxVersion)";

/**
 * Refuses text that is plainly not JSON but another SBOM encoding, with a message saying so.
 * Cheap: looks only at the first few kilobytes.
 */
export function rejectNonJsonSbom(text: string, file: string): void {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith("<")) {
    const cyclonedx = /xmlns(?::\w+)?="http:\/\/cyclonedx\.org\/schema\/bom\/1\.\d+"/.test(head);
    const what = cyclonedx ? "CycloneDX XML, which Needle does not read" : "XML, not an SBOM Needle reads";
    throw new ParseError(`${what}; ${EXPECTED} (convert XML with the CycloneDX CLI)`, { file, line: 1 });
  }
  if (/^SPDXVersion:\s*SPDX-/m.test(head)) {
    throw new ParseError(`SPDX tag-value, which Needle does not read; ${EXPECTED}`, { file, line: 1 });
  }
}

/** Tells CycloneDX from SPDX in a parsed JSON document, or throws a ParseError saying what it is not. */
export function detectFormat(doc: unknown, file: string): DetectedDocument {
  if (!isJsonObject(doc)) {
    const got = Array.isArray(doc) ? "an array" : doc === null ? "null" : `a ${typeof doc}`;
    throw new ParseError(`JSON is ${got}, not an object; ${EXPECTED}`, { file });
  }
  if ("bomFormat" in doc) return { ...detectCycloneDx(doc.bomFormat, doc.specVersion, file), document: doc };
  if ("spdxVersion" in doc) return { ...detectSpdx(doc.spdxVersion, file), document: doc };
  if ("@context" in doc) {
    throw new ParseError(`JSON-LD (SPDX 3?), which Needle does not read; ${EXPECTED}`, { file });
  }
  throw new ParseError(`neither CycloneDX (bomFormat) nor SPDX (spdxVersion) JSON; ${EXPECTED}`, { file });
}

function detectCycloneDx(bomFormat: unknown, specVersion: unknown, file: string): DetectedFormat {
  if (bomFormat !== "CycloneDX") {
    throw new ParseError(`is ${JSON.stringify(bomFormat)}, expected "CycloneDX"`, {
      file,
      field: "bomFormat",
    });
  }
  if (typeof specVersion !== "string" || !CYCLONEDX_VERSIONS.includes(specVersion)) {
    const got = specVersion === undefined ? "missing" : `is ${JSON.stringify(specVersion)}`;
    const expected = `expected one of ${CYCLONEDX_VERSIONS.join(", ")}`;
    throw new ParseError(`${got}, ${expected}`, { file, field: "specVersion" });
  }
  return { format: "cyclonedx", specVersion };
}

function detectSpdx(spdxVersion: unknown, file: string): DetectedFormat {
  const version = typeof spdxVersion === "string" ? spdxVersion.replace(/^SPDX-/, "") : undefined;
  if (version === undefined || !SPDX_VERSIONS.includes(version)) {
    const expected = `expected one of ${SPDX_VERSIONS.map((v) => `SPDX-${v}`).join(", ")}`;
    throw new ParseError(`is ${JSON.stringify(spdxVersion)}, ${expected}`, { file, field: "spdxVersion" });
  }
  return { format: "spdx", specVersion: version };
}
