/**
 * What an inventory agent reports for a Windows machine: its installed programs and
 * updates; on workstations also browser extensions, now and then a desktop Java client with
 * its bundled jars, and on developers' machines their tools (global npm packages, Python
 * site-packages, the Maven local repository, where old log4j-core copies linger).
 */
import type { OperatingSystem } from "../../domain/asset.js";
import { CHROME_EXTENSIONS, FIREFOX_ADDONS } from "../catalogue/browser-extensions.js";
import { LEGACY_PROGRAMS, PROGRAMS } from "../catalogue/desktop.js";
import { bundleOf, JAVA_CLIENTS } from "../catalogue/java-clients.js";
import { LOG4J_CORE_WEIGHTS, log4jApi, log4jCore } from "../catalogue/maven.js";
import { JAVA_POOL } from "../catalogue/maven-pool.js";
import { NPM_POOL, npmDir } from "../catalogue/npm.js";
import type { Pkg } from "../catalogue/package-line.js";
import { PYPI_POOL } from "../catalogue/pypi.js";
import { updatesFor } from "../catalogue/windows-updates.js";
import type { AssetPlan } from "../plan.js";
import type { Random } from "../random.js";
import type { Occurrences } from "./emit.js";

/** Share of modern workstations (Windows 7 and 10) that are developers' machines. */
export const DEVELOPER_SHARE = 0.03;
/** Share of workstations (XP and later) with a desktop Java client installed. */
export const JAVA_CLIENT_SHARE = 0.08;

type Era = "legacy" | "xp" | "modern";

function eraOf(os: OperatingSystem | undefined): Era {
  const name = os?.name ?? "";
  if (name === "Windows XP" || name === "Windows Server 2003") return "xp";
  if (/^Windows (95|98|NT|2000)/.test(name)) return "legacy";
  return "modern";
}

export function windowsHost(r: Random, plan: AssetPlan, out: Occurrences): void {
  const os = plan.asset.os;
  const era = eraOf(os);
  const workstation = plan.asset.kind === "workstation";
  programs(r, era, workstation, out);
  if (os) updates(r, os, era, out);
  if (!workstation) return;
  if (era !== "legacy") {
    if (r.chance(JAVA_CLIENT_SHARE)) javaClients(r, out);
    if (era === "modern") extensions(r, out);
  }
  if (era === "modern" && r.chance(DEVELOPER_SHARE)) developerTools(r, out);
}

function programs(r: Random, era: Era, workstation: boolean, out: Occurrences): void {
  const pool = era === "legacy" ? LEGACY_PROGRAMS : PROGRAMS;
  const count =
    era === "legacy"
      ? r.int(5, 18)
      : !workstation
        ? r.int(20, 50)
        : era === "xp"
          ? r.int(25, 70)
          : r.int(35, 110);
  // How recent the machine's software is: the legacy fleet froze long ago.
  const age =
    era === "legacy" ? r.next() * 0.35 : era === "xp" ? 0.2 + r.next() * 0.4 : 0.45 + r.next() * 0.55;
  for (const p of r.sample(pool, count)) {
    out.add(p.line.forEra(r, age), `C:/Program Files/${p.line.namespace}/${p.line.name}`);
  }
}

/** Installed updates: the history up to how current the machine is, less a few it missed. */
function updates(r: Random, os: OperatingSystem, era: Era, out: Occurrences): void {
  const series = updatesFor(os);
  if (!series) return;
  const n = series.line.versions.length;
  const currency = era === "modern" ? 0.8 + r.next() * 0.2 : 0.5 + r.next() * 0.5;
  const cut = Math.max(1, Math.round(n * currency));
  const from = series.cumulative ? Math.max(0, cut - r.int(8, 20)) : 0;
  const where = era === "modern" ? "C:/Windows/servicing/Packages" : "HKLM/SOFTWARE/Microsoft/Updates";
  for (let i = from; i < cut; i++) if (!r.chance(0.03)) out.add(series.line.at(i), where);
}

function javaClients(r: Random, out: Occurrences): void {
  const weighted = JAVA_CLIENTS.map((c) => [c, c.weight] as const);
  const chosen = new Set([r.weighted(weighted)]);
  if (r.chance(0.15)) chosen.add(r.weighted(weighted));
  for (const client of chosen) {
    for (const pkg of bundleOf(client)) out.add(pkg, `C:/Program Files/${client.name}/lib/${jar(pkg)}`);
  }
}

function extensions(r: Random, out: Occurrences): void {
  if (r.chance(0.7)) {
    for (const line of r.sample(CHROME_EXTENSIONS, r.int(1, 8)))
      out.add(line.forEra(r, 0.8), `%LOCALAPPDATA%/Google/Chrome/User Data/Default/Extensions/${line.name}`);
  }
  if (r.chance(0.25)) {
    for (const line of r.sample(FIREFOX_ADDONS, r.int(1, 4)))
      out.add(line.forEra(r, 0.8), `%APPDATA%/Mozilla/Firefox/Profiles/default/extensions/${line.name}.xpi`);
  }
}

function developerTools(r: Random, out: Occurrences): void {
  const era = 0.5 + r.next() * 0.5;
  const npmRoot = "%APPDATA%/npm/node_modules";
  const top = r.sample(NPM_POOL, r.int(15, 50));
  for (const line of top) out.add(line.forEra(r, era), `${npmRoot}/${npmDir(line)}/package.json`);
  for (let i = r.int(100, 400); i > 0; i--) {
    const child = r.pick(NPM_POOL);
    out.add(
      child.forEra(r, era * 0.7),
      `${npmRoot}/${npmDir(r.pick(top))}/node_modules/${npmDir(child)}/package.json`,
    );
  }
  for (const line of r.sample(PYPI_POOL, r.int(30, 110))) {
    const pkg = line.forEra(r, era);
    out.add(
      pkg,
      `C:/Python39/Lib/site-packages/${pkg.name.replace(/-/g, "_")}-${pkg.version}.dist-info/METADATA`,
    );
  }
  // The local Maven repository keeps every version a build ever fetched.
  for (const line of r.sample(JAVA_POOL, r.int(80, 300))) {
    for (let k = r.int(1, 3); k > 0; k--) m2(line.forEra(r, r.next()), out);
  }
  if (r.chance(0.5)) {
    for (let k = r.int(1, 3); k > 0; k--) {
      const version = r.weighted(LOG4J_CORE_WEIGHTS);
      m2(log4jCore.version(version), out);
      m2(log4jApi.version(version), out);
    }
  }
}

function m2(pkg: Pkg, out: Occurrences): void {
  const group = pkg.namespace.replace(/\./g, "/");
  out.add(pkg, `%USERPROFILE%/.m2/repository/${group}/${pkg.name}/${pkg.version}/${jar(pkg)}`);
}

function jar(pkg: Pkg): string {
  return `${pkg.name}-${pkg.version}.jar`;
}
