import { afterAll, beforeAll, expect, it } from "vitest";
import { ensureBundledAdvisories } from "../../exposure/store-advisories.js";
import { importComponents } from "../../inventory/import-components.js";
import { describeEachEngine } from "../../testing/engines.js";
import { startTestServer, type TestServer } from "../test-support.js";

const log4j = (version: string) => ({
  purl: `pkg:maven/org.apache.logging.log4j/log4j-core@${version}`,
  type: "maven",
  namespace: "org.apache.logging.log4j",
  name: "log4j-core",
  version,
  qualifiers: "",
  locations: [`/srv/app/log4j-core-${version}.jar`],
});

describeEachEngine("campaign routes", (engine) => {
  let server: TestServer;
  let root: string;
  let region: string;
  let viewer: string;
  let id: number;

  beforeAll(async () => {
    server = await startTestServer(engine);
    for (const asset of ["/qc/r01/h1/web-r01", "/qc/r02/h2/web-r02", "/qc/r01/h1/db-r01"])
      await importComponents(server.store, {
        asset,
        source: "scan",
        format: "cyclonedx",
        specVersion: "1.6",
        components: [log4j("2.14.1")],
      });
    await ensureBundledAdvisories(server.store);
    root = await server.token("admin", "/");
    region = await server.token("analyst", "/qc/r01");
    viewer = await server.token("viewer", "/qc/r01");
  });
  afterAll(async () => server?.close());

  it("starts a campaign, and a region sees and acts on its own tasks only", async () => {
    const started = await server.request("POST", "/api/v1/campaigns", {
      token: root,
      body: { advisories: ["CVE-2021-44228"] },
    });
    expect(started.status, started.text).toBe(201);
    id = (started.json as { campaignId: number }).campaignId;
    const tasks = await server.request("GET", `/api/v1/campaigns/${id}/tasks`, { token: region });
    expect(tasks.status).toBe(200);
    const items = (tasks.json as { items: { asset: string; state: string }[] }).items;
    expect(items.map((t) => `${t.asset}:${t.state}`).sort()).toEqual(["db-r01:affected", "web-r01:affected"]);
    expect(tasks.text).not.toContain("r02");
    const shown = await server.request("GET", `/api/v1/campaigns/${id}`, { token: region });
    expect((shown.json as { tasks: number }).tasks).toBe(2);
    // No adapter in the default policy: the shutdown waits for the owning unit to confirm it.
    expect(JSON.stringify((shown.json as { actions: unknown }).actions)).toMatch(/"status":"manual"/);
    const web01 = await server.assetId("web-r01");
    const closed = await server.request("POST", `/api/v1/campaigns/${id}/transitions`, {
      token: region,
      body: { assetId: web01, to: "shut-down", reason: "closed at the load balancer" },
    });
    expect(closed.json).toMatchObject({ state: "shut-down" });
  });

  it("refuses an illegal transition with 409 and an asset outside the scope with 404", async () => {
    const web01 = await server.assetId("web-r01");
    const web02 = await server.assetId("web-r02");
    const illegal = await server.request("POST", `/api/v1/campaigns/${id}/transitions`, {
      token: region,
      body: { assetId: web01, to: "reopened", reason: "x" },
    });
    expect(illegal.status).toBe(409);
    expect(illegal.text).toMatch(/from \\"shut-down\\"/);
    const outside = await server.request("POST", `/api/v1/campaigns/${id}/transitions`, {
      token: region,
      body: { assetId: web02, to: "patched", reason: "x" },
    });
    expect(outside.status).toBe(404);
    const readOnly = await server.request("POST", `/api/v1/campaigns/${id}/transitions`, {
      token: viewer,
      body: { assetId: web01, to: "patched", reason: "x" },
    });
    expect([403, 404]).toContain(readOnly.status);
  });

  it("verifies by scan and reopens through the API; the public page needs no login and shows no internals", async () => {
    const web01 = await server.assetId("web-r01");
    await importComponents(server.store, {
      asset: "/qc/r01/h1/web-r01",
      source: "scan",
      format: "cyclonedx",
      specVersion: "1.6",
      components: [log4j("2.17.1")],
    });
    const queue = await server.request("GET", `/api/v1/campaigns/${id}/reopen-queue`, { token: region });
    expect((queue.json as { items: { assetId: number }[] }).items.map((t) => t.assetId)).toEqual([web01]);
    const reopened = await server.request("POST", `/api/v1/campaigns/${id}/reopen`, {
      token: region,
      body: { assetIds: [web01] },
    });
    expect(reopened.status, reopened.text).toBe(200);
    expect((reopened.json as { reopened: string[] }).reopened).toHaveLength(1);
    const page = await server.request("GET", `/status/${id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.text).toMatch(/web-r01/);
    expect(page.text).toMatch(/Rouvert/);
    expect(page.text).not.toMatch(/db-r01|log4j|\/qc\//);
    expect((await server.request("GET", "/status/999")).status).toBe(404);
  });

  it("hides a campaign started for another region", async () => {
    const other = await server.request("POST", "/api/v1/campaigns", {
      token: root,
      body: { advisories: ["CVE-2021-44228"], unit: "/qc/r02" },
    });
    const otherId = (other.json as { campaignId: number }).campaignId;
    expect((await server.request("GET", `/api/v1/campaigns/${otherId}`, { token: region })).status).toBe(404);
    const list = await server.request("GET", "/api/v1/campaigns", { token: region });
    expect((list.json as { items: { id: number }[] }).items.map((c) => c.id)).toEqual([id]);
  });
});
