import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli.js";

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));

describe("needle CLI on the examples", () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "needle-cli-"));
    db = join(dir, "needle.db");
    for (const args of [
      ["import", "units", example("units.csv")],
      ["import", "assets", example("assets.csv")],
      ["import", "network", example("network.json")],
      ["import", "sbom", "--asset", "vaccine-portal", example("sboms/vaccine-portal.cdx.json")],
      [
        "import",
        "sbom",
        "--asset-from-name",
        example("sboms/pacs.spdx.json"),
        example("sboms/lab-results.cdx.json"),
      ],
    ]) {
      const run = await runCli([...args, "--db", db]);
      expect(run.stderr.replace(/warning: .*\n/g, "")).toBe("");
      expect(run.code).toBe(0);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers the seed question with --json holding only JSON", async () => {
    const run = await runCli(["components", "--name", "log4j-core", "--json", "--db", db]);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as {
      asset: string;
      unit: string;
      purl: string;
      version: string;
      location: string;
    }[];
    expect(rows.map((r) => [r.asset, r.version])).toEqual([
      ["vaccine-portal", "2.14.1"],
      ["lab-results", "2.0-beta9"],
      ["pacs", "2.12.4"],
    ]);
    expect(rows[0]).toMatchObject({
      unit: "/qc/r03/mtess",
      purl: "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
      location: "/opt/portal/portal.ear!/web.war!/WEB-INF/lib/log4j-core-2.14.1.jar",
    });
  });

  it("lists assets by unit and shows one asset with its components", async () => {
    const list = await runCli(["assets", "--unit", "/qc/r06", "--json", "--db", db]);
    expect((JSON.parse(list.stdout) as { name: string }[]).map((a) => a.name)).toEqual([
      "lab-results",
      "records",
      "pc-0001",
      "pc-0002",
      "pacs",
    ]);
    const one = await runCli(["asset", "pacs", "--db", db]);
    expect(one.stdout).toContain("pkg:maven/log4j/log4j@1.2.17");
    expect(one.stdout).toContain("Windows Server 2012 R2");
  });

  it("exits 2 with a message naming the problem on bad input and usage", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "name,kind,unit\nx,server,/qc/r99\n");
    const run = await runCli(["import", "assets", bad, "--db", db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.csv:2: column "unit": no unit "/qc/r99"');
    expect(run.stdout).toBe("");
    expect((await runCli(["assets", "--kind", "toaster", "--db", db])).code).toBe(2);
    expect((await runCli(["frobnicate", "--db", db])).code).toBe(2);
    expect((await runCli(["asset", "ghost", "--db", db])).stderr).toContain('no asset "ghost"');
    const both = await runCli(["import", "sbom", example("sboms/pacs.spdx.json"), "--db", db]);
    expect(both.stderr).toContain("--asset NAME");
  });
});
