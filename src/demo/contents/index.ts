/**
 * What one scanned asset contains: its OS packages (Linux) or installed programs and
 * updates (Windows), then each application's components. Pure: the same seed and plan give the same occurrences in the same order.
 */
import { BASE_PACKAGES, hostPackageCount, osPackages } from "../catalogue/os-packages.js";
import type { AssetPlan } from "../plan.js";
import { createRandom, type Random } from "../random.js";
import { type Occurrence, Occurrences } from "./emit.js";
import { javaApp } from "./java.js";
import { dotnetApp, nodeApp, pythonApp, staticSite } from "./other-apps.js";
import { windowsHost } from "./windows-host.js";

export type { Occurrence };

export function contentsOf(seed: number, plan: AssetPlan): Occurrence[] {
  if (!plan.scanned) return [];
  const r = createRandom(seed, "contents", plan.id);
  const out = new Occurrences();
  if (plan.distro) addOsPackages(r, plan, out);
  const windows = plan.platform === "windows";
  // A Windows host's scan lists its installed programs and updates too.
  if (windows) windowsHost(r, plan, out);
  for (const app of plan.apps) {
    switch (app.archetype) {
      case "node":
        nodeApp(r, app, windows, out);
        break;
      case "python":
        pythonApp(r, app, windows, out);
        break;
      case "dotnet":
        dotnetApp(r, app, out);
        break;
      case "static":
        staticSite(r, app, out);
        break;
      case "desktop":
        // The host inventory above is all a desktop or infrastructure server holds.
        break;
      default:
        javaApp(r, app, plan.site.code, windows, out);
    }
  }
  return out.items;
}

function addOsPackages(r: Random, plan: AssetPlan, out: Occurrences): void {
  const distro = plan.distro!;
  const all = osPackages(distro, r.int(0, 3));
  const database = distro.family === "deb" ? "/var/lib/dpkg/status" : "/var/lib/rpm/Packages";
  const extra = all.slice(BASE_PACKAGES);
  for (const pkg of all.slice(0, BASE_PACKAGES)) out.add(pkg, database);
  for (const pkg of r.sample(extra, hostPackageCount(r.next(), all.length) - BASE_PACKAGES))
    out.add(pkg, database);
}
