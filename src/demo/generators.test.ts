import { describe, expect, it } from "vitest";
import { generateAssets } from "./assets.js";
import { contentsOf } from "./contents/index.js";
import { generateOrganisation } from "./organisation.js";
import { apportion, createRandom } from "./random.js";

describe("demo generators", () => {
  it("draw the same numbers from the same seed and labels, others from others", () => {
    const a = createRandom(1, "x");
    const b = createRandom(1, "x");
    const c = createRandom(2, "x");
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("apportion splits a total exactly", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(3992, [3, 5, 7, 11]).reduce((s, x) => s + x, 0)).toBe(3992);
  });

  it("give a different province for a different seed, the same for the same", () => {
    const describe = (seed: number) => {
      const org = generateOrganisation(seed, 0.01);
      const plans = generateAssets(seed, 0.01, org);
      const scanned = plans.find((p) => p.scanned && p.asset.kind === "website");
      return JSON.stringify([org.units, plans.map((p) => p.asset), scanned && contentsOf(seed, scanned)]);
    };
    expect(describe(5)).toBe(describe(5));
    expect(describe(5)).not.toBe(describe(6));
  });

  it("keep 17 regions and each site's addresses unique at scale 2", () => {
    const org = generateOrganisation(1, 2);
    expect(org.units.filter((u) => u.kind === "region")).toHaveLength(17);
    const plans = generateAssets(1, 2, org);
    const ips = new Set(plans.map((p) => p.asset.ips[0]));
    expect(ips.size).toBe(plans.length);
    expect(plans.filter((p) => p.asset.exposure === "internet")).toHaveLength(7984);
  });

  it("give Linux servers 400 to 1,500 OS packages and most workstations a Windows inventory", () => {
    const org = generateOrganisation(3, 0.02);
    const plans = generateAssets(3, 0.02, org);
    for (const plan of plans.filter((p) => p.scanned && p.distro)) {
      const os = contentsOf(3, plan).filter((o) => o.pkg.type === "deb" || o.pkg.type === "rpm");
      expect(os.length).toBeGreaterThanOrEqual(400);
      expect(os.length).toBeLessThanOrEqual(1500);
    }
    const workstations = plans.filter((p) => p.asset.kind === "workstation");
    const scanned = workstations.filter((p) => p.scanned);
    expect(scanned.length / workstations.length).toBeGreaterThan(0.65);
    expect(scanned.length / workstations.length).toBeLessThan(0.8);
    const contents = scanned.map((p) => contentsOf(3, p));
    const updates = contents.filter((c) => c.some((o) => /^KB\d+$/.test(o.pkg.version)));
    expect(updates.length / scanned.length).toBeGreaterThan(0.8);
    const mean = contents.reduce((s, c) => s + c.length, 0) / contents.length;
    expect(mean).toBeGreaterThan(100);
    expect(mean).toBeLessThan(400);
    // Log4j stays rare on desktops: Java clients and developers' Maven repositories only.
    const log4j = contents.filter((c) => c.some((o) => o.pkg.name === "log4j-core")).length;
    expect(log4j / scanned.length).toBeLessThan(0.06);
  });
});
