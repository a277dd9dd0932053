import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { startTestServer, type TestServer } from "./test-support.js";

describeEachEngine("server basics", (engine) => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    admin = await server.token("admin", "/");
  });
  afterAll(async () => server?.close());

  it("answers health, readiness and metrics without credentials", async () => {
    expect((await server.request("GET", "/healthz")).json).toEqual({ status: "ok" });
    expect((await server.request("GET", "/readyz")).json).toMatchObject({ status: "ready" });
    await server.request("GET", "/api/v1/assets", { token: admin });
    const metrics = await server.request("GET", "/metrics");
    expect(metrics.headers.get("content-type")).toContain("text/plain");
    expect(metrics.text).toContain(
      'needle_http_requests_total{method="GET",route="/api/v1/assets",status="200"}',
    );
    expect(metrics.text).toContain("needle_http_request_duration_seconds_bucket");
    expect(metrics.text).toContain("needle_upload_queue_depth 0");
  });

  it("serves an OpenAPI 3.1 document listing every route", async () => {
    const doc = (await server.request("GET", "/api/v1/openapi.json")).json as {
      openapi: string;
      paths: Record<string, Record<string, { parameters: { name: string }[] }>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/assets/{id}/scans/jobs/{jobId}");
    const list = doc.paths["/api/v1/assets"]?.get;
    expect(list?.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(["unit", "kind", "exposure", "criticality", "sort", "cursor", "limit"]),
    );
    for (const route of server.app.services.routes.filter((r) => !r.hidden)) {
      const path = route.url.replace(/:(\w+)/g, "{$1}");
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
    }
  });

  it("pages assets with a cursor, filters and sorts", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2&sort=-criticality${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await server.request("GET", `/api/v1/assets${query}`, { token: admin })).json as {
        items: { name: string; criticality: number }[];
        nextCursor: string | null;
      };
      seen.push(...page.items.map((a) => `${a.criticality}:${a.name}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(seen.map((s) => Number(s.split(":")[0]))).toEqual([5, 5, 5, 4, 3, 2]);
    const filtered = (
      await server.request("GET", "/api/v1/assets?exposure=internet&unit=/qc/r01", { token: admin })
    ).json as { items: { name: string }[] };
    expect(filtered.items.map((a) => a.name)).toEqual(["web-r01"]);
  });

  it("gives ETags and answers 304 when nothing changed", async () => {
    const first = await server.request("GET", "/api/v1/units", { token: admin });
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    const again = await server.request("GET", "/api/v1/units", {
      token: admin,
      headers: { "if-none-match": etag ?? "" },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
  });

  it("gzips larger answers when the client accepts it", async () => {
    const response = await fetch(`${server.base}/api/v1/openapi.json`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(((await response.json()) as { openapi: string }).openapi).toBe("3.1.0");
  });

  it("searches components within scope", async () => {
    const r = await server.request("GET", "/api/v1/components?name=log4j-core", { token: admin });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ items: [], truncated: false });
    expect((await server.request("GET", "/api/v1/components", { token: admin })).status).toBe(400);
  });
});
