/**
 * The browser for the UI tests: Debian's Chromium driven by playwright-core, never a
 * downloaded browser. Missing Chromium fails in CI and is skipped elsewhere with one line
 * saying how to enable it. The web app is built first when dist/web is missing or older
 * than its sources.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** True when the browser tests can run; throws in CI when Chromium is missing. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === "true") throw new Error(`${CHROMIUM} is missing: CI must run the browser tests`);
  process.stderr.write(
    `skipped: browser tests (no ${CHROMIUM}; install it with apt-get install -y chromium)\n`,
  );
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds web/ into dist/web with Vite's API unless the build is newer than every source. */
export async function ensureWebBuilt(): Promise<void> {
  const index = join(ROOT, "dist/web/index.html");
  const sources = Math.max(newest(join(ROOT, "web/src")), statSync(join(ROOT, "web/index.html")).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { build } = await import("vite");
  await build({
    configFile: join(ROOT, "web/vite.config.ts"),
    logLevel: "warn",
  });
}
