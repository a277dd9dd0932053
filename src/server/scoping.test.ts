/**
 * Generated from the route table: every route with path parameters is called for one
 * object inside the caller's scope (2xx) and one outside it (404), and every list is
 * checked for rows from outside; every non-public route refuses anonymous callers (401).
 * A new route without a seeder for its resource kind fails here, so no route forgets.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { addUser, CLI_ACTOR, createToken } from "../access/index.js";
import { importSbomBytes } from "../inventory/import-sbom.js";
import { describeEachEngine } from "../testing/engines.js";
import { defaultPolicy, startCampaign } from "../response/index.js";
import { ensureBundledAdvisories } from "../exposure/store-advisories.js";
import type { Route } from "./route.js";
import { apiRoutes } from "./routes/index.js";
import { cycloneDx, startTestServer, type TestServer } from "./test-support.js";

const SBOM = readFileSync(new URL("../inventory/testdata/sbom-v1.cdx.json", import.meta.url));
const INSIDE = { unit: "/qc/r01/h1", asset: "web-r01" };
const OUTSIDE = [
  { unit: "/qc/r02/h2", asset: "web-r02" },
  // Shares the caller's scope as a string prefix: a LIKE-style check would leak it.
  { unit: "/qc/r01_x", asset: "web-r01x" },
];
const OUTSIDE_MARKS = ["/qc/r02", "/qc/r01_x", "web-r02", "web-r01x", "user-out", "token-out"];

type Params = Record<string, string | number>;
type Seeder = (server: TestServer, place: { unit: string; asset: string }, n: number) => Promise<Params>;

/** How to make one object of each resource kind in a given place; every kind a route names must be here. */
const SEEDERS: Record<string, Seeder> = {
  unit: async (_s, place) => ({ path: place.unit }),
  asset: async (s, place) => ({ id: await s.assetId(place.asset) }),
  scan: async (s, place) => {
    const id = await s.assetId(place.asset);
    const r = await importSbomBytes(s.store, {
      asset: `${place.unit}/${place.asset}`,
      file: "x.json",
      bytes: SBOM,
    });
    return { id, scanId: r.scanId };
  },
  "scan-job": async (s, place, n) => {
    const id = await s.assetId(place.asset);
    const root = await s.token("admin", "/");
    const r = await s.request("POST", `/api/v1/assets/${id}/scans`, {
      token: root,
      raw: cycloneDx(`job${n}`),
      headers: { "content-type": "application/vnd.cyclonedx+json" },
    });
    return { id, jobId: (r.json as { id: number }).id };
  },
  user: async (s, place, n) => {
    const name = place.unit === INSIDE.unit ? `user-in-${n}` : `user-out-${n}`;
    await addUser(s.store, { name, role: "viewer", scope: place.unit }, CLI_ACTOR);
    return { name };
  },
  campaign: async (s, place) => {
    await ensureBundledAdvisories(s.store);
    const started = await startCampaign(s.store, {
      advisories: ["CVE-2021-44228"],
      policy: defaultPolicy(),
      actor: "test",
      scope: place.unit,
    });
    return { id: started.campaignId ?? 0 };
  },
  token: async (s, place, n) => {
    const name = place.unit === INSIDE.unit ? `token-in-${n}` : `token-out-${n}`;
    const created = await createToken(s.store, { name, role: "agent", scope: place.unit }, CLI_ACTOR);
    return { id: created.view.id };
  },
};

function urlOf(route: Route, params: Params): string {
  let url = route.url.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(String(params[name])));
  if (route.example?.query) url += `?${new URLSearchParams(route.example.query)}`;
  return url;
}

function bodyOf(route: Route, n: number) {
  if (route.rawBody) return { raw: cycloneDx(`scoped${n}`), headers: { "content-type": "application/json" } };
  return route.example?.body === undefined ? {} : { body: route.example.body };
}

const withParams = apiRoutes.filter((r) => r.url.includes(":") && r.access !== "public");
const lists = apiRoutes.filter((r) => !r.url.includes(":") && r.method === "GET" && r.access !== "public");

describeEachEngine("scoping, generated from the route table", (engine) => {
  let server: TestServer;
  let caller: string;
  let n = 0;
  beforeAll(async () => {
    server = await startTestServer(engine);
    // An admin of region 01 holds every permission, so only scope can refuse it.
    caller = await server.token("admin", "/qc/r01");
    for (const place of [INSIDE, ...OUTSIDE]) {
      n++;
      await importSbomBytes(server.store, {
        asset: `${place.unit}/${place.asset}`,
        file: "s.json",
        bytes: SBOM,
      });
      await SEEDERS.user?.(server, place, n);
      await SEEDERS.token?.(server, place, n);
      await SEEDERS.campaign?.(server, place, n);
      const root = await server.token("admin", "/");
      await server.request("PATCH", `/api/v1/assets/${await server.assetId(place.asset)}`, {
        token: root,
        body: { tags: ["audited"] },
      });
    }
  });
  afterAll(async () => server?.close());

  it("has a seeder for every resource kind a route names", () => {
    for (const route of withParams) {
      expect(route.resource, `${route.method} ${route.url} must say what its parameters name`).toBeDefined();
      expect(SEEDERS[route.resource ?? ""], `no seeder for resource "${route.resource}"`).toBeDefined();
    }
  });

  for (const route of withParams) {
    it(`${route.method} ${route.url}: 404 outside the caller's scope, 2xx inside`, async () => {
      const seed = SEEDERS[route.resource ?? ""];
      if (!seed) throw new Error(`no seeder for ${route.resource}`);
      for (const place of OUTSIDE) {
        const params = await seed(server, place, ++n);
        const r = await server.request(route.method, urlOf(route, params), {
          token: caller,
          ...bodyOf(route, ++n),
        });
        expect(r.status, `${place.unit}: ${r.text}`).toBe(404);
        expect(r.text).not.toContain(place.unit);
      }
      const params = await seed(server, INSIDE, ++n);
      const r = await server.request(route.method, urlOf(route, params), {
        token: caller,
        ...bodyOf(route, ++n),
      });
      expect(r.status, r.text).toBeGreaterThanOrEqual(200);
      expect(r.status, r.text).toBeLessThan(300);
      if (!route.produces) expect(route.schemas.response.safeParse(r.json).success, r.text).toBe(true);
    });
  }

  for (const route of lists) {
    it(`${route.method} ${route.url}: nothing from outside the caller's scope`, async () => {
      const r = await server.request(route.method, urlOf(route, {}), { token: caller });
      expect(r.status, r.text).toBe(200);
      expect(route.schemas.response.safeParse(r.json).success, r.text).toBe(true);
      for (const mark of OUTSIDE_MARKS) expect(r.text, `${route.url} leaks ${mark}`).not.toContain(mark);
    });
  }

  it("lists hold what lies inside (so the leak checks above are not vacuous)", async () => {
    const root = await server.token("admin", "/");
    for (const route of lists) {
      const r = await server.request(route.method, urlOf(route, {}), { token: root });
      if (!(r.json instanceof Object && "items" in r.json)) continue;
      expect(
        OUTSIDE_MARKS.some((mark) => r.text.includes(mark)),
        route.url,
      ).toBe(true);
    }
  });

  for (const route of apiRoutes.filter((r) => r.access !== "public")) {
    it(`${route.method} ${route.url}: 401 without credentials or with a bad token`, async () => {
      const url = route.url.replace(/:(\w+)/g, (_m, name: string) => (name === "path" ? "%2Fqc" : "1"));
      for (const token of [undefined, "ndl_not-a-real-token", "garbage"]) {
        const r = await server.request(route.method, url, { ...(token && { token }), ...bodyOf(route, 0) });
        expect(r.status, `${token}: ${r.text}`).toBe(401);
      }
    });
  }
});
