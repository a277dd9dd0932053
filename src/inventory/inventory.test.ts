import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect, it } from "vitest";
import { InputError, NotFoundError } from "../domain/errors.js";
import { listAssets } from "../store/assets-repository.js";
import { findComponentHits } from "../store/components-repository.js";
import type { Store } from "../store/store.js";
import { listUnits } from "../store/units-repository.js";
import { describeEachEngine, freshStore } from "../testing/engines.js";
import { importAssetsFile, importAssetsText } from "./import-assets.js";
import { importNetworkFile, importNetworkText } from "./import-network.js";
import { assetNameFromFile, importSbomBytes, importSbomFile, importSbomFiles } from "./import-sbom.js";
import { importUnitsFile, importUnitsText } from "./import-units.js";
import { resolveAsset } from "./resolve-asset.js";

const fixture = (name: string) => fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));

async function counts(store: Store) {
  const count = async (table: "units" | "assets" | "packages" | "occurrences" | "scans" | "segments") =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    units: await count("units"),
    assets: await count("assets"),
    packages: await count("packages"),
    occurrences: await count("occurrences"),
    scans: await count("scans"),
    segments: await count("segments"),
  };
}

describeEachEngine("inventory", (engine) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ store, cleanup } = await freshStore(engine));
  });
  afterEach(async () => cleanup());

  async function seed() {
    await importUnitsFile(store, fixture("units.csv"));
    await importAssetsFile(store, fixture("assets.csv"));
  }

  it("imports units with parents after children, and a re-import changes nothing", async () => {
    expect(await importUnitsFile(store, fixture("units.csv"))).toEqual({
      created: 7,
      updated: 0,
      unchanged: 0,
    });
    expect(await importUnitsFile(store, fixture("units.csv"))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 7,
    });
    const r06 = await listUnits(store.db, "/qc/r06");
    expect(r06.map((u) => u.path)).toEqual(["/qc/r06", "/qc/r06/h123", "/qc/r06/h123/radiology"]);
    expect(r06[1]?.name).toBe("Hôpital Notre-Dame");
  });

  it("imports units from JSON and updates a renamed unit", async () => {
    await importUnitsText(store, '[{"path":"/qc","name":"QC","kind":"national"}]', "u.json");
    expect(
      await importUnitsText(store, '[{"path":"/qc","name":"Québec","kind":"national"}]', "u.json"),
    ).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
  });

  it("refuses a unit whose parent exists nowhere, naming it, and writes nothing", async () => {
    const csv = "path,name,kind\n/qc,Q,national\n/qc/r01/h1,H,hospital\n";
    await expect(importUnitsText(store, csv, "u.csv")).rejects.toThrow(
      /"\/qc\/r01\/h1": its parent "\/qc\/r01"/,
    );
    expect((await counts(store)).units).toBe(0);
  });

  it("names the line and field of bad unit records", async () => {
    const csv = "path,name,kind\n/qc,Q,national\nqc/r01,R,region\n/qc,Q,national\n";
    const error = await importUnitsText(store, csv, "u.csv").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(String(error)).toContain('u.csv:3: field "path"');
    expect(String(error)).toContain('u.csv:4: unit "/qc" appears twice');
    await expect(importUnitsText(store, "path,name\n/qc,Q\n", "u.csv")).rejects.toThrow(
      /u\.csv:1: .*missing kind/,
    );
    await expect(importUnitsText(store, 'path,name,kind\n/qc,"Q,national\n', "u.csv")).rejects.toThrow(
      /u\.csv.*malformed CSV/,
    );
    await expect(importUnitsText(store, "[{", "u.json")).rejects.toThrow(/u\.json: not valid JSON/);
  });

  it("imports assets with every column, and a re-import changes nothing", async () => {
    await importUnitsFile(store, fixture("units.csv"));
    expect(await importAssetsFile(store, fixture("assets.csv"))).toEqual({
      created: 5,
      updated: 0,
      unchanged: 0,
    });
    expect(await importAssetsFile(store, fixture("assets.csv"))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 5,
    });
    const portal = await resolveAsset(store.db, "portal");
    expect(portal).toMatchObject({
      kind: "website",
      unit: "/qc/r06/h123",
      criticality: 5,
      exposure: "internet",
      hostnames: ["portal.h123.qc.ca"],
      ips: ["10.6.1.10"],
      urls: ["https://portal.h123.qc.ca/"],
      segment: "h123-dmz",
      antivirus: null,
      ownerContact: "secops@h123.qc.ca",
      tags: ["public", "vaccine"],
      os: { family: "linux", name: "Ubuntu 20.04" },
    });
    const pc = await resolveAsset(store.db, "/qc/r06/h123/pc-0001");
    expect(pc.os).toEqual({ family: "windows", name: "Windows XP", version: "", servicePack: "SP1" });
    expect(pc.antivirus).toBeUndefined();
    const pacs = await resolveAsset(store.db, "pacs");
    expect(pacs.antivirus).toEqual({ product: "Defender", signatureDate: "2021-12-09" });
  });

  it("finds an asset by #ID, whatever its name holds", async () => {
    await seed();
    await importAssetsText(
      store,
      "name,kind,unit\nx/web01,website,/qc/r03\nweb01,website,/qc/r03/c7\n",
      "s.csv",
    );
    const [slashed] = await listAssets(store.db, { scope: "/qc/r03" }).then((all) =>
      all.filter((a) => a.name === "x/web01"),
    );
    expect(slashed).toBeDefined();
    expect((await resolveAsset(store.db, `#${slashed!.id}`)).name).toBe("x/web01");
    await expect(resolveAsset(store.db, "#999999")).rejects.toThrow(/no asset with id 999999/);
  });

  it("asks which asset when a name repeats across units", async () => {
    await seed();
    await expect(resolveAsset(store.db, "pc-0001")).rejects.toThrow(
      /used in 2 units.*\/qc\/r03\/c7\/pc-0001/,
    );
    await expect(resolveAsset(store.db, "nope")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("scopes asset lists by unit subtree, with no confusion from _ or sibling prefixes", async () => {
    await seed();
    const names = async (scope: string) =>
      (await listAssets(store.db, { scope })).map((a) => `${a.unit}/${a.name}`);
    expect(await names("/qc/r06")).toEqual([
      "/qc/r06/h123/pc-0001",
      "/qc/r06/h123/portal",
      "/qc/r06/h123/radiology/pacs",
    ]);
    expect(await names("/qc/r06_x")).toEqual(["/qc/r06_x/lab"]);
    expect(await names("/qc")).toHaveLength(5);
    expect(await listAssets(store.db, { kind: "workstation" })).toHaveLength(2);
  });

  it("refuses bad asset files whole, naming line and field", async () => {
    await importUnitsFile(store, fixture("units.csv"));
    const csv = [
      "name,kind,unit,criticality,exposure,ip,colour",
      "a,server,/qc/r06,9,internet,10.0.0.1,red",
    ].join("\n");
    await expect(importAssetsText(store, csv, "a.csv")).rejects.toThrow(/a\.csv:2: .*colour/);
    const bad = [
      "name,kind,unit,criticality,exposure,ip",
      "a,server,/qc/r06,9,internet,10.0.0.1",
      "b,toaster,/qc/r06,1,internal,",
      "c,server,/qc/r06,1,internal,999.1.1.1",
      "d,server,/qc/r99,1,internal,",
      "d,server,/qc/r99,1,internal,",
    ].join("\n");
    const error = String(await importAssetsText(store, bad, "a.csv").catch((e: unknown) => e));
    expect(error).toContain('a.csv:2: field "criticality"');
    expect(error).toContain('a.csv:3: field "kind": expected one of workstation');
    expect(error).toContain('a.csv:4: field "ip"');
    expect(error).toContain('a.csv:6: asset "d" in unit "/qc/r99" already appears at a.csv:5');
    const unknownUnit = "name,kind,unit\nd,server,/qc/r99\n";
    await expect(importAssetsText(store, unknownUnit, "a.csv")).rejects.toThrow(
      /a\.csv:2: column "unit": no unit "\/qc\/r99" \(known: \/qc\/r03/,
    );
    expect((await counts(store)).assets).toBe(0);
  });

  it("imports the network and resolves dependencies to assets", async () => {
    await seed();
    const first = await importNetworkFile(store, fixture("network.json"));
    expect(first).toEqual({ segments: 3, links: 2, flows: 2, dependencies: 1 });
    expect(await importNetworkFile(store, fixture("network.json"))).toEqual({
      segments: 0,
      links: 0,
      flows: 0,
      dependencies: 0,
    });
    const bad = JSON.stringify({
      segments: [{ name: "x", unit: "/qc/r99", cidrs: ["10.0.0.0/33"] }],
      links: [{ from: "x", to: "nowhere", kbps: 128 }],
    });
    await expect(importNetworkText(store, bad, "n.json")).rejects.toThrow(
      /field "segments\.0\.cidrs\.0": expected a CIDR/,
    );
    const badRefs = JSON.stringify({
      links: [{ from: "h123-lan", to: "nowhere", kbps: 128 }],
      dependencies: [{ from: "portal", to: "ghost", label: "lab" }],
    });
    const error = String(await importNetworkText(store, badRefs, "n.json").catch((e: unknown) => e));
    expect(error).toContain('links[0].to: no segment "nowhere"');
    expect(error).toContain('dependencies[0].to: no asset "ghost"');
  });

  it("imports an SBOM, finds its components with nested locations, and replaces them atomically", async () => {
    await seed();
    const first = await importSbomFile(store, { asset: "portal", file: fixture("sbom-v1.cdx.json") });
    expect(first).toMatchObject({
      format: "cyclonedx",
      specVersion: "1.5",
      components: 3,
      occurrences: 4,
      unchanged: false,
    });
    await importSbomFile(store, { asset: "pacs", file: fixture("sbom.spdx.json") });
    const hits = await findComponentHits(store.db, { name: "log4j-core" });
    expect(hits.map((h) => [h.asset, h.unit, h.version, h.location])).toEqual([
      ["portal", "/qc/r06/h123", "2.14.1", "/opt/portal.ear!/web.war!/WEB-INF/lib/log4j-core-2.14.1.jar"],
      ["portal", "/qc/r06/h123", "2.14.1", "/opt/tools/log4j-core-2.14.1.jar"],
      ["pacs", "/qc/r06/h123/radiology", "2.12.1", ""],
    ]);
    expect(
      await findComponentHits(store.db, { name: "log4j-core", scope: "/qc/r06/h123/radiology" }),
    ).toHaveLength(1);

    const again = await importSbomFile(store, { asset: "portal", file: fixture("sbom-v1.cdx.json") });
    expect(again.unchanged).toBe(true);
    const before = await counts(store);
    await importSbomFile(store, { asset: "portal", file: fixture("sbom-v2.cdx.json") });
    const versions = (
      await findComponentHits(store.db, { name: "log4j-core", scope: "/qc/r06/h123/portal" })
    ).map((h) => h.version);
    const portalHits = (await findComponentHits(store.db, { name: "log4j-core" })).filter(
      (h) => h.asset === "portal",
    );
    expect(versions).toEqual([]);
    expect(new Set(portalHits.map((h) => h.version))).toEqual(new Set(["2.17.1"]));
    const after = await counts(store);
    expect(after.occurrences).toBe(before.occurrences);
    expect(after.scans).toBe(before.scans + 1);
    expect(after.packages).toBe(before.packages + 2);
  });

  it("writes nothing from a truncated, foreign or oversized SBOM, and keeps what was stored", async () => {
    await seed();
    await importSbomFile(store, { asset: "portal", file: fixture("sbom-v1.cdx.json") });
    const before = await counts(store);
    await expect(
      importSbomFile(store, { asset: "portal", file: fixture("truncated.cdx.json") }),
    ).rejects.toThrow(/truncated\.cdx\.json/);
    await expect(importSbomFile(store, { asset: "portal", file: fixture("neither.json") })).rejects.toThrow(
      /neither CycloneDX/,
    );
    await expect(
      importSbomFile(store, { asset: "portal", file: fixture("sbom-v2.cdx.json"), maxBytes: 100 }),
    ).rejects.toThrow(/larger than the limit/);
    await expect(
      importSbomFile(store, { asset: "ghost", file: fixture("sbom-v2.cdx.json") }),
    ).rejects.toThrow(/no asset "ghost"/);
    expect(await counts(store)).toEqual(before);
  });

  it("imports many SBOM files, each all-or-nothing, a bad one reported by name", async () => {
    await seed();
    const files = [fixture("sbom-v1.cdx.json"), fixture("truncated.cdx.json"), fixture("sbom.spdx.json")];
    const assets = ["portal", "pacs", "pacs"];
    const results = await importSbomFiles(store, files, { assetFor: (f) => assets[files.indexOf(f)]! });
    expect(results.map((r) => r.outcome.ok)).toEqual([true, false, true]);
    const failure = results[1]!.outcome;
    expect(!failure.ok && String(failure.error)).toContain("truncated.cdx.json");
    expect(await counts(store)).toMatchObject({ scans: 2, occurrences: 5 });
    expect(assetNameFromFile("/x/web01.cdx.json")).toBe("web01");
  });

  it("keeps every component of the published real-world SBOMs", async () => {
    await seed();
    const dir = new URL("../sbom/testdata/realworld/", import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const bytes = readFileSync(new URL(file, dir));
      const result = await importSbomBytes(store, { asset: "lab", file, bytes, source: file });
      expect(result.components).toBeGreaterThan(0);
      const stored = await store.db
        .selectFrom("occurrences")
        .select((eb) => eb.fn.count("package_id").distinct().as("n"))
        .where("source", "=", file)
        .executeTakeFirstOrThrow();
      expect(Number(stored.n)).toBe(result.components);
    }
  });
});
