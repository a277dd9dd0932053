import { afterAll, beforeAll, expect, it } from "vitest";
import { importAssetsText } from "../inventory/import-assets.js";
import { componentsOfAsset } from "../store/components-repository.js";
import { insertScanJob } from "../store/scan-jobs-repository.js";
import { describeEachEngine } from "../testing/engines.js";
import { cycloneDx, gzipped, startTestServer, type TestServer } from "./test-support.js";

const CDX = { "content-type": "application/vnd.cyclonedx+json" };

interface Job {
  id: number;
  status: string;
  duplicate: boolean;
  error: string | null;
  result: { components: number } | null;
}

describeEachEngine("agent uploads", (engine) => {
  let server: TestServer;
  let agent: string;
  let web: number;
  beforeAll(async () => {
    server = await startTestServer(engine, { uploadLimit: 200_000, maxSbomBytes: 100_000 });
    agent = await server.token("agent", "/qc/r01/h1");
    web = await server.assetId("web-r01");
    const rows = Array.from({ length: 20 }, (_, i) => `host${i},server,/qc/r01/h1,3,internal,in-service`);
    await importAssetsText(
      server.store,
      `name,kind,unit,criticality,exposure,state\n${rows.join("\n")}\n`,
      "a.csv",
    );
  });
  afterAll(async () => server?.close());

  const upload = (asset: number, raw: string | Buffer, headers: Record<string, string> = CDX) =>
    server.request("POST", `/api/v1/assets/${asset}/scans`, { token: agent, raw, headers });
  const poll = async (asset: number, job: number) => {
    await server.app.services.queue.idle();
    return (await server.request("GET", `/api/v1/assets/${asset}/scans/jobs/${job}`, { token: agent }))
      .json as Job;
  };

  it("accepts an SBOM with 202, imports it through the queue, and the job says so", async () => {
    const r = await upload(web, cycloneDx("first", 5));
    expect(r.status).toBe(202);
    const job = r.json as Job;
    expect(job).toMatchObject({ status: "queued", duplicate: false });
    expect(await poll(web, job.id)).toMatchObject({ status: "done", result: { components: 5 } });
    expect((await componentsOfAsset(server.store.db, web)).map((c) => c.name)).toContain("pkg-first-0");
  });

  it("takes the asset by name or UNITPATH/NAME, as `needle scan --upload --asset` sends it, and 404 outside scope", async () => {
    const post = (ref: string, seed: string) =>
      server.request("POST", `/api/v1/assets/${encodeURIComponent(ref)}/scans`, {
        token: agent,
        raw: cycloneDx(seed, 2),
        headers: CDX,
      });
    const byName = await post("web-r01", "by-name");
    expect(byName.status, byName.text).toBe(202);
    expect((byName.json as Job & { assetId: number }).assetId).toBe(web);
    expect((await post("/qc/r01/h1/web-r01", "by-path")).status).toBe(202);
    for (const outside of ["web-r02", "/qc/r02/h2/web-r02", "web-r01x", "no-such-asset"]) {
      const r = await post(outside, `outside-${outside}`);
      expect(r.status, outside).toBe(404);
      expect(r.text).not.toContain("/qc/r02");
    }
  });

  it("answers the same body again with the same job (idempotent by content hash)", async () => {
    const body = cycloneDx("again");
    const first = (await upload(web, body)).json as Job;
    await poll(web, first.id);
    const second = await upload(web, body);
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ id: first.id, duplicate: true, status: "done" });
    // Gzip of the same content is the same content.
    const third = await upload(web, gzipped(body), { ...CDX, "content-encoding": "gzip" });
    expect((third.json as Job).id).toBe(first.id);
  });

  it("accepts gzip bodies", async () => {
    const r = await upload(web, gzipped(cycloneDx("zipped", 4)), { ...CDX, "content-encoding": "gzip" });
    expect(r.status).toBe(202);
    expect(await poll(web, (r.json as Job).id)).toMatchObject({ status: "done", result: { components: 4 } });
  });

  it("ingests concurrent uploads all, and one bad upload fails alone", async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => server.assetId(`host${i}`)));
    const bad = upload(
      ids[0] ?? 0,
      '{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [ {"name": ',
    );
    const good = ids.map((id, i) => upload(id, cycloneDx(`host${i}`, 30)));
    const answers = await Promise.all([bad, ...good]);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 202));
    await server.app.services.queue.idle();
    const jobs = await Promise.all(
      answers.map((a, i) => poll(i === 0 ? (ids[0] ?? 0) : (ids[i - 1] ?? 0), (a.json as Job).id)),
    );
    expect(jobs[0]).toMatchObject({ status: "failed" });
    expect(jobs[0]?.error).toMatch(/host0\.sbom\.json/);
    expect(jobs.slice(1).map((j) => j.status)).toEqual(ids.map(() => "done"));
    for (const [i, id] of ids.entries()) {
      expect((await componentsOfAsset(server.store.db, id)).length, `host${i}`).toBe(30);
    }
  });

  it("refuses other units' assets, other media, encodings and sizes, storing nothing", async () => {
    const before = await server.store.db.selectFrom("scan_jobs").select("id").execute();
    expect((await upload(await server.assetId("web-r02"), cycloneDx("x"))).status).toBe(404);
    expect((await upload(web, cycloneDx("y"), { "content-type": "text/plain" })).status).toBe(415);
    expect((await upload(web, cycloneDx("y"), { ...CDX, "content-encoding": "br" })).status).toBe(415);
    expect((await upload(web, "not json at all", CDX)).status).toBe(400);
    expect(
      (await upload(web, Buffer.from([0x1f, 0x8b, 1, 2, 3]), { ...CDX, "content-encoding": "gzip" })).status,
    ).toBe(400);
    expect((await upload(web, `{"x":"${"a".repeat(300_000)}"}`)).status).toBe(413);
    const bomb = gzipped(`{"x":"${"a".repeat(150_000)}"}`);
    expect((await upload(web, bomb, { ...CDX, "content-encoding": "gzip" })).status).toBe(413);
    // An agent may upload but not read the inventory.
    expect((await server.request("GET", "/api/v1/assets", { token: agent })).status).toBe(404);
    expect(await server.store.db.selectFrom("scan_jobs").select("id").execute()).toEqual(before);
  });

  it("finishes jobs a stopped server left queued or processing", async () => {
    const id = await server.assetId("db-r01");
    const jobs = [];
    for (const [i, status] of ["queued", "processing"].entries()) {
      const stored = await insertScanJob(server.store.db, {
        asset_id: id,
        unit_path: "/qc/r01/h1",
        sha256: `restart-${i}`,
        status,
        body: Buffer.from(cycloneDx(`restart${i}`, 2)),
        file_name: "restart.json",
        submitted_by: "token:test",
        submitted_at: new Date().toISOString(),
        attempts: 0,
      });
      jobs.push(stored.job.id);
    }
    await server.app.services.queue.start();
    for (const job of jobs) expect((await poll(id, job)).status).toMatch(/^(done|unchanged)$/);
  });

  it("records each upload in the audit log", async () => {
    const root = await server.token("admin", "/");
    const r = await server.request("GET", `/api/v1/audit?action=scan.upload&targetId=${web}`, {
      token: root,
    });
    const items = (r.json as { items: { actor: string; unit: string; after: { sha256: string } }[] }).items;
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items[0]).toMatchObject({ unit: "/qc/r01/h1", actor: expect.stringMatching(/^token:/) });
  });
});
