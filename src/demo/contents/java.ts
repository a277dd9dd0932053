/**
 * Java applications as a scanner finds them: jars in a war's WEB-INF/lib (packed or
 * exploded), wars nested in an ear (`app.ear!/app-1.war!/WEB-INF/lib/x.jar`), Spring Boot's
 * BOOT-INF/lib, a vendor product's lib directory, or classes shaded into one jar (found by
 * the pom.properties left inside it).
 */

import {
  BOOT_LINES,
  BOOT_MODULES,
  LOG4J_CORE_WEIGHTS,
  LOG4J1_WEIGHTS,
  log4j1,
  log4jApi,
  log4jCore,
  log4jSlf4j,
  logback,
  SPRING_MODULES,
  slf4jApi,
  tomcatEmbed,
} from "../catalogue/maven.js";
import { JAVA_POOL } from "../catalogue/maven-pool.js";
import { identity, type Pkg } from "../catalogue/package-line.js";
import type { AppPlan } from "../plan.js";
import type { Random } from "../random.js";
import type { Occurrences } from "./emit.js";

/** Versions of log4j-core that are not exploitable by CVE-2021-44228 and its follow-ups. */
const FIXED = new Set([
  "2.3.1",
  "2.3.2",
  "2.12.2",
  "2.12.3",
  "2.12.4",
  "2.15.0",
  "2.16.0",
  "2.17.0",
  "2.17.1",
]);
/** The mitigation many teams applied before upgrading: JndiLookup.class deleted from the jar. */
const MITIGATED = JSON.stringify({ "needle:log4j:jndilookup-removed": "true" });

interface Lib {
  pkg: Pkg;
  properties: string | null;
  /** Logging libraries stay together with the application in every module. */
  core: boolean;
}

export function javaApp(r: Random, app: AppPlan, siteCode: string, windows: boolean, out: Occurrences): void {
  const era = r.next();
  const libs = app.archetype === "java-boot" ? bootLibs(r, app) : plainLibs(r, app, era);
  for (const line of r.sample(JAVA_POOL, r.int(60, 220))) libs.push(lib(line.forEra(r, era)));
  for (let i = r.int(3, 12); i > 0; i--) {
    const module = `${r.pick(["portal", "records", "billing", "common", "forms"])}-${r.pick(["core", "model", "services", "web", "common", "client", "batch", "reports"])}`;
    // Internal modules are shared by a site's applications: versions vary little.
    libs.push(lib(identity("maven", `ca.qc.example.${siteCode}`, module, `1.${r.int(0, 4)}.${r.int(0, 2)}`)));
  }
  place(r, app, windows, libs, out);
}

function plainLibs(r: Random, app: AppPlan, era: number): Lib[] {
  const libs: Lib[] = [];
  const vendor = app.archetype === "java-libdir" || app.archetype === "java-shaded";
  const u = r.next();
  if (app.log4jCore !== undefined || u < (vendor ? 0.85 : 0.55)) {
    addLog4j2(r, libs, app.log4jCore ?? r.weighted(LOG4J_CORE_WEIGHTS));
    if (r.chance(0.1)) libs.push(lib(log4j1.version(r.weighted(LOG4J1_WEIGHTS)), true));
  } else if (u < 0.8) {
    libs.push(lib(log4j1.version(r.weighted(LOG4J1_WEIGHTS)), true));
  } else {
    libs.push(lib(logback.forEra(r, era), true), lib(slf4jApi.forEra(r, era), true));
  }
  if (!vendor && r.chance(0.4)) {
    const k = Math.round(era * (SPRING_MODULES[0]!.versions.length - 1));
    for (const m of SPRING_MODULES) if (r.chance(0.85) || m.name === "spring-beans") libs.push(lib(m.at(k)));
  }
  return libs;
}

function bootLibs(r: Random, app: AppPlan): Lib[] {
  const line = r.weighted(BOOT_LINES.map((l) => [l, l.weight] as const));
  const libs: Lib[] = [lib(tomcatEmbed.version(line.tomcat))];
  for (const m of BOOT_MODULES) libs.push(lib(m.version(line.boot)));
  for (const m of SPRING_MODULES) libs.push(lib(m.version(line.spring)));
  // Boot logs through Logback unless the starter-log4j2 swaps it in; some pin their own version.
  if (app.log4jCore !== undefined || r.chance(0.35)) {
    addLog4j2(r, libs, app.log4jCore ?? (r.chance(0.7) ? line.log4j : r.weighted(LOG4J_CORE_WEIGHTS)));
  } else {
    libs.push(lib(logback.latest, true), lib(slf4jApi.latest, true));
  }
  return libs;
}

function addLog4j2(r: Random, libs: Lib[], version: string): void {
  const mitigated = !FIXED.has(version) && r.chance(0.1);
  libs.push({
    pkg: log4jCore.version(version),
    properties: mitigated ? MITIGATED : null,
    core: true,
  });
  libs.push(lib(log4jApi.version(version), true));
  if (r.chance(0.4)) libs.push(lib(log4jSlf4j.version(version), true));
}

function lib(pkg: Pkg, core = false): Lib {
  return { pkg, properties: null, core };
}

function jar(pkg: Pkg): string {
  return `${pkg.name}-${pkg.version}.jar`;
}

function place(r: Random, app: AppPlan, windows: boolean, libs: readonly Lib[], out: Occurrences): void {
  const opt = windows ? "D:/apps" : "/opt";
  const add = (l: Lib, location: string) => out.add(l.pkg, location, l.properties);
  switch (app.archetype) {
    case "java-war": {
      const root = `${windows ? "D:/tomcat" : "/opt/tomcat"}/webapps/${app.name}${r.chance(0.5) ? ".war!" : ""}`;
      for (const l of libs) add(l, `${root}/WEB-INF/lib/${jar(l.pkg)}`);
      return;
    }
    case "java-ear":
      placeEar(r, app, windows, libs, out);
      return;
    case "java-boot":
      for (const l of libs) add(l, `${opt}/${app.name}/${app.name}.jar!/BOOT-INF/lib/${jar(l.pkg)}`);
      return;
    case "java-shaded":
      for (const l of libs)
        add(
          l,
          `${opt}/${app.name}/${app.name}-all.jar!/META-INF/maven/${l.pkg.namespace}/${l.pkg.name}/pom.properties`,
        );
      return;
    default:
      for (const l of libs) add(l, `${opt}/${app.name}/lib/${jar(l.pkg)}`);
  }
}

/** An ear: shared jars in its lib/, the rest repeated in each war module that needs them. */
function placeEar(r: Random, app: AppPlan, windows: boolean, libs: readonly Lib[], out: Occurrences): void {
  const ear = `${windows ? "D:/jboss" : "/opt/jboss"}/standalone/deployments/${app.name}.ear`;
  const modules = r.int(2, 7);
  const loggingShared = r.chance(0.5);
  for (const l of libs) {
    if ((l.core && loggingShared) || (!l.core && r.chance(0.4))) {
      out.add(l.pkg, `${ear}!/lib/${jar(l.pkg)}`, l.properties);
      continue;
    }
    let placed = false;
    for (let m = 1; m <= modules; m++) {
      if (l.core || r.chance(0.75) || (!placed && m === modules)) {
        out.add(l.pkg, `${ear}!/${app.name}-${m}.war!/WEB-INF/lib/${jar(l.pkg)}`, l.properties);
        placed = true;
      }
    }
  }
}
