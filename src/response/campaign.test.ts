import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { generateProvince } from "../demo/generate.js";
import type { Component } from "../domain/component.js";
import { exposureOf } from "../exposure/exposure.js";
import { ensureBundledAdvisories } from "../exposure/store-advisories.js";
import { importComponents } from "../inventory/import-components.js";
import { componentsOfAsset } from "../store/components-repository.js";
import type { Store } from "../store/store.js";
import { type TaskView, tasksOfCampaign } from "../store/tasks-repository.js";
import { describeEachEngine, freshStore } from "../testing/engines.js";
import { startCampaign } from "./campaign-start.js";
import { reopenAssets, reopenQueue } from "./campaign-tasks.js";
import { DEFAULT_POLICY_SOURCE, validatePolicy } from "./policy.js";
import { campaignProgress } from "./progress.js";
import { serviceStatus, statusList } from "./status-list.js";

interface Received {
  action: string;
  asset: string;
  key: string;
}

function listen(received: Received[]): Promise<Server> {
  const server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c) => {
      body += String(c);
    });
    req.on("end", () => {
      const json = JSON.parse(body) as { action: string; asset: { unit: string; name: string } };
      received.push({
        action: json.action,
        asset: `${json.asset.unit}/${json.asset.name}`,
        key: String(req.headers["idempotency-key"]),
      });
      res.writeHead(202).end();
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** The asset's components again, log4j-core moved to 2.17.1: what a scan after the patch reports. */
async function patchedComponents(store: Store, assetId: number): Promise<Component[]> {
  const rows = await componentsOfAsset(store.db, assetId);
  const byPurl = new Map<string, Component>();
  for (const r of rows) {
    const fixed = r.name === "log4j-core" && r.namespace === "org.apache.logging.log4j";
    const version = fixed ? "2.17.1" : r.version;
    const purl = fixed ? `pkg:maven/org.apache.logging.log4j/log4j-core@${version}` : r.purl;
    const location = fixed ? r.location.replace(r.version, version) : r.location;
    const c = byPurl.get(purl) ?? {
      purl,
      type: r.type,
      namespace: r.namespace,
      name: r.name,
      version,
      qualifiers: "",
      locations: [],
    };
    if (location) c.locations.push(location);
    byPurl.set(purl, c);
  }
  return [...byPurl.values()];
}

describeEachEngine("the Log4Shell campaign on the demo province", (engine) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let server: Server;
  const received: Received[] = [];

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(engine));
    await generateProvince(store, { seed: 2021, scale: 0.01 });
    await ensureBundledAdvisories(store);
    server = await listen(received);
  }, 120_000);
  afterAll(async () => {
    server.close();
    await cleanup();
  });

  async function tasks(id: number): Promise<TaskView[]> {
    return tasksOfCampaign(store.db, id, "/");
  }

  /** The status list's counts against the tasks, counted here independently. */
  async function expectStatusMatches(
    id: number,
    expected: { reopened: number; closed: number; inspection: number },
  ) {
    const published = (await tasks(id)).filter(
      (t) => t.exposure === "internet" || t.tags.includes('"public"'),
    );
    const list = await statusList(store, id);
    expect(list.counts).toEqual({ ...expected, total: published.length });
    expect(list.services.map((s) => s.status).sort()).toEqual(published.map(serviceStatus).sort());
    expect(JSON.stringify(list)).not.toMatch(/log4j|"version"|"unit"|\/qc\/|\b10\.\d+\.\d+\.\d+/);
  }

  it("shuts the affected internet services down, verifies them by scan and reopens them in priority order", async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const policy = validatePolicy(
      {
        ...DEFAULT_POLICY_SOURCE,
        adapters: { orchestrator: { type: "webhook", url, retries: 1, backoffMs: 1 } },
        routes: { "shut-down": "orchestrator", reopen: "orchestrator" },
      },
      "test policy",
    );
    const exposure = await exposureOf(store, "CVE-2021-44228");
    const internetAffected = new Set(
      exposure.affected.filter((e) => e.exposure === "internet").map((e) => e.assetId),
    );
    expect(internetAffected.size).toBeGreaterThan(3);

    // A dry run plans, and writes and sends nothing.
    const dry = await startCampaign(store, {
      advisories: ["CVE-2021-44228"],
      policy,
      actor: "cccs",
      dryRun: true,
    });
    expect(dry.campaignId).toBeNull();
    expect(dry.plan.tasks.filter((t) => t.closing === "shut-down").length).toBeGreaterThanOrEqual(
      internetAffected.size,
    );
    expect(await store.db.selectFrom("tasks").select("id").execute()).toEqual([]);
    expect(received).toEqual([]);

    const started = await startCampaign(store, { advisories: ["CVE-2021-44228"], policy, actor: "cccs" });
    const id = started.campaignId!;
    expect(started.actions).toMatchObject({ failed: 0 });
    const afterStart = await tasks(id);
    const affectedTasks = afterStart.filter((t) => t.was_affected === 1);
    expect(new Set(affectedTasks.map((t) => t.asset_id))).toEqual(
      new Set(exposure.affected.map((e) => e.assetId)),
    );
    const unknownTasks = afterStart.filter((t) => t.was_affected === 0);
    // Never scanned, or scanned only before the advisory was published (2021-12-10): unknown, not safe.
    const neverScanned = new Set(exposure.unknown.map((u) => u.assetId));
    for (const t of unknownTasks) {
      const last = await store.db
        .selectFrom("scans")
        .select((eb) => eb.fn.max("imported_at").as("at"))
        .where("asset_id", "=", t.asset_id)
        .executeTakeFirst();
      expect(neverScanned.has(t.asset_id) || (last?.at ?? "") < "2021-12-10T10:15:00Z").toBe(true);
    }
    for (const id of neverScanned) expect(unknownTasks.some((t) => t.asset_id === id)).toBe(true);
    for (const t of afterStart.filter((t) => internetAffected.has(t.asset_id))) {
      expect(t.state).toBe("shut-down");
      expect(t.assetState).toBe("shut-down");
    }
    const closed = afterStart.filter((t) => t.state === "shut-down");
    expect(
      received
        .filter((r) => r.action === "shut-down")
        .map((r) => r.asset)
        .sort(),
    ).toEqual(closed.map((t) => `${t.unit_path}/${t.asset}`).sort());
    expect(new Set(received.map((r) => r.key)).size).toBe(received.length);
    const published = afterStart.filter((t) => t.published === 1).length;
    await expectStatusMatches(id, {
      reopened: 0,
      closed: closed.length,
      inspection: published - closed.length,
    });

    // New scans: the affected ones patched to 2.17.1, the unknown ones found clean.
    for (const t of closed) {
      await importComponents(store, {
        asset: `${t.unit_path}/${t.asset}`,
        source: "scan",
        format: "cyclonedx",
        specVersion: "1.6",
        components: t.was_affected ? await patchedComponents(store, t.asset_id) : [],
      });
    }
    const afterScans = await tasks(id);
    for (const t of afterScans.filter((x) => closed.some((c) => c.id === x.id)))
      expect(t.state).toBe(t.was_affected ? "verified" : "not-affected");
    await expectStatusMatches(id, {
      reopened: 0,
      closed: closed.length,
      inspection: published - closed.length,
    });

    // The reopen queue: criticality first, then internet-facing, then longest down.
    const queue = await reopenQueue(store, id);
    expect(queue.map((t) => t.id).sort()).toEqual(closed.map((t) => t.id).sort());
    for (let i = 1; i < queue.length; i++)
      expect(queue[i - 1]!.criticality).toBeGreaterThanOrEqual(queue[i]!.criticality);
    received.length = 0;
    let reopened = 0;
    for (const t of queue) {
      const result = await reopenAssets(store, id, [`${t.unit_path}/${t.asset}`], { actor: "cccs" });
      expect(result.reopened).toHaveLength(1);
      reopened++;
      await expectStatusMatches(id, {
        reopened,
        closed: closed.length - reopened,
        inspection: published - closed.length,
      });
    }
    expect(received.map((r) => r.asset)).toEqual(queue.map((t) => `${t.unit_path}/${t.asset}`));
    const finalTasks = await tasks(id);
    for (const t of finalTasks.filter((x) => x.state === "reopened")) expect(t.assetState).toBe("in-service");

    const progress = await campaignProgress(store, id);
    expect(progress.totals.reopened).toBe(closed.length);
    expect(progress.medianDownToReopenMs).not.toBeNull();
    expect(progress.byRegion.reduce((s, r) => s + r.total, 0)).toBe(finalTasks.length);
  }, 120_000);
});
