/**
 * The web UI in a real browser against a real server on a small demo province: log in,
 * find CVE-2021-44228 and see the count the exposure service gives, open an affected
 * asset, search a component, start a campaign, move a published service's task through to
 * reopened and see the public status page change, see the tasks on the asset pages (one
 * verified by a clean scan), then switch to French and find no untranslated string. Screenshots of every page go to test-artifacts/web/.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { generateProvince } from "../demo/generate.js";
import { exposureOf } from "../exposure/exposure.js";
import { reevaluateAll } from "../exposure/store-advisories.js";
import { importSbomBytes } from "../inventory/import-sbom.js";
import { serverConfig } from "../server/config.js";
import { type RunningServer, startServer } from "../server/start-server.js";
import type { Store } from "../store/store.js";
import { freshStore } from "../testing/engines.js";
import { browserAvailable, ensureWebBuilt, launchBrowser } from "./browser.js";
import { strayTexts } from "./untranslated.js";

const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/web/", import.meta.url));
const PASSWORD = "web-ui-test-password";
const CVE = "CVE-2021-44228";
const run = browserAvailable();
const CLEAN_SCAN = JSON.stringify({
  bomFormat: "CycloneDX",
  specVersion: "1.5",
  version: 1,
  components: [
    {
      type: "library",
      name: "log4j-core",
      version: "2.17.1",
      purl: "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1",
    },
  ],
});
const campaignTasks = z.object({
  items: z.array(
    z.object({
      assetId: z.number(),
      asset: z.string(),
      unit: z.string(),
      exposure: z.string(),
      state: z.string(),
    }),
  ),
});

async function frenchMessages(): Promise<string[]> {
  // Loaded at run time: web/ is its own TypeScript project, outside this one's rootDir.
  const path = "../../web/src/i18n/messages-fr.ts";
  const module: unknown = await import(/* @vite-ignore */ path);
  return Object.values(z.object({ fr: z.record(z.string(), z.string()) }).parse(module).fr);
}

describe.runIf(run)("web UI in Chromium", () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const timings: Record<string, number> = {};
  /** The campaign the campaign test starts, and its internet-facing task, for the asset page test. */
  let campaign: { id: number; published: z.output<typeof campaignTasks>["items"][number] } | undefined;

  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
  const visit = async (name: string, path: string, ready: string) => {
    const started = performance.now();
    await page.goto(`${server.url}${path}`);
    await page.locator(ready).first().waitFor();
    timings[name] = Math.round(performance.now() - started);
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const built = ensureWebBuilt();
    ({ store, cleanup } = await freshStore("sqlite"));
    await generateProvince(store, { seed: 2021, scale: 0.01 });
    await reevaluateAll(store);
    server = await startServer(store, {
      config: serverConfig({
        port: 0,
        adminPassword: PASSWORD,
        logLevel: "silent",
        rateLimit: { perSecond: 10_000, burst: 10_000 },
      }),
      print: () => {},
      handleSignals: false,
    });
    await built;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await cleanup?.();
    if (Object.keys(timings).length > 0)
      process.stderr.write(`web UI timings (ms): ${JSON.stringify(timings)}\n`);
  });

  it("logs in and shows the scope and the overview", async () => {
    await page.goto(server.url);
    await shot("01-login");
    await page.getByLabel("User name").fill("admin");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Overview" }).waitFor();
    await expect(page.locator(".scope").innerText()).resolves.toContain("/");
    await visit("overview", "/", ".region-grid .tile");
    await page.locator("[data-chart] svg").first().waitFor();
    expect(await page.locator(".region-grid .tile").count()).toBeGreaterThanOrEqual(17);
    await shot("02-overview");
  });

  it(`finds ${CVE} and shows the count the exposure service gives`, async () => {
    const expected = (await exposureOf(store, CVE, { scope: "/" })).totals.assets;
    expect(expected).toBeGreaterThan(0);
    await visit("advisories", "/advisories", "table.plain");
    await page.getByLabel("Advisory, alias or words").fill(CVE);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("heading", { name: CVE }).waitFor();
    const stat = page.locator(".stat", { hasText: "Affected assets" }).locator(".stat-value");
    await expect(stat.innerText()).resolves.toBe(String(expected));
    await page.locator('[role="table"] [role="row"] a').first().waitFor();
    await shot("03-advisory");
    await visit("advisory", `/advisories/${CVE}`, '[role="table"] [role="row"] a');
  });

  it("keeps filters in the URL", async () => {
    await page.getByLabel("Exposure").selectOption("internet");
    await page.waitForURL(/exposure=internet/);
    const shown = await page.locator('[role="table"] [role="row"][aria-rowindex]').count();
    expect(shown).toBeGreaterThan(1);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForURL((url) => !url.search.includes("exposure"));
  });

  it("opens an affected asset with its nested locations, findings and scans", async () => {
    await page.goto(`${server.url}/advisories/${CVE}`);
    await page.locator('[role="table"] [role="row"] a').first().waitFor();
    const link = page.locator('[role="table"] [role="row"] a').first();
    const name = await link.innerText();
    await link.click();
    await page.getByRole("heading", { name }).waitFor();
    await page.getByRole("heading", { name: "Findings" }).waitFor();
    await page.locator(".timeline li").first().waitFor();
    await expect(page.locator("table.plain").first().innerText()).resolves.toContain(CVE);
    await shot("04-asset");
  });

  it("searches a component and draws the histogram of versions", async () => {
    await visit("components", "/components?name=log4j-core", "[data-chart]");
    await page.locator("[data-chart] svg").first().waitFor();
    expect(await page.locator(".unit-counts li").count()).toBeGreaterThan(1);
    await shot("05-components");
    await visit("findings", "/findings?minScore=9", '[role="table"]');
    await shot("06-findings");
    await visit("gaps", "/gaps?kind=never-scanned", '[role="table"]');
    await shot("07-gaps");
  });

  it("starts a campaign, moves a published task to reopened, and the status page follows", async () => {
    await page.goto(`${server.url}/advisories/${CVE}`);
    await page.getByRole("button", { name: "Start a campaign" }).click();
    await page.waitForURL(/\/campaigns\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split("/").pop());
    await page.getByRole("heading", { name: "Tasks", exact: true }).waitFor();
    await page.locator('[role="table"] [role="row"] input[type="checkbox"]').first().waitFor();
    await shot("08-campaign");
    const tasks = campaignTasks.parse(
      await (await page.request.get(`${server.url}/api/v1/campaigns/${id}/tasks`)).json(),
    );
    const published = tasks.items.find((t) => t.exposure === "internet");
    expect(published, "an internet-facing task").toBeDefined();
    if (published) campaign = { id, published };
    const statusBefore = await (await page.request.get(`${server.url}/status/${id}`)).text();
    for (const action of ["Mark patched", "Verify", "Reopen"]) {
      const select = page.getByLabel(`Select ${published?.asset}`, { exact: true });
      await select.check();
      await page.getByRole("button", { name: action, exact: true }).click();
      // The action is over when the page clears the selection; the previous action's "1 done"
      // message is still on screen until then, so waiting for the message alone races.
      await expect.poll(() => select.isChecked()).toBe(false);
      await page.locator('[role="status"]', { hasText: "1 done, 0 refused" }).waitFor();
    }
    await shot("09-campaign-after");
    const statusAfter = await (await page.request.get(`${server.url}/status/${id}`)).text();
    expect(statusAfter).not.toBe(statusBefore);
    const status = await browser.newPage({
      viewport: { width: 390, height: 800 },
    });
    await status.goto(`${server.url}/status/${id}`);
    await status.screenshot({
      path: `${ARTIFACTS}10-status-phone.png`,
      fullPage: true,
    });
    await status.close();
    await visit("campaigns", "/campaigns", "table.plain");
    await shot("11-campaigns");
  });

  it("shows the asset's campaign tasks with their history, and a clean scan's verification", async () => {
    if (!campaign) throw new Error("the campaign test did not run");
    const { id, published } = campaign;
    await visit("asset", `/assets/${published.assetId}`, ".task-card");
    const card = page.locator(".task-card").first();
    await expect(card.locator("[data-task-state]").innerText()).resolves.toBe("Reopened");
    const history = await card.locator(".timeline").innerText();
    expect(history).toContain("Patched → Verified");
    expect(history).toContain("marked patched from the campaign board");
    await expect(card.getByRole("link", { name: CVE, exact: true }).count()).resolves.toBe(1);
    await shot("14-asset-tasks");
    // A scan showing the fixed version confirms the patch: the page says so, with the time.
    const tasks = campaignTasks.parse(
      await (await page.request.get(`${server.url}/api/v1/campaigns/${id}/tasks`)).json(),
    );
    const other = tasks.items.find((t) => t.state === "affected" && t.assetId !== published.assetId);
    expect(other, "an affected task").toBeDefined();
    if (!other) return;
    await importSbomBytes(store, {
      asset: `${other.unit}/${other.asset}`,
      file: "clean.cdx.json",
      bytes: CLEAN_SCAN,
      source: "scan",
    });
    await page.goto(`${server.url}/assets/${other.assetId}`);
    const verified = page.locator(".task-card .task-confirmation");
    await verified.waitFor();
    await expect(verified.innerText()).resolves.toMatch(/^Verified by scan at \d\d:\d\d on /);
    await expect(page.locator(".task-card [data-task-state]").first().innerText()).resolves.toBe("Verified");
    await shot("15-asset-verified");
  });

  it("switches to French and shows no untranslated string", async () => {
    const messages = await frenchMessages();
    await page.goto(`${server.url}/`);
    await page.locator(".region-grid .tile").first().waitFor();
    // The check is not vacuous: the English page is full of strings French does not have.
    expect((await strayTexts(page, messages)).length).toBeGreaterThan(10);
    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("heading", { name: "Vue d’ensemble" }).waitFor();
    const pages: [string, string][] = [
      ["/", ".region-grid .tile"],
      [`/advisories/${CVE}`, '[role="table"] [role="row"] a'],
      ["/advisories", "table.plain"],
      ["/components?name=log4j-core", '[role="table"]'],
      ["/gaps?kind=antivirus", '[role="table"]'],
      ["/campaigns", "table.plain"],
      [`/assets/${campaign?.published.assetId ?? 1}`, ".task-card"],
    ];
    for (const [path, ready] of pages) {
      await page.goto(`${server.url}${path}`);
      await page.locator(ready).first().waitFor();
      expect(await strayTexts(page, messages), path).toEqual([]);
    }
    await page.goto(`${server.url}/`);
    await page.locator(".region-grid .tile").first().waitFor();
    await shot("12-overview-fr");
    // The choice is remembered: a reload stays in French.
    await page.reload();
    await page.getByRole("heading", { name: "Vue d’ensemble" }).waitFor();
  });

  it("has a dark theme", async () => {
    await page.getByRole("button", { name: "Thème sombre" }).click();
    await page.goto(`${server.url}/advisories/${CVE}`);
    await page.locator('[role="table"] [role="row"] a').first().waitFor();
    await expect(page.locator("html").getAttribute("data-theme")).resolves.toBe("dark");
    await shot("13-advisory-dark");
  });
});
