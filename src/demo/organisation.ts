/**
 * The org tree: `/qc` (the national centre), `/qc/r01` .. `/qc/r17` (the regional centres),
 * establishments beneath their region (`/qc/r06/h012`) and departments inside the big ones
 * (`/qc/r06/h012/radiology`). Pure: the same seed and scale give the same tree.
 */
import type { OrgUnit } from "../domain/org-unit.js";
import {
  CENTRE_WEIGHTS,
  type EstablishmentKind,
  type EstablishmentProfile,
  FULL,
  MIN_ESTABLISHMENTS,
  MINISTRY_REGIONS,
  PROFILES,
  REGIONS,
  type Region,
} from "./facts.js";
import { apportion, createRandom, type Random } from "./random.js";

export type SiteKind = "national" | "region" | EstablishmentKind;

/** A unit that holds assets and has its own network segments (a centre or an establishment). */
export interface Site {
  path: string;
  /** Short unique code, used in segment and asset names: `qc`, `r06`, `h012`. */
  code: string;
  kind: SiteKind;
  name: string;
  /** The region the site belongs to (itself for a regional centre), null for the national centre. */
  region: string | null;
  /** Relative size (workstations, servers). */
  size: number;
  /** Relative weight for internet-facing sites and services. */
  web: number;
  /** Department unit paths beneath the site (empty for small ones). */
  departments: string[];
  /** Position in the address plan: slot 0 national, 1-17 regions, then establishments. */
  slot: number;
}

export interface Organisation {
  units: OrgUnit[];
  sites: Site[];
}

export function generateOrganisation(seed: number, scale: number): Organisation {
  const random = createRandom(seed, "organisation");
  const sites: Site[] = [
    {
      path: "/qc",
      code: "qc",
      kind: "national",
      name: "National technology centre",
      region: null,
      ...CENTRE_WEIGHTS.national,
      departments: [],
      slot: 0,
    },
  ];
  REGIONS.forEach((r, i) => {
    const path = regionPath(r);
    sites.push({
      path,
      code: `r${r.number}`,
      kind: "region",
      name: `Regional centre ${r.number} ${r.name}`,
      region: path,
      ...CENTRE_WEIGHTS.region,
      departments: [],
      slot: i + 1,
    });
  });
  sites.push(...establishments(random, scale, sites.length));
  const units: OrgUnit[] = [];
  for (const site of sites) {
    units.push({ path: site.path, name: site.name, kind: site.kind });
    for (const dept of site.departments) {
      units.push({
        path: dept,
        name: `${site.name}: ${dept.slice(dept.lastIndexOf("/") + 1)}`,
        kind: "department",
      });
    }
  }
  return { units, sites };
}

export function regionPath(r: Region): string {
  return `/qc/r${r.number}`;
}

/** How many establishments at this scale (never fewer than a hospital and one more per region). */
export function establishmentCount(scale: number): number {
  return Math.max(MIN_ESTABLISHMENTS, Math.round(FULL.establishments * scale));
}

function establishments(random: Random, scale: number, firstSlot: number): Site[] {
  const total = establishmentCount(scale);
  const perKind = apportion(
    total,
    PROFILES.map((p) => p.share),
  );
  // Every region has at least one hospital, so each has the care services that depend on it.
  const hospitals = PROFILES.findIndex((p) => p.kind === "hospital");
  perKind[hospitals] = Math.max(perKind[hospitals] ?? 0, REGIONS.length);
  const out: Site[] = [];
  PROFILES.forEach((profile, k) => {
    for (let i = 0; i < (perKind[k] ?? 0); i++) {
      const region = regionOf(random, profile.kind, i);
      out.push(establishment(random, profile, region, i + 1, 0));
    }
  });
  // Order by path so unit order (and so asset ids) follows the tree.
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  out.forEach((site, i) => {
    site.slot = firstSlot + i;
  });
  return out;
}

const POPULATION = REGIONS.map((r) => [r, r.population] as const);

function regionOf(random: Random, kind: EstablishmentKind, index: number): Region {
  if (kind === "hospital" && index < REGIONS.length) return REGIONS[index]!;
  if (kind === "ministry") {
    const number = random.weighted(MINISTRY_REGIONS);
    return REGIONS.find((r) => r.number === number)!;
  }
  return random.weighted(POPULATION);
}

function establishment(
  random: Random,
  profile: EstablishmentProfile,
  region: Region,
  number: number,
  slot: number,
): Site {
  const code = `${profile.prefix}${String(number).padStart(3, "0")}`;
  const path = `${regionPath(region)}/${code}`;
  // Few big, many small: the factor runs from 0.35 to 2.55, skewed towards the low end.
  const factor = 0.35 + 2.2 * random.next() ** 2;
  const big = profile.kind === "ministry" || (profile.kind === "hospital" && factor >= 0.7);
  return {
    path,
    code,
    kind: profile.kind,
    name: `${profile.label} ${code.toUpperCase()}, ${region.name}`,
    region: regionPath(region),
    size: profile.size * factor,
    web: profile.web * (0.5 + random.next()),
    departments: big ? profile.departments.map((d) => `${path}/${d}`) : [],
    slot,
  };
}
