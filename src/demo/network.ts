/**
 * The network of the province as the 2007 health network had it: a pyramid. Each site has a
 * LAN and a DMZ segment; establishments reach their region over 128/256/512 kbit/s WAN
 * links, regions reach the national centre over faster ones, and the national DMZ is the
 * way to the internet. Flows: the national centre sees every address, a region sees its
 * region, establishments reach their region's shared services (web, DICOM, HL7, Windows
 * file and domain services: the path the worm climbed), and hospitals see each other only
 * where an explicit route was requested, modelled as flows between the two LANs.
 * Dependencies: each hospital's care services need the regional radiology, lab and records
 * services, which in turn need the national records repository.
 */
import type { Flow, Link, Segment } from "../domain/network.js";
import { dmzCidr, lanCidr } from "./addresses.js";
import { BACKBONE_KBPS, WAN_KBPS } from "./facts.js";
import type { Organisation, Site } from "./organisation.js";
import type { AssetPlan } from "./plan.js";
import { createRandom, type Random } from "./random.js";

export interface DependencyRow {
  from: number;
  to: number;
  label: string;
}

export interface ProvinceNetwork {
  segments: Segment[];
  links: Link[];
  flows: Flow[];
  dependencies: DependencyRow[];
}

const LAN_KBPS = 100_000;
const CORE_KBPS = 1_000_000;
export const INTERNET_SEGMENT = "internet";

export function generateNetwork(
  seed: number,
  scale: number,
  org: Organisation,
  plans: readonly AssetPlan[],
): ProvinceNetwork {
  const r = createRandom(seed, "network");
  const net: ProvinceNetwork = { segments: [], links: [], flows: [], dependencies: [] };
  net.segments.push({ name: INTERNET_SEGMENT, unit: "/qc", cidrs: ["0.0.0.0/0"] });
  const exposed = new Set(plans.filter((p) => p.asset.exposure === "internet").map((p) => p.site.code));
  for (const site of org.sites) addSite(r, net, site, exposed.has(site.code));
  addRoutes(r, net, scale, org.sites);
  addDependencies(net, plans);
  return net;
}

function addSite(r: Random, net: ProvinceNetwork, site: Site, exposed: boolean): void {
  const lan = `${site.code}-lan`;
  const dmz = `${site.code}-dmz`;
  net.segments.push({ name: lan, unit: site.path, cidrs: [lanCidr(site.slot)] });
  net.segments.push({ name: dmz, unit: site.path, cidrs: [dmzCidr(site.slot)] });
  net.links.push({ from: dmz, to: lan, kbps: site.kind === "national" ? CORE_KBPS : LAN_KBPS });
  net.flows.push({ from: dmz, to: lan, protocol: "tcp", ports: "1433,3306,5432" });
  if (exposed) net.flows.push({ from: INTERNET_SEGMENT, to: dmz, protocol: "tcp", ports: "80,443" });
  if (site.kind === "national") {
    net.links.push({ from: dmz, to: INTERNET_SEGMENT, kbps: 44_736 });
    net.flows.push({ from: lan, to: INTERNET_SEGMENT, protocol: "tcp", ports: "80,443" });
    return;
  }
  const parent = site.kind === "region" ? "qc" : site.region!.slice(site.region!.lastIndexOf("/") + 1);
  const up = `${parent}-lan`;
  net.links.push({ from: lan, to: up, kbps: r.weighted(site.kind === "region" ? BACKBONE_KBPS : WAN_KBPS) });
  // Downwards: the centre above sees every address of the site.
  net.flows.push({ from: up, to: lan, protocol: "any", ports: "" });
  if (site.kind !== "region") net.flows.push({ from: "qc-lan", to: lan, protocol: "any", ports: "" });
  // Upwards: the shared services of the centre above, Windows domain and file services included.
  const care = site.kind === "hospital" || site.kind === "clinic" ? ",104,2575" : "";
  net.flows.push({ from: lan, to: up, protocol: "tcp", ports: `80,443${care}` });
  net.flows.push({ from: lan, to: up, protocol: "tcp", ports: "135,139,445" });
}

/** A few pairs of hospitals in the same region asked for a route to exchange images and records. */
function addRoutes(r: Random, net: ProvinceNetwork, scale: number, sites: readonly Site[]): void {
  const byRegion = new Map<string, Site[]>();
  for (const s of sites)
    if (s.kind === "hospital") byRegion.set(s.region!, [...(byRegion.get(s.region!) ?? []), s]);
  const candidates = [...byRegion.values()].filter((hs) => hs.length >= 2);
  const wanted = Math.max(2, Math.round(12 * scale));
  const made = new Set<string>();
  for (let tries = 0; made.size < wanted && tries < wanted * 20 && candidates.length > 0; tries++) {
    const [a, b] = r.sample(r.pick(candidates), 2);
    if (!a || !b) continue;
    const key = [a.code, b.code].sort().join("|");
    if (made.has(key)) continue;
    made.add(key);
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      net.flows.push({ from: `${x.code}-lan`, to: `${y.code}-lan`, protocol: "tcp", ports: "104,443" });
    }
  }
}

const NEEDS: Readonly<Record<string, readonly [string, string]>> = {
  "radiology-client": ["radiology", "radiology"],
  "lab-client": ["lab", "lab"],
  "records-client": ["records", "records"],
};

function addDependencies(net: ProvinceNetwork, plans: readonly AssetPlan[]): void {
  const regional = new Map<string, number>();
  let national: number | undefined;
  for (const p of plans) {
    if (p.site.kind === "region" && p.asset.tags.includes("care"))
      regional.set(`${p.site.code}/${p.role}`, p.id);
    if (p.asset.name === "qc-records-repository") national = p.id;
  }
  for (const p of plans) {
    const need = NEEDS[p.role];
    if (need && p.site.region) {
      const region = p.site.region.slice(p.site.region.lastIndexOf("/") + 1);
      const to = regional.get(`${region}/${need[0]}`);
      if (to !== undefined) net.dependencies.push({ from: p.id, to, label: need[1] });
    }
    if (p.site.kind === "region" && p.role === "records" && national !== undefined) {
      net.dependencies.push({ from: p.id, to: national, label: "records" });
    }
  }
  addDatabaseDependencies(net, plans);
}

/** Sites and services keep their data on a database server of their own site, where it has one. */
function addDatabaseDependencies(net: ProvinceNetwork, plans: readonly AssetPlan[]): void {
  const databases = new Map<string, number[]>();
  for (const p of plans)
    if (p.role === "database") databases.set(p.site.code, [...(databases.get(p.site.code) ?? []), p.id]);
  for (const p of plans) {
    if (p.asset.kind !== "website" && p.asset.kind !== "service") continue;
    const dbs = databases.get(p.site.code);
    if (dbs && dbs.length > 0)
      net.dependencies.push({ from: p.id, to: dbs[p.id % dbs.length]!, label: "database" });
  }
}
