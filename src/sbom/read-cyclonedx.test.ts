import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ParseError } from "../domain/errors.js";
import { readSbom } from "./read-sbom.js";
import { catchError } from "./test-support.js";

const fixture = readFileSync(new URL("testdata/cyclonedx-1.5-nested.json", import.meta.url));
const LOG4J = "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar";

function cyclonedx(components: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.6", components, ...extra });
}

describe("readSbom on CycloneDX", () => {
  const sbom = readSbom(fixture, "nested.json");

  it("reads format, version, tool and subject", () => {
    expect(sbom).toMatchObject({ format: "cyclonedx", specVersion: "1.5", tool: "syft 1.0.1" });
    expect(sbom.subject?.purl).toBe("pkg:maven/gouv.qc/billing@3.2.0");
  });

  it("walks nested components and keeps every one, merging duplicate purls", () => {
    expect(sbom.components.map((c) => c.purl)).toEqual([
      "pkg:generic/gouv.qc/billing-ear@3.2.0",
      "pkg:maven/gouv.qc/web@3.2.0?type=war",
      LOG4J,
      "pkg:generic/openssl/openssl@1.1.1k",
      "pkg:generic/mystery@0.1",
      "pkg:npm/%40babel/core@7.24.0",
    ]);
  });

  it("drops provenance qualifiers and fills the identity fields", () => {
    expect(sbom.components[2]).toMatchObject({
      type: "maven",
      namespace: "org.apache.logging.log4j",
      name: "log4j-core",
      version: "2.14.1",
      qualifiers: "type=jar",
      cpe: "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*",
    });
  });

  it("unites locations from occurrences and location properties of merged entries", () => {
    expect(sbom.components[2]?.locations).toEqual([
      "/opt/billing/billing.ear!/web.war!/WEB-INF/lib/log4j-core-2.14.1.jar",
      "/srv/legacy/lib/log4j-core-2.14.1.jar",
    ]);
    expect(sbom.components[0]?.locations).toEqual(["/opt/billing/billing.ear"]);
    expect(sbom.components[5]?.locations).toEqual([
      "/srv/web/node_modules/@babel/core",
      "/srv/web/node_modules/@babel/core/package.json",
    ]);
  });

  it("keeps hashes (united) and properties other than locations (first value wins)", () => {
    expect(sbom.components[2]?.hashes?.map((h) => h.alg)).toEqual(["SHA-1", "SHA-256", "MD5"]);
    expect(sbom.components[2]?.properties).toEqual({ "syft:package:foundBy": "java-archive-cataloger" });
  });

  it("warns about synthesized purls, the invalid purl (by bom-ref) and the merge", () => {
    expect(sbom.warnings).toHaveLength(3);
    expect(sbom.warnings.join("\n")).toMatch(
      /components\[3\] \(broken\): invalid purl "pkg:maven\/no-namespace@0.1"/,
    );
    expect(sbom.warnings.join("\n")).toMatch(/2 component\(s\) without a purl were given a generic purl/);
    expect(sbom.warnings.join("\n")).toMatch(/1 duplicate component/);
  });

  it("reads the 1.2-1.4 tools array", () => {
    const text = cyclonedx([], {
      metadata: { tools: [{ vendor: "CycloneDX", name: "Node.js module", version: "2.0.0" }] },
    });
    expect(readSbom(text, "a.json").tool).toBe("Node.js module 2.0.0");
  });

  it("canonicalises purls: lowercase type, PyPI name rules, Maven case kept, qualifiers sorted", () => {
    const text = cyclonedx([
      { name: "x", purl: "pkg:PYPI/Django_Rest@1.0" },
      { name: "y", purl: "pkg:maven/Org.Example/Log4J@1.0?type=jar&classifier=sources&download_url=x" },
    ]);
    expect(readSbom(text, "a.json").components.map((c) => c.purl)).toEqual([
      "pkg:pypi/django-rest@1.0",
      "pkg:maven/Org.Example/Log4J@1.0?classifier=sources&type=jar",
    ]);
  });

  it("survives deep nesting without recursion", () => {
    const depth = 5000;
    const open = Array.from({ length: depth }, (_, i) => `{"name":"n${i}","components":[`).join("");
    const text = `{"bomFormat":"CycloneDX","specVersion":"1.6","components":[${open}{"name":"leaf"}${"]}".repeat(depth)}]}`;
    expect(readSbom(text, "deep.json").components).toHaveLength(depth + 1);
  });
});

describe("readSbom on CycloneDX with wrong types", () => {
  const cases: [string, string, string][] = [
    ["components not an array", cyclonedx({ a: 1 }), "components"],
    ["a component not an object", cyclonedx([{ name: "a" }, "b"]), "components[1]"],
    ["a numeric version", cyclonedx([{ name: "a", version: 1.2 }]), "components[0].version"],
    ["nested components not an array", cyclonedx([{ name: "a", components: 3 }]), "components[0].components"],
    [
      "a hash without string content",
      cyclonedx([{ name: "a", hashes: [{ alg: "MD5", content: 5 }] }]),
      "components[0].hashes[0].content",
    ],
    [
      "occurrences not an array",
      cyclonedx([{ name: "a", evidence: { occurrences: {} } }]),
      "components[0].evidence.occurrences",
    ],
    ["metadata not an object", cyclonedx([], { metadata: [] }), "metadata"],
    ["a component with no name, purl or cpe", cyclonedx([{ version: "1" }]), "components[0]"],
  ];
  it.each(cases)("%s is a ParseError naming the field", (_label, text, field) => {
    const error = catchError(() => readSbom(text, "bad.json"));
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ file: "bad.json", field });
    expect(String(error)).toContain(`bad.json: ${field}: `);
  });
});
