import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCommand } from "./command-test-support.js";
import { demoCommand } from "./demo.js";
import { startCommand } from "./start.js";

const dir = mkdtempSync(join(tmpdir(), "needle-demo-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCommand;

describe("needle demo generate", () => {
  const db = join(dir, "demo.db");

  it("writes a small province and summarises it as JSON", async () => {
    const r = await run(demoCommand, [
      "demo",
      "generate",
      "--scale",
      "0.01",
      "--seed",
      "3",
      "--db",
      db,
      "--json",
    ]);
    expect(r.exitCode).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ seed: 3, scale: 0.01, regions: 17, internetFacing: 40 });
    expect(summary.occurrences).toBeGreaterThan(0);
  });

  it("refuses a non-empty store without --force, and replaces it with --force", async () => {
    const refused = await run(demoCommand, ["demo", "generate", "--scale", "0.01", "--db", db]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/already holds an inventory .* use --force/);
    const forced = await run(demoCommand, ["demo", "generate", "--scale", "0.01", "--db", db, "--force"]);
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toMatch(/17 regions/);
  });

  it.each(["0", "2.5", "-1", "abc", ""])("rejects --scale %j with exit 2", async (scale) => {
    const r = await run(demoCommand, ["demo", "generate", "--scale", scale, "--db", join(dir, "never.db")]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--scale: expected a number greater than 0 and at most 2/);
  });

  it("rejects a bad --seed with exit 2", async () => {
    const r = await run(demoCommand, ["demo", "generate", "--seed", "x1", "--db", join(dir, "never.db")]);
    expect(r.exitCode).toBe(2);
  });
});

describe("needle start", () => {
  it("generates on an empty store at NEEDLE_DEMO_SCALE, then tours it; later runs only tour", async () => {
    const db = join(dir, "start.db");
    const first = await run(startCommand, ["start", "--no-serve", "--db", db, "--json"], {
      NEEDLE_DEMO_SCALE: "0.01",
    });
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toMatch(/generating the demo province at scale 0.01/);
    const tour = JSON.parse(first.stdout);
    expect(tour.regions.filter((r: { path: string }) => /^\/qc\/r\d\d$/.test(r.path))).toHaveLength(17);
    expect(tour.log4jCore.assets).toBeGreaterThan(0);
    expect(tour.log4jCore.versions.length).toBeGreaterThan(5);
    expect(tour.neverScanned.byKind.server).toBeGreaterThan(0);
    const second = await run(startCommand, ["start", "--no-serve", "--db", db]);
    expect(second.stderr).not.toMatch(/generating/);
    expect(second.stdout).toMatch(/Where is log4j-core\?/);
    expect(second.stdout).toMatch(/needle asset vaccine-portal/);
  });

  it("rejects a bad NEEDLE_DEMO_SCALE with exit 2", async () => {
    const r = await run(startCommand, ["start", "--no-serve", "--db", join(dir, "bad.db")], {
      NEEDLE_DEMO_SCALE: "3",
    });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/NEEDLE_DEMO_SCALE/);
  });
});
