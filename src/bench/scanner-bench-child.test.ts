import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bomPurls, comparablePurl, runMeasured, scanStats } from "./scanner-bench-child.js";

describe("scanner benchmark helpers", () => {
  it("compares purls without qualifiers and percent-encoding", () => {
    expect(comparablePurl("pkg:npm/%40babel/core@7.22.0")).toBe("pkg:npm/@babel/core@7.22.0");
    expect(comparablePurl("pkg:maven/a/b@1.0?type=jar#sub")).toBe("pkg:maven/a/b@1.0");
  });

  it("collects the purls of a CycloneDX document, nested components included", () => {
    const dir = mkdtempSync(join(tmpdir(), "needle-bench-helpers-"));
    try {
      const file = join(dir, "bom.json");
      writeFileSync(
        file,
        JSON.stringify({
          components: [
            { purl: "pkg:maven/a/b@1?type=jar", components: [{ purl: "pkg:maven/c/d@2" }] },
            { name: "no purl" },
          ],
        }),
      );
      expect([...bomPurls(file)]).toEqual(["pkg:maven/a/b@1", "pkg:maven/c/d@2"]);
      writeFileSync(file, "{}");
      expect(() => scanStats("{}", file)).toThrow(/not a needle scan result/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("measures a child process and names its failure", async () => {
    const ok = await runMeasured(process.execPath, ["-e", "0"]);
    expect(ok.wallMs).toBeGreaterThan(0);
    await expect(runMeasured(process.execPath, ["-e", "process.exit(3)"])).rejects.toThrow(/exited 3/);
  });
});
