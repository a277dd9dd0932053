import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateBenchTree } from "./bench-tree.js";
import { scan } from "./scan.js";

const root = mkdtempSync(join(tmpdir(), "needle-bench-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("generateBenchTree", () => {
  it("writes the requested number of archives and the scan finds every planted jar", async () => {
    const tree = generateBenchTree(root, { archives: 300 });
    expect(tree.archives).toBe(300);
    const result = await scan([root]);
    expect(result.warnings).toEqual([]);
    expect(result.stats.archives).toBe(300);
    expect(result.components.map((c) => c.purl).sort()).toEqual([...tree.purls].sort());
  });
});
