import { afterEach, beforeEach, expect, it } from "vitest";
import { loadBundledAdvisories } from "../advisories/bundle/load-bundle.js";
import type { Advisory } from "../domain/advisory.js";
import type { Component } from "../domain/component.js";
import { importAssetsText } from "../inventory/import-assets.js";
import { importComponents } from "../inventory/import-components.js";
import { importUnitsText } from "../inventory/import-units.js";
import type { Store } from "../store/store.js";
import { describeEachEngine, freshStore } from "../testing/engines.js";
import { auditComponents } from "./audit.js";
import { recordDecision } from "./decisions.js";
import { exposureOf } from "./exposure.js";
import { listFindings } from "./findings.js";
import { ensureBundledAdvisories, storeAdvisories } from "./store-advisories.js";

const LOG4J_TRUTH: Record<string, string[]> = {
  "2.0-beta9": ["CVE-2021-44228", "CVE-2021-44832", "CVE-2021-45046", "CVE-2021-45105"],
  "2.3.1": ["CVE-2021-44832"],
  "2.3.2": [],
  "2.12.1": ["CVE-2021-44228", "CVE-2021-44832", "CVE-2021-45046", "CVE-2021-45105"],
  "2.12.2": ["CVE-2021-44832", "CVE-2021-45105"],
  "2.12.3": ["CVE-2021-44832"],
  "2.12.4": [],
  "2.14.1": ["CVE-2021-44228", "CVE-2021-44832", "CVE-2021-45046", "CVE-2021-45105"],
  "2.15.0": ["CVE-2021-44832", "CVE-2021-45046", "CVE-2021-45105"],
  "2.16.0": ["CVE-2021-44832", "CVE-2021-45105"],
  "2.17.0": ["CVE-2021-44832"],
  "2.17.1": [],
  "2.17.2": [],
};
const FAMILY = ["CVE-2021-44228", "CVE-2021-45046", "CVE-2021-45105", "CVE-2021-44832"];

function log4j(
  version: string,
  location = `/opt/app.ear!/web.war!/WEB-INF/lib/log4j-core-${version}.jar`,
): Component {
  return {
    purl: `pkg:maven/org.apache.logging.log4j/log4j-core@${version}`,
    type: "maven",
    namespace: "org.apache.logging.log4j",
    name: "log4j-core",
    version,
    qualifiers: "",
    locations: [location],
  };
}

describeEachEngine("exposure", (engine) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ store, cleanup } = await freshStore(engine));
    await importUnitsText(
      store,
      "path,name,kind\n/qc,Q,national\n/qc/r06,R6,region\n/qc/r06/h1,H1,hospital\n/qc/r03,R3,region\n",
      "u.csv",
    );
    const rows = ["name,kind,unit,exposure,criticality,os"];
    for (const v of Object.keys(LOG4J_TRUTH)) rows.push(`app-${v},server,/qc/r06/h1,internet,4,Ubuntu 20.04`);
    rows.push(
      "never-scanned,website,/qc/r03,internet,5,",
      "pc-sp1,workstation,/qc/r06/h1,internal,2,Windows XP SP1",
    );
    rows.push(
      "pc-sp2,workstation,/qc/r06/h1,internal,2,Windows XP SP2",
      "pc-nt4,workstation,/qc/r03,internal,2,Windows NT 4",
    );
    await importAssetsText(store, rows.join("\n"), "a.csv");
  });
  afterEach(async () => cleanup());

  async function scanAll() {
    for (const v of Object.keys(LOG4J_TRUTH)) {
      await importComponents(store, {
        asset: `app-${v}`,
        source: "scan",
        format: "cyclonedx",
        specVersion: "1.6",
        components: [log4j(v)],
      });
    }
  }

  async function affectedVersions(id: string): Promise<string[]> {
    const report = await exposureOf(store, id);
    return report.affected.map((e) => e.version).sort();
  }

  async function expectTruth() {
    for (const id of FAMILY) {
      const expected = Object.entries(LOG4J_TRUTH)
        .filter(([, ids]) => ids.includes(id))
        .map(([v]) => v)
        .sort();
      expect({ id, versions: await affectedVersions(id) }).toEqual({ id, versions: expected });
    }
  }

  it("answers the Log4Shell family right to the last version, advisories arriving after the SBOMs", async () => {
    await scanAll();
    await ensureBundledAdvisories(store);
    await expectTruth();
  });

  it("answers the same when SBOMs arrive after the advisories (incremental both ways)", async () => {
    await ensureBundledAdvisories(store);
    await scanAll();
    await expectTruth();
    const report = await exposureOf(store, "GHSA-jfh8-c2jp-5v3q");
    expect(report.advisory.id).toBe("CVE-2021-44228");
    const entry = report.affected.find((e) => e.version === "2.12.1")!;
    expect(entry).toMatchObject({
      unit: "/qc/r06/h1",
      exposure: "internet",
      location: "/opt/app.ear!/web.war!/WEB-INF/lib/log4j-core-2.12.1.jar",
    });
    expect(entry.fixed).toContain("2.12.2");
    expect(report.totals).toMatchObject({ assets: 3, internetFacing: 3, unknown: 1 });
    expect(report.unknown.map((u) => u.asset)).toEqual(["never-scanned"]);
    expect(report.countsByRegion).toEqual([{ unit: "/qc/r06", assets: 3, internetFacing: 3 }]);
    expect((await exposureOf(store, "CVE-2021-44228", { scope: "/qc/r03" })).affected).toEqual([]);
  });

  it("replaces matches when a fresh scan shows the fixed version", async () => {
    await ensureBundledAdvisories(store);
    await scanAll();
    await importComponents(store, {
      asset: "app-2.14.1",
      source: "scan",
      format: "cyclonedx",
      specVersion: "1.6",
      components: [log4j("2.17.1")],
    });
    expect(await affectedVersions("CVE-2021-44228")).toEqual(["2.0-beta9", "2.12.1"]);
  });

  it("matches OS-level advisories through CPE: XP SP1 affected by the Welchia flaw, SP2 not", async () => {
    await ensureBundledAdvisories(store);
    const report = await exposureOf(store, "CVE-2003-0352");
    expect(report.affected.map((e) => e.asset).sort()).toEqual(["pc-nt4", "pc-sp1"]);
    await importAssetsText(
      store,
      "name,kind,unit,os\npc-sp1,workstation,/qc/r06/h1,Windows XP SP2\n",
      "b.csv",
    );
    expect((await exposureOf(store, "CVE-2003-0352")).affected.map((e) => e.asset)).toEqual(["pc-nt4"]);
  });

  it("keeps analysts' and VEX decisions with who and why, and clears the rows they cover", async () => {
    await ensureBundledAdvisories(store);
    await scanAll();
    await recordDecision(store, {
      advisory: "CVE-2021-44228",
      asset: "app-2.14.1",
      status: "not_affected",
      reason: "JndiLookup removed",
      actor: "alice",
    });
    const report = await exposureOf(store, "CVE-2021-44228");
    expect(report.affected.map((e) => e.asset)).not.toContain("app-2.14.1");
    expect(report.notAffected).toEqual([
      expect.objectContaining({
        asset: "app-2.14.1",
        by: "alice",
        reason: "JndiLookup removed",
        status: "not_affected",
      }),
    ]);
    const [base] = loadBundledAdvisories().filter((a) => a.id === "CVE-2021-45105");
    const vex: Advisory = {
      ...base!,
      sources: ["vex:test"],
      affected: [],
      vex: [
        {
          product: "pkg:maven/org.apache.logging.log4j/log4j-core@2.16.0",
          status: "not_affected",
          justification: "vulnerable_code_not_in_execute_path",
        },
      ],
    };
    await storeAdvisories(store, [vex]);
    const after = await exposureOf(store, "CVE-2021-45105");
    expect(after.affected.map((e) => e.version)).not.toContain("2.16.0");
    expect(after.notAffected.map((e) => e.version)).toEqual(["2.16.0"]);
    await expect(
      recordDecision(store, {
        advisory: "CVE-0000-0001",
        asset: "x",
        status: "not_affected",
        reason: "r",
        actor: "a",
      }),
    ).rejects.toThrow(/no advisory/);
    await expect(
      recordDecision(store, {
        advisory: "CVE-2021-44228",
        asset: "app-2.3.2",
        status: "maybe",
        reason: "r",
        actor: "a",
      }),
    ).rejects.toThrow(/not one of/);
  });

  it("re-importing the same advisories changes nothing; a corrected record replaces its earlier self", async () => {
    const bundle = loadBundledAdvisories();
    await storeAdvisories(store, bundle);
    const again = await storeAdvisories(store, bundle);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: bundle.length });
    await scanAll();
    const original = bundle.find((a) => a.id === "CVE-2021-44228")!;
    const corrected: Advisory = {
      ...original,
      affected: original.affected.map((p) => ({
        ...p,
        ranges: [{ type: "ECOSYSTEM", events: [{ introduced: "2.14.0" }, { fixed: "2.15.0" }] }],
      })),
    };
    await storeAdvisories(store, [corrected]);
    expect(await affectedVersions("CVE-2021-44228")).toEqual(["2.14.1"]);
  });

  it("matches a new package listed twice (two copies of one jar), and sees a changed property as a new scan", async () => {
    await ensureBundledAdvisories(store);
    const copy = (location: string, properties?: Record<string, string>) => ({
      ...log4j("2.14.0", location),
      ...(properties && { properties }),
    });
    const first = await importComponents(store, {
      asset: "app-2.3.2",
      source: "scan",
      format: "cyclonedx",
      specVersion: "1.6",
      components: [copy("/a/log4j-core-2.14.0.jar"), copy("/b/log4j-core-2.14.0.jar")],
    });
    expect(first.unchanged).toBe(false);
    expect((await affectedVersions("CVE-2021-44228")).filter((v) => v === "2.14.0")).toHaveLength(2);
    const mitigated = await importComponents(store, {
      asset: "app-2.3.2",
      source: "scan",
      format: "cyclonedx",
      specVersion: "1.6",
      components: [
        copy("/a/log4j-core-2.14.0.jar", { "needle:log4j:jndilookup-removed": "true" }),
        copy("/b/log4j-core-2.14.0.jar"),
      ],
    });
    expect(mitigated.unchanged).toBe(false);
  });

  it("keeps an analyst's decision when an alias merge gives the advisory a new id", async () => {
    await scanAll();
    const ghsa: Advisory = {
      id: "GHSA-test-aaaa-0001",
      aliases: [],
      severity: { level: "high" },
      affected: [
        {
          ecosystem: "Maven",
          name: "org.apache.logging.log4j:log4j-core",
          ranges: [{ type: "ECOSYSTEM", events: [{ introduced: "2.14.0" }, { fixed: "2.15.0" }] }],
          versions: [],
        },
      ],
      cpeMatches: [],
      vex: [],
      references: [],
      sources: ["osv:test"],
    };
    await storeAdvisories(store, [ghsa]);
    await recordDecision(store, {
      advisory: "GHSA-test-aaaa-0001",
      asset: "app-2.14.1",
      status: "not_affected",
      reason: "mitigated",
      actor: "bob",
    });
    await storeAdvisories(store, [
      { ...ghsa, id: "CVE-2099-7777", aliases: ["GHSA-test-aaaa-0001"], sources: ["nvd:test"] },
    ]);
    const report = await exposureOf(store, "GHSA-test-aaaa-0001");
    expect(report.advisory.id).toBe("CVE-2099-7777");
    expect(report.affected).toEqual([]);
    expect(report.notAffected.map((e) => e.by)).toEqual(["bob"]);
  });

  it("lists findings by severity and KEV, and audits components without storing them", async () => {
    await ensureBundledAdvisories(store);
    await scanAll();
    const kev = await listFindings(store, { kevOnly: true, minScore: 9 });
    expect(new Set(kev.map((f) => f.advisory))).toContain("CVE-2021-44228");
    expect(kev.every((f) => (f.score ?? 0) >= 9)).toBe(true);
    const audit = await auditComponents(store, [log4j("2.15.0"), log4j("2.12.4")]);
    expect(audit.map((f) => `${f.version} ${f.advisory}`).sort()).toEqual(
      ["2.15.0 CVE-2021-44832", "2.15.0 CVE-2021-45046", "2.15.0 CVE-2021-45105"].sort(),
    );
  });
});
