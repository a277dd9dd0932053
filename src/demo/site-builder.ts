/** Builds the assets of one site, one call per asset, appending plans with consecutive ids. */
import type { Asset, AssetKind, Criticality, Exposure } from "../domain/asset.js";
import { hostAddress } from "./addresses.js";
import { appName, drawApps, serverRole } from "./app-choice.js";
import { NEVER_SCANNED_SHARE, NO_OWNER_SHARE, WORKSTATION_INVENTORY_SHARE } from "./facts.js";
import { drawAntivirus, drawServerOs, drawWorkstationOs, timeBefore } from "./operating-systems.js";
import type { Site } from "./organisation.js";
import type { AppPlan, AssetPlan } from "./plan.js";
import type { Random } from "./random.js";

export interface SpecialAsset {
  name: string;
  kind: AssetKind;
  role: string;
  exposure: Exposure;
  criticality: Criticality;
  app: AppPlan;
  url?: string;
  unit?: string;
}

const DAY_MINUTES = 24 * 60;

export class SiteBuilder {
  private lan = 0;
  private dmz = 0;
  private servers = 0;
  private workstations = 0;
  private readonly names = new Set<string>();

  constructor(
    private readonly site: Site,
    private readonly random: Random,
    private readonly plans: AssetPlan[],
  ) {}

  router(): void {
    const asset = this.base(`${this.site.code}-rtr`, "network-device", "internal", 4, "lan");
    asset.os = {
      family: "other",
      name: "Cisco IOS",
      version: this.random.pick(["12.2", "12.4", "15.1"]),
    };
    this.push(asset, "router", false, "other", []);
  }

  special(s: SpecialAsset): void {
    const zone = s.exposure === "internet" ? "dmz" : "lan";
    const asset = this.base(s.name, s.kind, s.exposure, s.criticality, zone, s.unit);
    if (s.url) asset.urls = [s.url];
    asset.ownerContact = `ti@${this.site.code}.qc.example`;
    const host = drawServerOs(this.random, s.app.archetype === "dotnet" ? 0 : 1);
    asset.os = host.os;
    asset.tags = [`role:${s.role}`, "care"];
    this.scan(asset);
    this.push(asset, s.role, true, host.distro ? "linux" : "windows", [s.app], host.distro);
  }

  server(): void {
    const n = ++this.servers;
    const host = drawServerOs(this.random);
    const linux = host.distro !== undefined;
    const role = serverRole(this.random, linux);
    const central = this.site.kind === "national" || this.site.kind === "region";
    const critical = central || this.site.kind === "hospital" || role === "database";
    const asset = this.base(
      `${this.site.code}-srv${pad(n, 3)}`,
      "server",
      "internal",
      critical ? 4 : 3,
      "lan",
    );
    asset.os = host.os;
    // Linux servers: known to have none, or nobody knows.
    if (!linux) asset.antivirus = drawAntivirus(this.random, host.os, host.os.name.includes("2003"));
    else if (this.random.chance(0.3)) asset.antivirus = null;
    asset.tags = [`role:${role}`];
    const scanned = this.maybeScan(asset);
    this.push(
      asset,
      role,
      scanned,
      linux ? "linux" : "windows",
      drawApps(this.random, role, linux, role, central),
      host.distro,
    );
  }

  application(exposure: "internet" | "internal"): void {
    const r = this.random;
    const kind: AssetKind = r.chance(exposure === "internet" ? 0.7 : 0.5) ? "website" : "service";
    const name = this.unique(`${this.site.code}-${appName(r, this.site.kind, exposure, kind)}`);
    const zone = exposure === "internet" ? "dmz" : "lan";
    const asset = this.base(name, kind, exposure, this.appCriticality(exposure), zone);
    const slug = name.slice(this.site.code.length + 1);
    asset.urls = [
      exposure === "internet"
        ? `https://${slug}.${this.site.code}.qc.example/`
        : `http://${name}.intra.qc.example/`,
    ];
    if (r.chance(1 - NO_OWNER_SHARE)) asset.ownerContact = `web@${this.site.code}.qc.example`;
    const host = drawServerOs(r, 0.6);
    asset.os = host.os;
    const linux = host.distro !== undefined;
    asset.tags = [`role:${kind === "website" ? "web" : "api"}`];
    const scanned = this.maybeScan(asset);
    this.push(asset, kind, scanned, linux ? "linux" : "windows", drawApps(r, kind, linux, slug), host.distro);
  }

  workstation(): void {
    const r = this.random;
    const n = ++this.workstations;
    const unit =
      this.site.departments.length > 0 && r.chance(0.85) ? r.pick(this.site.departments) : this.site.path;
    const choice = drawWorkstationOs(r);
    const asset = this.base(
      `${this.site.code}-pc${pad(n, 5)}`,
      "workstation",
      "internal",
      this.workstationCriticality(unit),
      "lan",
      unit,
    );
    asset.os = choice.os;
    asset.antivirus = drawAntivirus(r, choice.os, choice.legacy);
    const share = WORKSTATION_INVENTORY_SHARE;
    const inventoried = r.chance(
      choice.os.name === "Windows XP" ? share.xp : choice.legacy ? share.legacy : share.current,
    );
    if (inventoried) this.scan(asset);
    else if (r.chance(0.92)) asset.lastSeen = timeBefore(r.int(0, 45 * DAY_MINUTES));
    const apps: AppPlan[] = inventoried ? [{ archetype: "desktop", name: "desktop" }] : [];
    this.push(asset, "workstation", inventoried, "windows", apps);
  }

  private base(
    name: string,
    kind: AssetKind,
    exposure: Exposure,
    criticality: Criticality,
    zone: "lan" | "dmz",
    unit?: string,
  ): Asset {
    if (this.names.has(name))
      throw new Error(`demo generator: duplicate asset name ${name} in ${this.site.path}`);
    this.names.add(name);
    const address = hostAddress(this.site.slot, zone, zone === "lan" ? this.lan++ : this.dmz++);
    const asset: Asset = {
      name,
      kind,
      unit: unit ?? this.site.path,
      hostnames: [`${name}.qc.example`],
      ips: [address],
      urls: [],
      segment: `${this.site.code}-${zone}`,
      criticality,
      exposure,
      state: "in-service",
      tags: [],
    };
    if (this.random.chance(1 - NO_OWNER_SHARE))
      asset.ownerContact = ownerOf(this.site.code, unit ?? this.site.path);
    return asset;
  }

  private maybeScan(asset: Asset): boolean {
    if (this.random.chance(NEVER_SCANNED_SHARE)) return false;
    this.scan(asset);
    return true;
  }

  /** Scanned assets were last seen at their scan, some time in the six months before the snapshot. */
  private scan(asset: Asset): void {
    asset.lastSeen = timeBefore(this.random.int(60, 180 * DAY_MINUTES));
  }

  private push(
    asset: Asset,
    role: string,
    scanned: boolean,
    platform: AssetPlan["platform"],
    apps: AppPlan[],
    distro?: AssetPlan["distro"],
  ): void {
    const plan: AssetPlan = {
      id: this.plans.length + 1,
      asset,
      site: this.site,
      role,
      scanned,
      platform,
      apps: scanned ? apps : [],
    };
    if (distro) plan.distro = distro;
    this.plans.push(plan);
  }

  private unique(name: string): string {
    if (!this.names.has(name)) return name;
    for (let i = 2; ; i++) if (!this.names.has(`${name}-${i}`)) return `${name}-${i}`;
  }

  private appCriticality(exposure: Exposure): Criticality {
    const kind = this.site.kind;
    if (exposure === "internet")
      return kind === "national" || kind === "ministry" ? 4 : kind === "school" || kind === "clinic" ? 2 : 3;
    return kind === "hospital" || kind === "region" ? 3 : 2;
  }

  private workstationCriticality(unit: string): Criticality {
    if (unit.endsWith("/emergency") || unit.endsWith("/intensive-care")) return 4;
    return this.site.kind === "hospital" ? 3 : 2;
  }
}

function ownerOf(code: string, unit: string): string {
  const dept = unit.split("/").length > 4 ? `-${unit.slice(unit.lastIndexOf("/") + 1)}` : "";
  return `ti${dept}@${code}.qc.example`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
