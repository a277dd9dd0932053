/**
 * Every published SBOM must import with every component kept: the copies in testdata/realworld,
 * and any newer ones in ../shared/realworld beside the project when it is there. The expected
 * count is taken from the file by an independent walk, not from the reader.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSbom } from "./read-sbom.js";

const folders = [
  fileURLToPath(new URL("./testdata/realworld/", import.meta.url)),
  fileURLToPath(new URL("../../../shared/realworld/", import.meta.url)),
].filter((dir) => existsSync(dir));
const byName = new Map<string, string>();
for (const dir of folders) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) byName.set(name, `${dir}${name}`);
}
const files = [...byName.keys()].sort();

/** Entries in the file: CycloneDX counted recursively, SPDX packages less the described root. */
function countEntries(doc: unknown): number {
  if (typeof doc !== "object" || doc === null) return 0;
  if ("bomFormat" in doc) return countCycloneDx("components" in doc ? doc.components : undefined);
  if ("packages" in doc && Array.isArray(doc.packages)) {
    const describes = "documentDescribes" in doc && Array.isArray(doc.documentDescribes);
    const relations = "relationships" in doc && Array.isArray(doc.relationships) ? doc.relationships : [];
    const hasRoot =
      describes || relations.some((r: { relationshipType?: unknown }) => r.relationshipType === "DESCRIBES");
    return doc.packages.length - (hasRoot ? 1 : 0);
  }
  return 0;
}

function countCycloneDx(components: unknown): number {
  if (!Array.isArray(components)) return 0;
  let count = 0;
  for (const component of components) {
    count += 1;
    if (typeof component === "object" && component !== null && "components" in component) {
      count += countCycloneDx(component.components);
    }
  }
  return count;
}

describe.skipIf(files.length === 0)("real-world SBOMs", () => {
  it.each(files)("%s imports with every component kept", (name) => {
    const bytes = readFileSync(byName.get(name)!);
    const sbom = readSbom(bytes, name);
    const expected = countEntries(JSON.parse(bytes.toString("utf8")));
    expect(expected).toBeGreaterThan(0);
    expect(sbom.components).toHaveLength(expected);
    expect(sbom.subject).toBeDefined();
    for (const component of sbom.components) {
      expect(component.purl).toMatch(/^pkg:[a-z0-9.+-]+\//);
      expect(component.name).not.toBe("");
    }
  });
});
