import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importAssetsFile } from "../../inventory/import-assets.js";
import { importUnitsFile } from "../../inventory/import-units.js";
import { generateFixtures, type PlantedComponent } from "../../scanner/testdata-gen/generate-fixtures.js";
import { findComponentHits } from "../../store/components-repository.js";
import { openStore } from "../../store/store.js";
import { runCommand } from "./command-test-support.js";
import { scanCommand } from "./scan.js";

const run = (...args: string[]) => runCommand(scanCommand, args);

interface Bom {
  bomFormat: string;
  specVersion: string;
  components: { purl: string; evidence?: { occurrences: { location: string }[] } }[];
}

const example = (name: string) => fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));

let dir: string;
let tree: string;
let planted: PlantedComponent[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "needle-scan-cli-"));
  tree = join(dir, "tree");
  planted = generateFixtures(tree).components;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("needle scan", () => {
  it("writes CycloneDX 1.6 atomically with every planted component at its location", async () => {
    const output = join(dir, "scan.cdx.json");
    const r = await run("scan", tree, "--output", output);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^wrote cyclonedx to .*scan\.cdx\.json: \d+ components in \d+ files/);
    const bom = JSON.parse(readFileSync(output, "utf8")) as Bom;
    expect(bom).toMatchObject({ bomFormat: "CycloneDX", specVersion: "1.6" });
    const locations = new Map(
      bom.components.map((c) => [c.purl, (c.evidence?.occurrences ?? []).map((o) => o.location)]),
    );
    for (const p of planted) expect(locations.get(p.purl), `${p.case}: ${p.purl}`).toContain(p.location);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("defaults to CycloneDX on stdout when it is not a terminal, stats on stderr", async () => {
    const r = await run("scan", join(tree, "java", "webapps"));
    expect(r.exitCode).toBe(0);
    const bom = JSON.parse(r.stdout) as Bom;
    expect(bom.components.map((c) => c.purl)).toEqual([
      "pkg:maven/org.apache.logging.log4j/log4j-api@2.16.0",
      "pkg:maven/org.apache.logging.log4j/log4j-core@2.16.0",
    ]);
    expect(r.stderr).toMatch(/^2 components in 1 file \(3 archives/);
  });

  it("prints a table and SPDX on request", async () => {
    const table = await run("scan", join(tree, "java", "srv"), "--format", "table");
    expect(table.stdout).toMatch(/^TYPE\s+NAME\s+VERSION\s+LOCATION/);
    expect(table.stdout).toMatch(
      /maven\s+org\.apache\.logging\.log4j\/log4j-core\s+2\.14\.1\s+\S+app\.ear!\/web\.war!\//,
    );
    const spdx = await run("scan", join(tree, "java", "srv"), "--format", "spdx");
    expect(JSON.parse(spdx.stdout)).toMatchObject({ spdxVersion: "SPDX-2.3" });
  });

  it("gives the scan result under --json, and summarises warnings by code on stderr", async () => {
    const r = await run("--json", "scan", join(tree, "robust"));
    expect(r.exitCode).toBe(0);
    const result = JSON.parse(r.stdout) as { warnings: { code: string }[]; stats: object };
    expect(result.stats).toMatchObject({ warnings: result.warnings.length });
    expect(result.warnings.map((w) => w.code)).toContain("archive-corrupt");
    expect(r.stderr).toMatch(/warning: \d+ paths not read fully: .*\d+ archive-corrupt/);
    expect(r.stderr).toMatch(/warning: {3}archive-corrupt: .*corrupt\.jar/);
    const debug = await run("--json", "--debug", "scan", join(tree, "robust"));
    const lines = debug.stderr.split("\n").filter((l) => l.startsWith("warning: "));
    expect(lines.length).toBe(result.warnings.length);
  });

  it("skips --exclude globs", async () => {
    const r = await run("--json", "scan", join(tree, "java"), "--exclude", "*.war", "--exclude", "*.ear");
    const purls = (JSON.parse(r.stdout) as { components: { purl: string }[] }).components.map((c) => c.purl);
    expect(purls).not.toContain("pkg:maven/org.apache.logging.log4j/log4j-core@2.16.0");
    expect(purls).toContain("pkg:maven/org.apache.logging.log4j/log4j-core@2.3.2");
  });

  it("exits 2 on a missing path, an unknown format or an unwritable output", async () => {
    const missing = await run("scan", join(dir, "nope"));
    expect(missing).toMatchObject({ exitCode: 2, stdout: "" });
    expect(missing.stderr).toMatch(/no such file or directory: .*nope/);
    const format = await run("scan", tree, "--format", "xml");
    expect(format.stderr).toMatch(/unknown format "xml" \(expected one of cyclonedx, spdx, json, table\)/);
    const output = await run("scan", join(tree, "java", "lib"), "--output", join(dir, "no", "x.json"));
    expect(output.exitCode).toBe(2);
    expect(output.stderr).toMatch(/--output .*x\.json: cannot write the file/);
  });
});

describe("needle scan --asset", () => {
  it("imports the result into the local store as the asset's scan", async () => {
    const db = join(dir, "needle.db");
    const store = await openStore({ kind: "sqlite", path: db });
    await importUnitsFile(store, example("units.csv"));
    await importAssetsFile(store, example("assets.csv"));
    await store.close();
    const args = ["--db", db, "scan", join(tree, "java", "srv"), "--asset", "vaccine-portal"];
    const r = await run(...args, "--output", join(dir, "a.json"));
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/vaccine-portal: 1 components, 1 occurrences recorded/);
    const again = await run(...args, "--output", join(dir, "a.json"));
    expect(again.stdout).toMatch(/nothing changed/);
    const reopened = await openStore({ kind: "sqlite", path: db });
    const hits = await findComponentHits(reopened.db, { name: "log4j-core" });
    await reopened.close();
    expect(hits.map((h) => [h.asset, h.version, h.location])).toContainEqual([
      "vaccine-portal",
      "2.14.1",
      `${join(tree, "java", "srv", "app.ear")}!/web.war!/WEB-INF/lib/log4j-core-2.14.1.jar`,
    ]);
  });
});

describe("needle scan --upload", () => {
  interface Seen {
    method: string | undefined;
    url: string | undefined;
    headers: IncomingMessage["headers"];
    body: Buffer;
  }
  const seen: Seen[] = [];
  let base = "";
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks) });
      if (req.headers.authorization !== "Bearer good-token") {
        res.writeHead(401, { "content-type": "application/json" }).end('{"error":"bad token"}');
        return;
      }
      res.writeHead(202, { "content-type": "application/json", location: "/api/v1/jobs/42" });
      res.end('{"jobId":"42"}');
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("stub server has no port");
    base = `http://127.0.0.1:${(address satisfies AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("posts the gzipped CycloneDX document with the bearer token and prints the job id", async () => {
    const args = ["scan", join(tree, "java", "webapps"), "--upload", `${base}/`, "--asset", "web 01/a"];
    const r = await run(...args, "--token", "good-token", "--output", join(dir, "u.json"));
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/for asset web 01\/a: job 42\n$/);
    const request = seen.at(-1);
    expect(request).toMatchObject({ method: "POST", url: "/api/v1/assets/web%2001%2Fa/scans" });
    expect(request?.headers).toMatchObject({
      authorization: "Bearer good-token",
      "content-encoding": "gzip",
      "content-type": "application/vnd.cyclonedx+json",
    });
    const bom = JSON.parse(gunzipSync(request?.body ?? Buffer.alloc(0)).toString("utf8")) as Bom;
    expect(bom.specVersion).toBe("1.6");
    expect(bom.components.map((c) => c.purl)).toContain(
      "pkg:maven/org.apache.logging.log4j/log4j-core@2.16.0",
    );
  });

  it("exits 2 naming the server's answer, or a missing token or asset before scanning", async () => {
    const where = join(tree, "java", "webapps");
    const out = join(dir, "refused.json");
    const refused = await run(
      "scan",
      where,
      "--upload",
      base,
      "--asset",
      "a",
      "--token",
      "bad",
      "--output",
      out,
    );
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/answered 401 Unauthorized \(expected 202\): \{"error":"bad token"\}/);
    const saved = process.env.NEEDLE_TOKEN;
    delete process.env.NEEDLE_TOKEN;
    const early = join(dir, "early.json");
    try {
      const noToken = await run("scan", where, "--upload", base, "--asset", "a", "--output", early);
      expect(noToken).toMatchObject({ exitCode: 2 });
      expect(noToken.stderr).toMatch(/--upload needs --token/);
    } finally {
      if (saved !== undefined) process.env.NEEDLE_TOKEN = saved;
    }
    const noAsset = await run("scan", where, "--upload", base, "--token", "t", "--output", early);
    expect(noAsset.stderr).toMatch(/--upload needs --asset/);
    expect(existsSync(early)).toBe(false);
  });
});
