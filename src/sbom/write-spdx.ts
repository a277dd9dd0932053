/**
 * Components -> SPDX 2.3 JSON (https://spdx.github.io/spdx-spec/v2.3/), minimal and valid:
 * one package per component with SPDXID, name, versionInfo, downloadLocation NOASSERTION,
 * checksums, purl and CPE external references, and the document DESCRIBES the subject.
 * Locations are package annotations (SPDX_LOCATION_ANNOTATION), which readSbom reads back;
 * SPDX 2.3 has no field for them. Properties are not written. Sorted like writeCycloneDx.
 */
import { createHash, randomUUID } from "node:crypto";
import type { Component } from "../domain/component.js";
import { hashAlgorithmToSpdx } from "./hash-algorithms.js";
import { SPDX_LOCATION_ANNOTATION } from "./read-spdx.js";
import { compareStrings, uniqueByPurl } from "./write-cyclonedx.js";

/** Options of writeSpdx. */
export interface WriteSpdxOptions {
  /** The document name; the subject's name when not given. */
  name?: string;
  /** A URI unique to this document; derived from a random UUID when not given. */
  documentNamespace?: string;
  /** ISO 8601 without fractions of a second; now when not given. */
  timestamp?: string;
  /** The Needle version named as the creating tool. */
  toolVersion?: string;
}

const ROOT_ID = "SPDXRef-Root";

/** An SPDX 2.3 JSON document describing the subject (a placeholder root when there is none). */
export function writeSpdx(
  subject: Component | undefined,
  components: readonly Component[],
  options: WriteSpdxOptions = {},
): string {
  const created = options.timestamp ?? `${new Date().toISOString().slice(0, 19)}Z`;
  const tool = `Tool: needle${options.toolVersion === undefined ? "" : `-${options.toolVersion}`}`;
  const sorted = uniqueByPurl(components);
  const root =
    subject === undefined
      ? {
          SPDXID: ROOT_ID,
          name: options.name ?? "needle-sbom",
          downloadLocation: "NOASSERTION",
          filesAnalyzed: false,
        }
      : packageJson(subject, ROOT_ID, created, tool);
  const name = options.name ?? subject?.name ?? "needle-sbom";
  const doc = {
    spdxVersion: "SPDX-2.3",
    dataLicense: "CC0-1.0",
    SPDXID: "SPDXRef-DOCUMENT",
    name,
    documentNamespace: options.documentNamespace ?? `https://spdx.org/spdxdocs/needle-${randomUUID()}`,
    creationInfo: { created, creators: [tool] },
    packages: [root, ...sorted.map((c) => packageJson(c, packageId(c), created, tool))],
    relationships: [
      { spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: ROOT_ID },
    ],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A stable SPDXID from the purl: readable part plus a digest, since SPDXIDs allow only [A-Za-z0-9.-]. */
function packageId(component: Component): string {
  const readable = `${component.name}-${component.version}`.replace(/[^A-Za-z0-9.-]+/g, "-").slice(0, 60);
  const digest = createHash("sha256").update(component.purl).digest("hex").slice(0, 12);
  return `SPDXRef-Package-${readable}-${digest}`;
}

function packageJson(
  component: Component,
  id: string,
  created: string,
  tool: string,
): Record<string, unknown> {
  const json: Record<string, unknown> = { SPDXID: id, name: component.name };
  if (component.version !== "") json.versionInfo = component.version;
  json.downloadLocation = "NOASSERTION";
  json.filesAnalyzed = false;
  const checksums = (component.hashes ?? []).flatMap((h) => {
    const algorithm = hashAlgorithmToSpdx(h.alg);
    return algorithm === undefined ? [] : [{ algorithm, checksumValue: h.value }];
  });
  checksums.sort(
    (a, b) => compareStrings(a.algorithm, b.algorithm) || compareStrings(a.checksumValue, b.checksumValue),
  );
  if (checksums.length > 0) json.checksums = checksums;
  const refs = [
    { referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: component.purl },
  ];
  if (component.cpe !== undefined) {
    const referenceType = component.cpe.startsWith("cpe:2.3:") ? "cpe23Type" : "cpe22Type";
    refs.push({ referenceCategory: "SECURITY", referenceType, referenceLocator: component.cpe });
  }
  json.externalRefs = refs;
  const locations = [...new Set(component.locations)].sort(compareStrings);
  if (locations.length > 0) {
    json.annotations = locations.map((location) => ({
      annotationDate: created,
      annotationType: "OTHER",
      annotator: tool,
      comment: `${SPDX_LOCATION_ANNOTATION}${location}`,
    }));
  }
  return json;
}
