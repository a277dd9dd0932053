import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { importSbomBytes } from "../inventory/import-sbom.js";
import { openStore } from "../store/store.js";
import { describeEachEngine } from "../testing/engines.js";
import { startTestServer, type TestServer } from "./test-support.js";

const SBOM_V1 = readFileSync(new URL("../inventory/testdata/sbom-v1.cdx.json", import.meta.url));
const SBOM_V2 = readFileSync(new URL("../inventory/testdata/sbom-v2.cdx.json", import.meta.url));
const EXPOSURE = "/api/v1/exposure?advisory=CVE-2021-44228";

describeEachEngine("response cache", (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine);
    await importSbomBytes(server.store, { asset: "/qc/r01/h1/web-r01", file: "a.json", bytes: SBOM_V1 });
    await importSbomBytes(server.store, { asset: "/qc/r02/h2/web-r02", file: "b.json", bytes: SBOM_V1 });
  });
  afterAll(async () => server.close());

  const assets = (r: { json: unknown }) => [
    ...new Set((r.json as { affected: { asset: string }[] }).affected.map((e) => e.asset).sort()),
  ];

  it("serves a repeated read from memory, byte for byte, with its ETag and a 304 for the holder", async () => {
    const token = await server.token("viewer", "/");
    const first = await server.request("GET", EXPOSURE, { token });
    const second = await server.request("GET", EXPOSURE, { token });
    expect(second.text).toBe(first.text);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    const held = await server.request("GET", EXPOSURE, {
      token,
      headers: { "if-none-match": first.headers.get("etag") ?? "" },
    });
    expect(held.status).toBe(304);
  });

  it("never shares an answer between callers of different scopes", async () => {
    const national = await server.token("viewer", "/");
    const regional = await server.token("viewer", "/qc/r01");
    expect(assets(await server.request("GET", EXPOSURE, { token: national }))).toEqual([
      "web-r01",
      "web-r02",
    ]);
    expect(assets(await server.request("GET", EXPOSURE, { token: regional }))).toEqual(["web-r01"]);
    expect(assets(await server.request("GET", EXPOSURE, { token: national }))).toEqual([
      "web-r01",
      "web-r02",
    ]);
  });

  it("answers anew after a write through the API", async () => {
    const token = await server.token("admin", "/");
    const before = await server.request("GET", "/api/v1/assets?unit=/qc/r01", { token });
    const id = await server.assetId("web-r01");
    const patched = await server.request("PATCH", `/api/v1/assets/${id}`, {
      token,
      body: { tags: ["cached-test"] },
    });
    expect(patched.status, patched.text).toBe(200);
    const after = await server.request("GET", "/api/v1/assets?unit=/qc/r01", { token });
    expect(before.text).not.toContain("cached-test");
    expect(after.text).toContain("cached-test");
  });

  it.runIf(engine === "sqlite")("answers anew after another process writes (a CLI import)", async () => {
    const token = await server.token("viewer", "/");
    expect(assets(await server.request("GET", EXPOSURE, { token }))).toContain("web-r02");
    const other = await openStore({ kind: "sqlite", path: server.store.location });
    try {
      await importSbomBytes(other, { asset: "/qc/r02/h2/web-r02", file: "b.json", bytes: SBOM_V2 });
    } finally {
      await other.close();
    }
    expect(assets(await server.request("GET", EXPOSURE, { token }))).toEqual(["web-r01"]);
  });
});
