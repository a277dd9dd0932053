import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { importSbomBytes } from "../inventory/import-sbom.js";
import { describeEachEngine } from "../testing/engines.js";
import { startTestServer, type TestServer } from "./test-support.js";

const SBOM = readFileSync(new URL("../inventory/testdata/sbom-v1.cdx.json", import.meta.url));
const PLACES = [
  { unit: "/qc/r01/h1", asset: "web-r01" },
  { unit: "/qc/r02/h2", asset: "web-r02" },
];

describeEachEngine("advisory routes", (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine);
    for (const place of PLACES) {
      await importSbomBytes(server.store, {
        asset: `${place.unit}/${place.asset}`,
        file: "s.json",
        bytes: SBOM,
      });
    }
  });
  afterAll(async () => server.close());

  it("answers who Log4Shell affects, by any alias, within the caller's region only", async () => {
    const national = await server.token("viewer", "/");
    const all = await server.request("GET", "/api/v1/exposure?advisory=GHSA-jfh8-c2jp-5v3q", {
      token: national,
    });
    expect(all.status, all.text).toBe(200);
    const report = all.json as { advisory: { id: string }; affected: { asset: string; location: string }[] };
    expect(report.advisory.id).toBe("CVE-2021-44228");
    expect(new Set(report.affected.map((e) => e.asset))).toEqual(new Set(["web-r01", "web-r02"]));
    const regional = await server.token("analyst", "/qc/r01");
    const mine = await server.request("GET", "/api/v1/exposure?advisory=CVE-2021-44228", { token: regional });
    const rows = (mine.json as { affected: { asset: string; location: string }[] }).affected;
    expect(rows.map((e) => e.asset)).toEqual(["web-r01", "web-r01"]);
    expect(rows.map((e) => e.location)).toContain(
      "/opt/portal.ear!/web.war!/WEB-INF/lib/log4j-core-2.14.1.jar",
    );
    expect(mine.text).not.toContain("web-r02");
    const elsewhere = await server.request("GET", "/api/v1/exposure?advisory=CVE-2021-44228&unit=/qc/r02", {
      token: regional,
    });
    expect((elsewhere.json as { affected: unknown[] }).affected).toEqual([]);
  });

  it("pages the affected rows with a cursor, every count over all of them", async () => {
    const national = await server.token("viewer", "/");
    const url = "/api/v1/exposure?advisory=CVE-2021-44228&limit=1";
    type Page = {
      affected: { location: string }[];
      totals: { occurrences: number };
      page: { nextCursor: string | null };
    };
    const seen: string[] = [];
    let next: string | null = url;
    let total = 0;
    while (next) {
      const r = await server.request("GET", next, { token: national });
      expect(r.status, r.text).toBe(200);
      const page = r.json as Page;
      expect(page.affected.length).toBeLessThanOrEqual(1);
      seen.push(...page.affected.map((e) => e.location));
      total = page.totals.occurrences;
      next = page.page.nextCursor ? `${url}&cursor=${encodeURIComponent(page.page.nextCursor)}` : null;
    }
    expect(seen).toHaveLength(total);
    expect(total).toBeGreaterThan(1);
    const bad = await server.request("GET", `${url}&cursor=nonsense`, { token: national });
    expect(bad.status).toBe(400);
  });

  it("lists advisories with counts in scope, findings in scope, and refuses an unknown advisory with 404", async () => {
    const regional = await server.token("viewer", "/qc/r01");
    const list = await server.request("GET", "/api/v1/advisories?q=CVE-2021-44228", { token: regional });
    expect((list.json as { advisories: { id: string; affectedAssets: number }[] }).advisories).toEqual([
      expect.objectContaining({ id: "CVE-2021-44228", affectedAssets: 1 }),
    ]);
    const findings = await server.request("GET", "/api/v1/findings?minScore=9", { token: regional });
    const items = (findings.json as { items: { unit: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((f) => f.unit.startsWith("/qc/r01"))).toBe(true);
    const missing = await server.request("GET", "/api/v1/exposure?advisory=CVE-1999-9999", {
      token: regional,
    });
    expect(missing.status).toBe(404);
  });

  it("records decisions only on assets in scope (404 outside), and audits them", async () => {
    const regional = await server.token("analyst", "/qc/r01");
    const inside = await server.assetId("web-r01");
    const outside = await server.assetId("web-r02");
    const body = { advisory: "CVE-2021-44228", status: "not_affected", reason: "JndiLookup removed" };
    const denied = await server.request("POST", "/api/v1/decisions", {
      token: regional,
      body: { ...body, assetId: outside },
    });
    expect(denied.status).toBe(404);
    const ok = await server.request("POST", "/api/v1/decisions", {
      token: regional,
      body: { ...body, assetId: inside },
    });
    expect(ok.status, ok.text).toBe(201);
    const after = await server.request("GET", "/api/v1/exposure?advisory=CVE-2021-44228", {
      token: regional,
    });
    expect((after.json as { affected: unknown[]; notAffected: { by: string }[] }).affected).toEqual([]);
    const audit = await server.request("GET", "/api/v1/audit", { token: regional });
    expect(audit.text).toContain("decision.record");
  });

  it("imports a feed document uploaded by an admin, and refuses what is no feed", async () => {
    const admin = await server.token("admin", "/");
    const osv = {
      id: "GHSA-test-0000-0001",
      aliases: ["CVE-2099-1234"],
      modified: "2026-01-01T00:00:00Z",
      summary: "test advisory for lodash",
      affected: [
        {
          package: { ecosystem: "npm", name: "lodash" },
          ranges: [{ type: "SEMVER", events: [{ introduced: "0" }, { fixed: "4.17.21" }] }],
        },
      ],
    };
    const r = await server.request("POST", "/api/v1/advisories", { token: admin, body: osv });
    expect(r.status, r.text).toBe(200);
    const exposure = await server.request("GET", "/api/v1/exposure?advisory=CVE-2099-1234", { token: admin });
    expect((exposure.json as { affected: { purl: string }[] }).affected.map((e) => e.purl)).toContain(
      "pkg:npm/lodash@4.17.20",
    );
    const bad = await server.request("POST", "/api/v1/advisories", {
      token: admin,
      body: { hello: "world" },
    });
    expect(bad.status).toBe(400);
    const viewer = await server.token("viewer", "/");
    expect((await server.request("POST", "/api/v1/advisories", { token: viewer, body: osv })).status).toBe(
      404,
    );
  });
});
