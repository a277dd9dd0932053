import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Component } from "../../domain/component.js";
import { ensureBundledAdvisories } from "../../exposure/store-advisories.js";
import { importAssetsText } from "../../inventory/import-assets.js";
import { importComponents } from "../../inventory/import-components.js";
import { importUnitsText } from "../../inventory/import-units.js";
import { openStore } from "../../store/store.js";
import { campaignCommand } from "./campaign.js";
import { runCommand } from "./command-test-support.js";

const dir = mkdtempSync(join(tmpdir(), "needle-campaign-cli-"));
const db = join(dir, "needle.db");
let server: Server;
let failing = true;
let url = "";

const log4j = (version: string): Component => ({
  purl: `pkg:maven/org.apache.logging.log4j/log4j-core@${version}`,
  type: "maven",
  namespace: "org.apache.logging.log4j",
  name: "log4j-core",
  version,
  qualifiers: "",
  locations: [`/opt/app/lib/log4j-core-${version}.jar`],
});

async function scan(asset: string, version: string) {
  const store = await openStore({ kind: "sqlite", path: db });
  try {
    await importComponents(store, {
      asset,
      source: "scan",
      format: "cyclonedx",
      specVersion: "1.6",
      components: [log4j(version)],
    });
  } finally {
    await store.close();
  }
}

const run = (...args: string[]) => runCommand(campaignCommand, ["campaign", ...args, "--db", db]);

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(failing ? 503 : 200).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const store = await openStore({ kind: "sqlite", path: db });
  await importUnitsText(
    store,
    "path,name,kind\n/qc,Q,national\n/qc/r06,R6,region\n/qc/r03,R3,region\n",
    "u.csv",
  );
  await importAssetsText(
    store,
    [
      "name,kind,unit,exposure,criticality,os,tags",
      "vaccine-portal,website,/qc,internet,5,,",
      "lab-results,service,/qc/r06,internet,4,,",
      "intranet,server,/qc/r03,internal,3,,public",
      "never-scanned,website,/qc/r03,internet,2,,",
    ].join("\n"),
    "a.csv",
  );
  await store.close();
  await scan("vaccine-portal", "2.14.1");
  await scan("lab-results", "2.12.1");
  await scan("intranet", "2.13.0");
  const reopen = await openStore({ kind: "sqlite", path: db });
  await ensureBundledAdvisories(reopen);
  await reopen.close();
  writeFileSync(
    join(dir, "policy.yaml"),
    `name: test\nadapters:\n  lb: { type: webhook, url: "${url}", retries: 1, backoffMs: 1, timeoutMs: 2000 }\nroutes: { shut-down: lb }\nrules:\n  - name: internet\n    when: { advisory: { minScore: 9 }, asset: { exposure: [internet] } }\n    do: [shut-down, "patch-within 72h"]\n  - name: rest\n    when: { finding: { status: [affected] } }\n    do: ["patch-within 1m"]\n`,
  );
  writeFileSync(
    join(dir, "bad.yaml"),
    'name: bad\nrules:\n  - name: first\n    do: [shut-down]\n  - name: second\n    do: ["patch-within soon"]\n',
  );
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("needle campaign", () => {
  it("refuses an invalid policy naming the rule and field (exit 2)", async () => {
    const r = await run("start", "CVE-2021-44228", "--policy", join(dir, "bad.yaml"));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml: rule 1 \("second"\) field do\[0\]: "soon" is not a duration/);
  });

  it("--dry-run shows the plan and writes nothing", async () => {
    const r = await run(
      "start",
      "CVE-2021-44228",
      "--policy",
      join(dir, "policy.yaml"),
      "--dry-run",
      "--json",
    );
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.campaignId).toBeNull();
    expect(
      out.plan.tasks.map((t: { asset: string; finding: string }) => `${t.asset}:${t.finding}`).sort(),
    ).toEqual([
      "intranet:affected",
      "lab-results:affected",
      "never-scanned:unknown",
      "vaccine-portal:affected",
    ]);
    expect(JSON.parse((await run("list", "--json")).stdout)).toEqual([]);
  });

  it("shows a failing webhook on the tasks and exits 1, then retries it", async () => {
    const r = await run("start", "CVE-2021-44228", "--policy", join(dir, "policy.yaml"));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/shut-down failed after 2 attempts: POST .*HTTP 503/);
    const shown = JSON.parse((await run("show", "1", "--json")).stdout);
    expect(shown.totals).toMatchObject({ affected: 3, unknown: 1, "shut-down": 0 });
    expect(
      shown.actions
        .map((a: { asset: string; attempts: number; status: string }) => [a.asset, a.status, a.attempts])
        .sort(),
    ).toEqual([
      ["lab-results", "failed", 2],
      ["never-scanned", "failed", 2],
      ["vaccine-portal", "failed", 2],
    ]);
    failing = false;
    expect((await run("retry", "1")).exitCode).toBe(0);
    const after = JSON.parse((await run("show", "1", "--json")).stdout);
    expect(after.totals).toMatchObject({ "shut-down": 3, affected: 1 });
    expect(after.actions).toEqual([]);
  });

  it("refuses an illegal transition naming the current state (exit 2)", async () => {
    const r = await run("task", "1", "vaccine-portal", "--to", "reopened", "--reason", "looks fine");
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/cannot move a task from "shut-down" to "reopened"/);
  });

  it("verifies by a newer scan, reopens in priority order and publishes the status list", async () => {
    expect(
      (await run("task", "1", "lab-results", "--to", "patched", "--reason", "2.12.2 installed")).exitCode,
    ).toBe(0);
    await scan("lab-results", "2.12.4");
    await scan("vaccine-portal", "2.17.1");
    const queue = JSON.parse((await run("reopen-queue", "1", "--json")).stdout);
    expect(queue.map((q: { asset: string }) => q.asset)).toEqual(["vaccine-portal", "lab-results"]);
    const csv = (await run("status", "1", "--format", "csv")).stdout;
    expect(csv.split("\n")[0]).toBe("service,status,since");
    expect(csv).toMatch(/lab-results,closed/);
    expect(csv).toMatch(/vaccine-portal,closed/);
    expect(csv).toMatch(/never-scanned,closed/);
    expect(csv).toMatch(/intranet,inspection/);
    expect((await run("reopen", "1", "vaccine-portal")).exitCode).toBe(0);
    const html = (await run("status", "1", "--format", "html")).stdout;
    expect(html).toMatch(/<strong>1<\/strong> <span lang="fr">Rouvert<\/span>/);
    expect(html).toMatch(/Mis à jour le/);
    expect(html).not.toMatch(/log4j|2\.17|\/qc/);
    const shown = await run("show", "1");
    expect(shown.stdout).toMatch(/median time down/);
    expect(shown.stdout).toMatch(/\/qc\/r06/);
  });
});
