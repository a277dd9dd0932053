import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Component } from "../domain/component.js";
import { readSbom } from "./read-sbom.js";
import { writeCycloneDx } from "./write-cyclonedx.js";
import { writeSpdx } from "./write-spdx.js";

const PINNED = {
  serialNumber: "urn:uuid:00000000-0000-4000-8000-000000000000",
  timestamp: "2024-01-01T00:00:00Z",
};
const source = readSbom(
  readFileSync(new URL("testdata/cyclonedx-1.5-nested.json", import.meta.url)),
  "in.json",
);

/** A component as the writers promise to keep it: sorted locations and hashes. */
function normalised(component: Component): Component {
  const result: Component = { ...component, locations: [...component.locations].sort() };
  if (component.hashes !== undefined) {
    result.hashes = [...component.hashes].sort((a, b) => (a.alg + a.value < b.alg + b.value ? -1 : 1));
  }
  return result;
}

function byPurl(components: readonly Component[]): Component[] {
  return [...components].map(normalised).sort((a, b) => (a.purl < b.purl ? -1 : 1));
}

describe("writeCycloneDx", () => {
  it("round-trips components, locations, hashes, cpe and properties", () => {
    const written = writeCycloneDx(source.subject, source.components, PINNED);
    const back = readSbom(written, "out.json");
    expect(back).toMatchObject({ format: "cyclonedx", specVersion: "1.6", tool: "needle", warnings: [] });
    expect(back.subject).toEqual(source.subject);
    expect(byPurl(back.components)).toEqual(byPurl(source.components));
  });

  it("is reproducible: same input in any order gives the same bytes", () => {
    const first = writeCycloneDx(source.subject, source.components, PINNED);
    const shuffled = [...source.components]
      .reverse()
      .map((c) => ({ ...c, locations: [...c.locations].reverse() }));
    expect(writeCycloneDx(source.subject, shuffled, PINNED)).toBe(first);
  });

  it("writes every location as an evidence occurrence, and purl-derived bom-refs", () => {
    const bom: unknown = JSON.parse(writeCycloneDx(source.subject, source.components, PINNED));
    expect(bom).toMatchObject({
      bomFormat: "CycloneDX",
      specVersion: "1.6",
      serialNumber: PINNED.serialNumber,
      metadata: { timestamp: PINNED.timestamp, component: { "bom-ref": "pkg:maven/gouv.qc/billing@3.2.0" } },
    });
    const log4j = "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar";
    expect(bom).toMatchObject({
      components: expect.arrayContaining([
        expect.objectContaining({
          "bom-ref": log4j,
          purl: log4j,
          group: "org.apache.logging.log4j",
          evidence: {
            occurrences: [
              { location: "/opt/billing/billing.ear!/web.war!/WEB-INF/lib/log4j-core-2.14.1.jar" },
              { location: "/srv/legacy/lib/log4j-core-2.14.1.jar" },
            ],
          },
        }),
      ]),
    });
  });

  it("gives the subject its own bom-ref when it is also a component", () => {
    const subject = source.components[0];
    const bom: unknown = JSON.parse(writeCycloneDx(subject, source.components, PINNED));
    expect(bom).toMatchObject({ metadata: { component: { "bom-ref": `root:${subject?.purl}` } } });
  });
});

describe("writeSpdx", () => {
  const options = { timestamp: PINNED.timestamp, documentNamespace: "https://spdx.org/spdxdocs/needle-test" };

  it("round-trips components, locations, hashes and cpe (not properties)", () => {
    const back = readSbom(writeSpdx(source.subject, source.components, options), "out.spdx.json");
    expect(back).toMatchObject({ format: "spdx", specVersion: "2.3", tool: "needle", warnings: [] });
    const { properties: _dropped, ...subject } = source.subject ?? { properties: undefined };
    expect(back.subject).toEqual(subject);
    const expected = source.components.map(({ properties: _p, ...rest }) => rest);
    expect(byPurl(back.components)).toEqual(byPurl(expected));
  });

  it("is reproducible and describes a placeholder root when there is no subject", () => {
    const first = writeSpdx(undefined, source.components, options);
    expect(writeSpdx(undefined, [...source.components].reverse(), options)).toBe(first);
    const back = readSbom(first, "out.spdx.json");
    expect(back.subject?.name).toBe("needle-sbom");
    expect(back.components).toHaveLength(source.components.length);
  });
});
