import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateBenchTree } from "./bench-tree.js";
import { mergeComponents } from "./merge.js";
import { scan } from "./scan.js";
import { parseInWorker } from "./scan-worker.js";
import { defaultLimits } from "./types.js";
import { parseOutcomeBatch } from "./worker-protocol.js";

const root = mkdtempSync(join(tmpdir(), "needle-worker-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
generateBenchTree(root, { archives: 40, classesPerJar: 4 });
const dir = join(root, "app-0", "lib");
const paths = readdirSync(dir)
  .sort()
  .map((name) => join(dir, name));
const request = (budget: number) =>
  paths.map((path) => ({ path, size: statSync(path).size, limits: { ...defaultLimits }, budget }));

describe("parseInWorker", () => {
  it("finds in a batch what a scan of the same files finds, outcome by outcome", async () => {
    const batch = await parseInWorker({ id: 7, files: request(defaultLimits.maxTotalBytes) });
    expect(batch.id).toBe(7);
    expect(batch.outcomes).toHaveLength(paths.length);
    const expected = await scan(paths, { parseWorkers: 0 });
    const found = mergeComponents(batch.outcomes.flatMap((o) => o.components));
    expect(found).toEqual(expected.components);
    expect(batch.outcomes.reduce((n, o) => n + o.archives, 0)).toBe(expected.stats.archives);
    expect(batch.outcomes.reduce((n, o) => n + o.bytes, 0)).toBe(expected.stats.bytes);
    expect(batch.outcomes.every((o) => o.consumed > 0)).toBe(true);
  });

  it("applies the inflate budget it is given", async () => {
    const batch = await parseInWorker({ id: 1, files: request(10) });
    const codes = batch.outcomes.flatMap((o) => o.warnings.map((w) => w.code));
    expect(codes).toContain("limit-total-bytes");
  });

  it("rejects a malformed request", async () => {
    await expect(parseInWorker({ id: 1, files: [{ path: 3 }] })).rejects.toThrow();
  });
});

describe("parseOutcomeBatch", () => {
  const outcome = { components: [], archives: 0, bytes: 0, consumed: 0 };

  it("accepts known warning codes and rejects unknown ones", () => {
    const warning = { code: "archive-corrupt", path: "/a.jar", message: "bad" };
    const ok = parseOutcomeBatch({ id: 1, outcomes: [{ ...outcome, warnings: [warning] }] });
    expect(ok.outcomes[0]?.warnings).toEqual([warning]);
    const bad = { id: 1, outcomes: [{ ...outcome, warnings: [{ ...warning, code: "nope" }] }] };
    expect(() => parseOutcomeBatch(bad)).toThrow(/unknown warning code "nope"/);
  });
});
