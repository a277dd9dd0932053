import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ParseError } from "../domain/errors.js";
import { readSbom } from "./read-sbom.js";
import { catchError } from "./test-support.js";

const fixture = readFileSync(new URL("testdata/spdx-2.3.json", import.meta.url));

describe("readSbom on SPDX", () => {
  const sbom = readSbom(fixture, "image.spdx.json");

  it("reads format, version, tool and the described package as subject", () => {
    expect(sbom).toMatchObject({ format: "spdx", specVersion: "2.3", tool: "syft-1.0.1" });
    expect(sbom.subject?.purl).toBe("pkg:oci/portal@sha256:abc123");
  });

  it("makes every other package a component, with purl, CPE and checksums", () => {
    expect(sbom.components.map((c) => c.purl)).toEqual([
      "pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12",
      "pkg:pypi/django@4.2.1",
      "pkg:generic/busybox@1.36.1",
    ]);
    expect(sbom.components[0]).toMatchObject({
      type: "deb",
      namespace: "debian",
      qualifiers: "arch=amd64&distro=debian-12",
      cpe: "cpe:2.3:a:openssl:openssl:3.0.11-1~deb12u2:*:*:*:*:*:*:*",
      hashes: [{ alg: "SHA-1", value: "0f2c1b7bd4a9f0a1b2c3d4e5f60718293a4b5c6d" }],
    });
    expect(sbom.warnings).toEqual([expect.stringMatching(/1 component\(s\) without a purl/)]);
  });

  it("takes the subject from documentDescribes too", () => {
    const doc = {
      spdxVersion: "SPDX-2.2",
      documentDescribes: ["SPDXRef-b"],
      packages: [
        { SPDXID: "SPDXRef-a", name: "a", versionInfo: "1" },
        { SPDXID: "SPDXRef-b", name: "b", versionInfo: "2" },
      ],
    };
    const sbom = readSbom(JSON.stringify(doc), "a.json");
    expect(sbom.subject?.name).toBe("b");
    expect(sbom.components.map((c) => c.name)).toEqual(["a"]);
  });

  it("names the field when packages is not an array", () => {
    const error = catchError(() => readSbom('{"spdxVersion": "SPDX-2.3", "packages": {}}', "x.json"));
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ field: "packages" });
  });
});
