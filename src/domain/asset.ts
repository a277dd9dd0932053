/**
 * An asset: anything that runs software and has an owner (a workstation, a server, a web
 * site, a service, a network device). Its name is unique within its owner unit.
 */
export const ASSET_KINDS = [
  "workstation",
  "server",
  "website",
  "service",
  "network-device",
  "other",
] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const EXPOSURES = ["internet", "internal", "isolated"] as const;
export type Exposure = (typeof EXPOSURES)[number];

export const OPERATIONAL_STATES = ["in-service", "shut-down", "isolated", "retired"] as const;
export type OperationalState = (typeof OPERATIONAL_STATES)[number];

/** 1 = negligible ... 5 = life-critical (a care system, the vaccine-appointment portal). */
export type Criticality = 1 | 2 | 3 | 4 | 5;

export interface OperatingSystem {
  /** windows, linux, macos, unix, other */
  family: string;
  /** Product name as people say it: "Windows XP", "Ubuntu". */
  name: string;
  version: string;
  build?: string;
  /** "SP1", "SP2" ... the patch level that decides worm exposure in the seeds. */
  servicePack?: string;
}

export interface Antivirus {
  product: string;
  /** ISO date of the signature set in use. */
  signatureDate: string;
}

export interface Asset {
  name: string;
  kind: AssetKind;
  /** Owner unit path. */
  unit: string;
  hostnames: string[];
  ips: string[];
  urls: string[];
  /** Network segment name, when known. */
  segment?: string;
  os?: OperatingSystem;
  criticality: Criticality;
  exposure: Exposure;
  state: OperationalState;
  /** null = known to have no antivirus; undefined = not known. */
  antivirus?: Antivirus | null;
  ownerContact?: string;
  tags: string[];
  /** ISO timestamp of the last time the asset was seen by any source. */
  lastSeen?: string;
}

export const DEFAULT_CRITICALITY: Criticality = 3;
