/**
 * Assets of the province, site by site: a router, the shared care services (regional
 * radiology, lab and records; the vaccine-appointment portal at the national centre),
 * servers, internet-facing and internal sites and services, and workstations. Pure: the
 * same seed, scale and organisation give the same plans, in the same order (ids follow it).
 */
import { FULL } from "./facts.js";
import type { Organisation, Site } from "./organisation.js";
import type { AssetPlan } from "./plan.js";
import { apportion, createRandom } from "./random.js";
import { SiteBuilder } from "./site-builder.js";

export interface AssetCounts {
  servers: number;
  internetFacing: number;
  internal: number;
  workstations: number;
}

export function assetCounts(scale: number): AssetCounts {
  return {
    servers: Math.round(FULL.servers * scale),
    internetFacing: Math.max(1, Math.round(FULL.internetFacing * scale)),
    internal: Math.round(FULL.internal * scale),
    workstations: Math.round(FULL.workstations * scale),
  };
}

export function generateAssets(seed: number, scale: number, org: Organisation): AssetPlan[] {
  const counts = assetCounts(scale);
  const sites = org.sites;
  const sizes = sites.map((s) => s.size);
  // The centres host a larger share of the servers than their size alone says.
  const serverWeights = sites.map((s) => s.size * (s.kind === "region" || s.kind === "national" ? 4 : 1));
  // One internet-facing slot is the vaccine portal, always at the national centre.
  const perSite = {
    servers: apportion(counts.servers, serverWeights),
    internet: apportion(
      counts.internetFacing - 1,
      sites.map((s) => s.web),
    ),
    internal: apportion(counts.internal, sizes),
    workstations: apportion(counts.workstations, sizes),
  };
  const plans: AssetPlan[] = [];
  sites.forEach((site, i) => {
    const builder = new SiteBuilder(site, createRandom(seed, "assets", site.code), plans);
    builder.router();
    addSpecials(builder, site);
    for (let n = 0; n < (perSite.servers[i] ?? 0); n++) builder.server();
    for (let n = 0; n < (perSite.internet[i] ?? 0); n++) builder.application("internet");
    for (let n = 0; n < (perSite.internal[i] ?? 0); n++) builder.application("internal");
    for (let n = 0; n < (perSite.workstations[i] ?? 0); n++) builder.workstation();
  });
  return plans;
}

/** The services the seeds turn on: what a hospital cannot work without, and the portal. */
function addSpecials(b: SiteBuilder, site: Site): void {
  if (site.kind === "national") {
    b.special({
      name: "vaccine-portal",
      kind: "website",
      role: "vaccine-appointments",
      exposure: "internet",
      criticality: 5,
      app: { archetype: "java-boot", name: "vaccine-portal", log4jCore: "2.14.1" },
      url: "https://vaccine-portal.qc.example/",
    });
    b.special({
      name: "qc-records-repository",
      kind: "service",
      role: "records",
      exposure: "internal",
      criticality: 5,
      app: { archetype: "java-ear", name: "records-repository" },
    });
  } else if (site.kind === "region") {
    b.special({
      name: `${site.code}-pacs`,
      kind: "service",
      role: "radiology",
      exposure: "internal",
      criticality: 5,
      app: { archetype: "java-ear", name: "pacs" },
    });
    b.special({
      name: `${site.code}-lis`,
      kind: "service",
      role: "lab",
      exposure: "internal",
      criticality: 5,
      app: { archetype: "java-war", name: "lis" },
    });
    b.special({
      name: `${site.code}-records`,
      kind: "service",
      role: "records",
      exposure: "internal",
      criticality: 5,
      app: { archetype: "java-boot", name: "records" },
    });
  } else if (site.kind === "hospital") {
    const dept = (d: string) => site.departments.find((p) => p.endsWith(`/${d}`)) ?? site.path;
    b.special({
      name: `${site.code}-radiology-viewer`,
      kind: "service",
      role: "radiology-client",
      exposure: "internal",
      criticality: 5,
      app: { archetype: "dotnet", name: "radiology-viewer" },
      unit: dept("radiology"),
    });
    b.special({
      name: `${site.code}-lab-orders`,
      kind: "service",
      role: "lab-client",
      exposure: "internal",
      criticality: 5,
      app: { archetype: "java-war", name: "lab-orders" },
      unit: dept("laboratory"),
    });
    b.special({
      name: `${site.code}-patient-records`,
      kind: "service",
      role: "records-client",
      exposure: "internal",
      criticality: 5,
      app: { archetype: "java-war", name: "patient-records" },
      unit: dept("medical-records"),
    });
  }
}
