import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { startTestServer, type TestServer } from "./test-support.js";

describeEachEngine("bad input and attacks", (engine) => {
  let server: TestServer;
  let admin: string;
  let web: number;
  const snapshot = async () =>
    JSON.stringify(await server.store.db.selectFrom("assets").selectAll().orderBy("id").execute());
  beforeAll(async () => {
    server = await startTestServer(engine, { bodyLimit: 10_000 });
    admin = await server.token("admin", "/");
    web = await server.assetId("web-r01");
  });
  afterAll(async () => server?.close());

  const patch = (raw: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
    server.request("PATCH", `/api/v1/assets/${web}`, { token: admin, raw, headers });

  it("answers malformed JSON, wrong types, unknown fields and oversized bodies with 4xx and a message", async () => {
    const before = await snapshot();
    const cases: [string, number][] = [
      ['{"state": "shut-down"', 400],
      ['{"criticality": "high"}', 400],
      ['{"criticality": 9}', 400],
      ['{"state": "shut-down", "unit": "/qc/r02"}', 400],
      ["{}", 400],
      ["[]", 400],
      ['{"__proto__": {"state": "shut-down"}}', 400],
      [`{"ownerContact": "${"x".repeat(20_000)}"}`, 413],
    ];
    for (const [body, status] of cases) {
      const r = await patch(body);
      expect(r.status, body.slice(0, 60)).toBe(status);
      expect(
        (r.json as { error: { message: string } }).error.message.length,
        body.slice(0, 60),
      ).toBeGreaterThan(0);
    }
    expect((await patch('{"state":"shut-down"}', { "content-type": "text/plain" })).status).toBe(415);
    expect(await snapshot()).toBe(before);
  });

  it("stores SQL-injection strings as plain text and finds nothing with them", async () => {
    const evil = "'); DROP TABLE assets; --";
    const r = await patch(JSON.stringify({ ownerContact: evil }));
    expect(r.status).toBe(200);
    expect((r.json as { ownerContact: string }).ownerContact).toBe(evil);
    const search = await server.request(
      "GET",
      `/api/v1/components?name=${encodeURIComponent("' OR 1=1 --")}`,
      { token: admin },
    );
    expect(search.json).toEqual({ items: [], truncated: false });
    const unit = await server.request("GET", `/api/v1/assets?unit=${encodeURIComponent("/qc' OR '1'='1")}`, {
      token: admin,
    });
    expect(unit.status).toBe(400);
    expect((await server.request("GET", "/api/v1/assets", { token: admin })).status).toBe(200);
  });

  it("refuses path tricks and odd ids with 4xx, never 500", async () => {
    const paths = [
      "/api/v1/assets/..%2F..%2Fetc%2Fpasswd",
      "/api/v1/assets/1%00",
      "/api/v1/assets/-1",
      "/api/v1/assets/0x10",
      "/api/v1/assets/99999999999",
      "/api/v1/assets/2147483648",
      "/api/v1/assets/1.5",
      "/api/v1/units/%2Fqc%2F..%2Fr02",
      "/api/v1/units/qc",
      "/api/v1/units/%2Fqc%2Fr01%2F",
      "/api/v1/assets/../../../etc/passwd",
      "/api/v1/assets?sort=name;drop",
      "/api/v1/assets?limit=100000000",
      "/api/v1/assets?cursor=not-a-cursor",
      "/api/v1/assets?unit=/qc&unit=/qc/r02",
    ];
    for (const path of paths) {
      const r = await server.request("GET", path, { token: admin });
      expect(r.status, `${path}: ${r.text}`).toBeGreaterThanOrEqual(400);
      expect(r.status, `${path}: ${r.text}`).toBeLessThan(500);
    }
  });

  it("hides internals: an unknown route is a JSON 404 with a request id", async () => {
    const r = await server.request("GET", "/api/v1/nothing-here", { token: admin });
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({ error: { code: "not_found", requestId: expect.any(String) } });
  });

  it("records a change with who, when, before and after in the audit log", async () => {
    await patch(JSON.stringify({ criticality: 2 }));
    const r = await server.request("GET", `/api/v1/audit?action=asset.update&targetId=${web}&limit=1`, {
      token: admin,
    });
    const [row] = (
      r.json as {
        items: {
          actor: string;
          at: string;
          before: { criticality: number };
          after: { criticality: number };
        }[];
      }
    ).items;
    expect(row).toMatchObject({
      actor: expect.stringMatching(/^token:/),
      before: { criticality: 5 },
      after: { criticality: 2 },
    });
    expect(Date.parse(row?.at ?? "")).toBeGreaterThan(Date.now() - 60_000);
    const viewer = await server.token("viewer", "/");
    expect((await server.request("GET", "/api/v1/audit", { token: viewer })).status).toBe(404);
  });
});
