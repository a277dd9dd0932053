import { describe, expect, it } from "vitest";
import { ParseError } from "../domain/errors.js";
import { detectFormat, rejectNonJsonSbom } from "./detect-format.js";

describe("detectFormat", () => {
  it.each(["1.2", "1.3", "1.4", "1.5", "1.6"])("recognises CycloneDX %s", (specVersion) => {
    expect(detectFormat({ bomFormat: "CycloneDX", specVersion }, "f")).toMatchObject({
      format: "cyclonedx",
      specVersion,
    });
  });

  it.each(["SPDX-2.2", "SPDX-2.3"])("recognises %s", (spdxVersion) => {
    expect(detectFormat({ spdxVersion }, "f")).toMatchObject({
      format: "spdx",
      specVersion: spdxVersion.slice(5),
    });
  });

  it.each([
    [{ bomFormat: "SPDX", specVersion: "1.6" }, "bomFormat", 'is "SPDX", expected "CycloneDX"'],
    [{ bomFormat: "CycloneDX" }, "specVersion", "missing, expected one of 1.2"],
    [{ bomFormat: "CycloneDX", specVersion: 1.6 }, "specVersion", "is 1.6, expected one of"],
    [{ spdxVersion: "SPDX-3.0" }, "spdxVersion", 'is "SPDX-3.0", expected one of SPDX-2.2, SPDX-2.3'],
  ])("refuses %j naming %s", (doc, field, message) => {
    expect(() => detectFormat(doc, "f")).toThrow(ParseError);
    expect(() => detectFormat(doc, "f")).toThrow(`f: ${field}: ${message}`);
  });

  it("refuses JSON-LD and non-objects, saying what was expected", () => {
    expect(() => detectFormat({ "@context": "https://spdx.org/rdf/3.0.0/spdx-context.jsonld" }, "f")).toThrow(
      /JSON-LD \(SPDX 3\?\)/,
    );
    expect(() => detectFormat("text", "f")).toThrow(
      "f: JSON is a string, not an object; expected CycloneDX JSON",
    );
    expect(() => detectFormat(null, "f")).toThrow("JSON is null");
  });
});

describe("rejectNonJsonSbom", () => {
  it("lets JSON through", () => {
    expect(() => rejectNonJsonSbom('  {"bomFormat": "CycloneDX"}', "f")).not.toThrow();
  });

  it("names CycloneDX XML, other XML and SPDX tag-value", () => {
    const cdx = '<bom xmlns="http://cyclonedx.org/schema/bom/1.5" serialNumber="x">';
    expect(() => rejectNonJsonSbom(cdx, "f")).toThrow("CycloneDX XML, which Needle does not read");
    expect(() => rejectNonJsonSbom("<html></html>", "f")).toThrow("XML, not an SBOM Needle reads");
    expect(() => rejectNonJsonSbom("SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n", "f")).toThrow(
      "SPDX tag-value, which Needle does not read",
    );
  });
});
