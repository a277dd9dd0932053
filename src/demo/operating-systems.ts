/**
 * Operating systems of the province and their shares. The estate mixes the two seeds'
 * eras: a public-sector fleet renewed slowly over 2007-2021 keeps a legacy tail (PCs
 * driving lab instruments and imaging modalities, kiosks, machines nobody owns any more).
 */
import type { Antivirus, OperatingSystem } from "../domain/asset.js";
import { AS_OF_MS } from "./facts.js";
import type { Random } from "./random.js";

export interface OsChoice {
  os: OperatingSystem;
  share: number;
  /** Legacy systems more often run without antivirus or with stale signatures. */
  legacy: boolean;
}

const win = (name: string, version: string, build: string, servicePack?: string): OperatingSystem => ({
  family: "windows",
  name,
  version,
  build,
  ...(servicePack !== undefined && { servicePack }),
});

/**
 * Workstation shares (sum 1). Windows 10 and 7 make most of the fleet (7 still common in
 * 2021 public sector, extended support having ended in 2020); XP remains on ~15% (SP2 the
 * larger part, the 2007 worm's dividing line); 2000, NT 4, 98 and 95 a tail of ~11%.
 */
export const WORKSTATION_OS: readonly OsChoice[] = [
  { os: win("Windows 10", "10.0", "19042"), share: 0.27, legacy: false },
  { os: win("Windows 10", "10.0", "18363"), share: 0.12, legacy: false },
  { os: win("Windows 10", "10.0", "17763"), share: 0.05, legacy: false },
  { os: win("Windows 7", "6.1", "7601", "SP1"), share: 0.3, legacy: false },
  { os: win("Windows XP", "5.1", "2600", "SP2"), share: 0.1, legacy: true },
  { os: win("Windows XP", "5.1", "2600", "SP1"), share: 0.05, legacy: true },
  { os: win("Windows 2000", "5.0", "2195", "SP4"), share: 0.05, legacy: true },
  { os: win("Windows NT 4.0", "4.0", "1381", "SP6a"), share: 0.025, legacy: true },
  { os: win("Windows 98", "4.10", "2222"), share: 0.02, legacy: true },
  { os: win("Windows 95", "4.00", "950"), share: 0.015, legacy: true },
];

export type LinuxFamily = "deb" | "rpm";

export interface ServerOs extends OsChoice {
  /** Set for Linux: which package manager and distro release its OS packages come from. */
  distro?: Distro;
}

export interface Distro {
  family: LinuxFamily;
  /** purl namespace: debian, ubuntu, redhat, centos. */
  vendor: string;
  /** purl `distro` qualifier. */
  id: string;
  /** Suffix style of package revisions in this release (see catalogue/os-packages.ts). */
  release: string;
}

const linux = (name: string, version: string, distro: Distro): OperatingSystem & { distro: Distro } => ({
  family: "linux",
  name,
  version,
  distro,
});

const LINUX: readonly (readonly [ReturnType<typeof linux>, number])[] = [
  [
    linux("Red Hat Enterprise Linux", "7.9", {
      family: "rpm",
      vendor: "redhat",
      id: "rhel-7.9",
      release: "el7",
    }),
    0.2,
  ],
  [
    linux("Red Hat Enterprise Linux", "8.4", {
      family: "rpm",
      vendor: "redhat",
      id: "rhel-8.4",
      release: "el8",
    }),
    0.1,
  ],
  [linux("CentOS", "7.9", { family: "rpm", vendor: "centos", id: "centos-7.9", release: "el7" }), 0.15],
  [linux("CentOS", "6.10", { family: "rpm", vendor: "centos", id: "centos-6.10", release: "el6" }), 0.05],
  [linux("Debian", "9", { family: "deb", vendor: "debian", id: "debian-9", release: "deb9" }), 0.07],
  [linux("Debian", "10", { family: "deb", vendor: "debian", id: "debian-10", release: "deb10" }), 0.12],
  [linux("Debian", "11", { family: "deb", vendor: "debian", id: "debian-11", release: "deb11" }), 0.05],
  [
    linux("Ubuntu", "16.04", { family: "deb", vendor: "ubuntu", id: "ubuntu-16.04", release: "ubuntu16" }),
    0.06,
  ],
  [
    linux("Ubuntu", "18.04", { family: "deb", vendor: "ubuntu", id: "ubuntu-18.04", release: "ubuntu18" }),
    0.12,
  ],
  [
    linux("Ubuntu", "20.04", { family: "deb", vendor: "ubuntu", id: "ubuntu-20.04", release: "ubuntu20" }),
    0.08,
  ],
];

const WINDOWS_SERVER: readonly (readonly [OperatingSystem, number])[] = [
  [win("Windows Server 2003", "5.2", "3790", "SP2"), 0.08],
  [win("Windows Server 2008 R2", "6.1", "7601", "SP1"), 0.27],
  [win("Windows Server 2012 R2", "6.3", "9600"), 0.35],
  [win("Windows Server 2016", "10.0", "14393"), 0.2],
  [win("Windows Server 2019", "10.0", "17763"), 0.1],
];

/** Share of servers (and hosts of sites) running Linux; the rest run Windows Server. */
export const LINUX_SHARE = 0.55;

export function drawServerOs(
  random: Random,
  linuxShare = LINUX_SHARE,
): { os: OperatingSystem; distro?: Distro } {
  if (random.chance(linuxShare)) {
    const { distro, ...os } = random.weighted(LINUX);
    return { os, distro };
  }
  return { os: random.weighted(WINDOWS_SERVER) };
}

export function drawWorkstationOs(random: Random): OsChoice {
  return random.weighted(WORKSTATION_OS.map((c) => [c, c.share] as const));
}

const DESKTOP_AV: Readonly<Record<string, readonly string[]>> = {
  modern: ["Microsoft Defender Antivirus", "Symantec Endpoint Protection 14", "McAfee Endpoint Security 10"],
  xp: ["Symantec Endpoint Protection 12", "McAfee VirusScan Enterprise 8.8"],
  legacy: ["Symantec AntiVirus Corporate Edition 10", "McAfee VirusScan Enterprise 8.0i"],
};

/**
 * Antivirus of a Windows machine: missing (null) or stale far more often on legacy
 * systems, as in the council's worm (machines with no antivirus or old signatures).
 */
export function drawAntivirus(random: Random, os: OperatingSystem, legacy: boolean): Antivirus | null {
  const missing = legacy ? 0.22 : 0.03;
  const stale = legacy ? 0.4 : 0.1;
  if (random.chance(missing)) return null;
  const era = legacy ? (os.name === "Windows XP" ? "xp" : "legacy") : "modern";
  const product = random.pick(DESKTOP_AV[era] ?? []);
  const ageDays = random.chance(stale / (1 - missing)) ? random.int(31, 900) : random.int(0, 3);
  return { product, signatureDate: dateBefore(ageDays) };
}

/** The ISO date `days` days before the snapshot. */
export function dateBefore(days: number): string {
  return new Date(AS_OF_MS - days * 86_400_000).toISOString().slice(0, 10);
}

/** An ISO timestamp `minutes` minutes before the snapshot. */
export function timeBefore(minutes: number): string {
  return new Date(AS_OF_MS - minutes * 60_000).toISOString();
}
