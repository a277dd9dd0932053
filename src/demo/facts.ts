/**
 * The facts the synthetic province is built from (see MISSION.md): one national centre,
 * the 17 administrative regions of Quebec, ~300 establishments, ~90,000 workstations,
 * ~2,000 servers and 3,992 internet-facing sites and services at scale 1.
 */

/**
 * The moment the province is a snapshot of: the thick of the Log4Shell response, after the
 * 2.17.1 and 2.3.2/2.12.4 releases of December 2021, when a few teams had already patched.
 * Every date in the data is relative to it, so the same seed gives the same rows.
 */
export const AS_OF = "2021-12-29T12:00:00.000Z";
export const AS_OF_MS = Date.parse(AS_OF);

/** Counts at scale 1. */
export const FULL = {
  establishments: 300,
  workstations: 90_000,
  servers: 2_000,
  /** The 3,992 internet-facing sites and services the government shut down on 2021-12-10. */
  internetFacing: 3_992,
  /** Internal (non-public) sites and services, which stayed up but were inspected. */
  internal: 4_200,
} as const;

/** Below this many establishments, each region would not get its hospital and one more. */
export const MIN_ESTABLISHMENTS = 34;

export interface Region {
  /** Two-digit official region number, as in `/qc/r06`. */
  number: string;
  name: string;
  /** Population in thousands (2021 census, rounded): weights where establishments go. */
  population: number;
}

export const REGIONS: readonly Region[] = [
  { number: "01", name: "Bas-Saint-Laurent", population: 197 },
  { number: "02", name: "Saguenay–Lac-Saint-Jean", population: 278 },
  { number: "03", name: "Capitale-Nationale", population: 751 },
  { number: "04", name: "Mauricie", population: 272 },
  { number: "05", name: "Estrie", population: 333 },
  { number: "06", name: "Montréal", population: 2004 },
  { number: "07", name: "Outaouais", population: 401 },
  { number: "08", name: "Abitibi-Témiscamingue", population: 147 },
  { number: "09", name: "Côte-Nord", population: 90 },
  { number: "10", name: "Nord-du-Québec", population: 46 },
  { number: "11", name: "Gaspésie–Îles-de-la-Madeleine", population: 91 },
  { number: "12", name: "Chaudière-Appalaches", population: 432 },
  { number: "13", name: "Laval", population: 439 },
  { number: "14", name: "Lanaudière", population: 524 },
  { number: "15", name: "Laurentides", population: 630 },
  { number: "16", name: "Montérégie", population: 1_594 },
  { number: "17", name: "Centre-du-Québec", population: 252 },
];

export type EstablishmentKind = "hospital" | "clinic" | "school" | "ministry" | "city";

export interface EstablishmentProfile {
  kind: EstablishmentKind;
  /** One-letter prefix of the unit code: `/qc/r06/h012`. */
  prefix: string;
  label: string;
  /** Share of the establishments. */
  share: number;
  /** Relative size: how many workstations and servers it holds next to the others. */
  size: number;
  /** Relative weight for internet-facing sites and services. */
  web: number;
  /** Departments, for the big ones (units beneath the establishment). */
  departments: readonly string[];
}

export const PROFILES: readonly EstablishmentProfile[] = [
  {
    kind: "hospital",
    prefix: "h",
    label: "Hospital centre",
    share: 0.22,
    size: 10,
    web: 1.5,
    departments: [
      "emergency",
      "radiology",
      "laboratory",
      "pharmacy",
      "intensive-care",
      "medical-records",
      "administration",
    ],
  },
  {
    kind: "clinic",
    prefix: "c",
    label: "Local clinic (CLSC)",
    share: 0.3,
    size: 1,
    web: 0.4,
    departments: [],
  },
  {
    kind: "school",
    prefix: "s",
    label: "School service centre",
    share: 0.26,
    size: 2.2,
    web: 2,
    departments: [],
  },
  {
    kind: "ministry",
    prefix: "m",
    label: "Ministry",
    share: 0.08,
    size: 9,
    web: 14,
    departments: ["finance", "human-resources", "operations", "communications", "information-technology"],
  },
  {
    kind: "city",
    prefix: "v",
    label: "City services",
    share: 0.14,
    size: 4,
    web: 7,
    departments: [],
  },
];

/** Size and web weights of the centres themselves (they host the shared services). */
export const CENTRE_WEIGHTS = {
  national: { size: 12, web: 30 },
  region: { size: 5, web: 3 },
} as const;

/** Ministries sit in the capital, a few in Montréal. */
export const MINISTRY_REGIONS: readonly (readonly [string, number])[] = [
  ["03", 0.75],
  ["06", 0.25],
];

/** WAN links from an establishment up to its region (kbit/s), as in the 2007 health network. */
export const WAN_KBPS: readonly (readonly [number, number])[] = [
  [128, 0.3],
  [256, 0.4],
  [512, 0.3],
];

/** Region-to-national links: T1, bonded T1s, 10 Mbit/s metro Ethernet, T3. */
export const BACKBONE_KBPS: readonly (readonly [number, number])[] = [
  [1_544, 0.25],
  [4_608, 0.35],
  [10_000, 0.25],
  [44_736, 0.15],
];

/** Share of servers, sites and services that were never scanned: their contents are unknown. */
export const NEVER_SCANNED_SHARE = 0.12;
/**
 * Share of workstations whose inventory agent reported installed software, by OS: the
 * agent runs on current Windows and on XP; the Windows 95 to 2000 tail mostly never had it,
 * so about a quarter of the fleet stays uninventoried (contents unknown).
 */
export const WORKSTATION_INVENTORY_SHARE = {
  current: 0.85,
  xp: 0.6,
  legacy: 0.12,
} as const;
/** Share of assets with no recorded owner contact (nobody to call). */
export const NO_OWNER_SHARE = 0.05;
