/**
 * OS packages of Linux hosts (dpkg on Debian and Ubuntu, rpm on Red Hat and CentOS), with
 * the purl `arch` and `distro` qualifiers. Security-relevant ones carry real per-release
 * versions; the rest get a plausible upstream version and the release's revision style.
 * A host's patch level (0-3) moves the packages that had updates to a later revision.
 */
import type { Distro } from "../operating-systems.js";
import { hashSeed } from "../random.js";
import { DEB_NAMES } from "./deb-names.js";
import { identity, type Pkg } from "./package-line.js";
import { RPM_NAMES } from "./rpm-names.js";

/** Real versions of the packages advisories name most, per distro release: [base, updates...]. */
const REAL: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  openssl: {
    deb9: ["1.1.0l-1~deb9u1", "1.1.0l-1~deb9u3", "1.1.0l-1~deb9u4"],
    deb10: ["1.1.1d-0+deb10u3", "1.1.1d-0+deb10u6", "1.1.1d-0+deb10u7"],
    deb11: ["1.1.1k-1+deb11u1"],
    ubuntu16: ["1.0.2g-1ubuntu4.15", "1.0.2g-1ubuntu4.19", "1.0.2g-1ubuntu4.20"],
    ubuntu18: ["1.1.1-1ubuntu2.1~18.04.6", "1.1.1-1ubuntu2.1~18.04.9", "1.1.1-1ubuntu2.1~18.04.13"],
    ubuntu20: ["1.1.1f-1ubuntu2", "1.1.1f-1ubuntu2.5", "1.1.1f-1ubuntu2.10"],
    el6: ["1.0.1e-57.el6", "1.0.1e-58.el6_10"],
    el7: ["1.0.2k-19.el7", "1.0.2k-21.el7_9", "1.0.2k-22.el7_9"],
    el8: ["1.1.1g-15.el8_3", "1.1.1k-4.el8", "1.1.1k-5.el8_5"],
  },
  sudo: {
    deb9: ["1.8.19p1-2.1", "1.8.19p1-2.1+deb9u3"],
    deb10: ["1.8.27-1+deb10u2", "1.8.27-1+deb10u3"],
    deb11: ["1.9.5p2-3"],
    ubuntu16: ["1.8.16-0ubuntu1.9", "1.8.16-0ubuntu1.10"],
    ubuntu18: ["1.8.21p2-3ubuntu1.2", "1.8.21p2-3ubuntu1.4"],
    ubuntu20: ["1.8.31-1ubuntu1.1", "1.8.31-1ubuntu1.2"],
    el6: ["1.8.6p3-29.el6_10.2", "1.8.6p3-29.el6_10.4"],
    el7: ["1.8.23-9.el7", "1.8.23-10.el7_9.1", "1.8.23-10.el7_9.2"],
    el8: ["1.8.29-6.el8", "1.8.29-7.el8", "1.8.29-7.el8_4.1"],
  },
  bash: {
    deb9: ["4.4-5"],
    deb10: ["5.0-4"],
    deb11: ["5.1-2+b3"],
    ubuntu16: ["4.3-14ubuntu1.4"],
    ubuntu18: ["4.4.18-2ubuntu1.2"],
    ubuntu20: ["5.0-6ubuntu1.1"],
    el6: ["4.1.2-48.el6"],
    el7: ["4.2.46-34.el7"],
    el8: ["4.4.19-12.el8", "4.4.20-1.el8_4"],
  },
};

/** The installed-package candidates of one distro at one patch level, in a fixed order. */
export function osPackages(distro: Distro, patchLevel: number): readonly Pkg[] {
  const key = `${distro.id}#${patchLevel}`;
  let list = cache.get(key);
  if (!list) {
    const names = (distro.family === "deb" ? DEB_NAMES : RPM_NAMES).trim().split(/\s+/);
    list = names.map((name) => build(distro, name, patchLevel));
    cache.set(key, list);
  }
  return list;
}

/** How many of a distro's candidates every host has: the base system. */
export const BASE_PACKAGES = 110;

/**
 * How many OS packages one host lists: 400 to 1,500 (a minimal server near 400, one with a
 * desktop stack, compilers and agents near 1,500), most near 700; at most what the distro's
 * candidates hold. `u` is a uniform draw in [0, 1).
 */
export function hostPackageCount(u: number, candidates: number): number {
  return Math.min(candidates, Math.round(400 + u ** 1.6 * 1_100));
}

const cache = new Map<string, Pkg[]>();

const ARCH_ALL =
  /^(tzdata|ca-certificates|debconf|adduser|base-passwd|sensible-utils|lsb-base|ncurses-base|readline-common|publicsuffix|java-common|fonts-|fontconfig-config|apache2-data|postgresql-common|nginx-common|git-man|perl-modules|python3-|libx11-data|libsnmp-base|perl-|dejavu-|fontpackages|ncurses-base|setup|filesystem|basesystem|tzdata|bind-license|firewalld|tomcat|grub2-common|nginx-filesystem)/;

function build(distro: Distro, name: string, level: number): Pkg {
  const real = REAL[name]?.[distro.release];
  const version = real ? real[Math.min(level, real.length - 1)]! : synthetic(distro, name, level);
  const deb = distro.family === "deb";
  const arch = ARCH_ALL.test(name) ? (deb ? "all" : "noarch") : deb ? "amd64" : "x86_64";
  return identity(distro.family, distro.vendor, name, version, {
    arch,
    distro: distro.id,
  });
}

function synthetic(distro: Distro, name: string, level: number): string {
  const h = hashSeed(name);
  const releaseShift = hashSeed(distro.release) % 3;
  const upstream = `${1 + (h % 3)}.${((h >>> 3) % 20) + releaseShift}.${(h >>> 8) % 12}`;
  // About a third of the packages had security updates; the others stay at their release version.
  const updates = (h >>> 13) % 3 === 0 ? level : 0;
  const rev = 1 + ((h >>> 16) % 4);
  switch (distro.release) {
    case "deb9":
    case "deb10":
    case "deb11":
      return `${upstream}-${rev}${updates > 0 ? `+${distro.release}u${updates}` : ""}`;
    case "ubuntu16":
    case "ubuntu18":
    case "ubuntu20":
      return `${upstream}-${rev}ubuntu${updates > 0 ? `0.${updates}` : "1"}`;
    default:
      return `${upstream}-${rev + updates * 2}.${distro.release}${updates > 0 ? "_9" : ""}`;
  }
}
