/** Which applications a server, site or service runs, and what it is called. */
import type { SiteKind } from "./organisation.js";
import type { AppPlan, Archetype } from "./plan.js";
import type { Random } from "./random.js";

const LINUX_ROLES: readonly (readonly [string, number])[] = [
  ["app-java", 0.3],
  ["app-node", 0.12],
  ["app-python", 0.1],
  ["search", 0.08],
  ["database", 0.2],
  ["monitoring", 0.08],
  ["file", 0.12],
];

const WINDOWS_ROLES: readonly (readonly [string, number])[] = [
  ["domain-controller", 0.15],
  ["file", 0.2],
  ["database", 0.2],
  ["app-dotnet", 0.3],
  ["app-java", 0.15],
];

/** How Java applications are packaged: plain and nested wars, Spring Boot, vendor lib dirs, shaded jars. */
const JAVA: readonly (readonly [Archetype, number])[] = [
  ["java-war", 0.35],
  ["java-ear", 0.2],
  ["java-boot", 0.3],
  ["java-libdir", 0.1],
  ["java-shaded", 0.05],
];

const SITE_LINUX: readonly (readonly [Archetype | "java", number])[] = [
  ["java", 0.45],
  ["node", 0.32],
  ["python", 0.18],
  ["static", 0.05],
];

const SITE_WINDOWS: readonly (readonly [Archetype | "java", number])[] = [
  ["dotnet", 0.55],
  ["java", 0.4],
  ["static", 0.05],
];

export function serverRole(random: Random, linux: boolean): string {
  return random.weighted(linux ? LINUX_ROLES : WINDOWS_ROLES);
}

/** The applications of a server (by role) or of a site or service (by its host platform). */
export function drawApps(
  random: Random,
  role: string,
  linux: boolean,
  name = role,
  central = false,
): AppPlan[] {
  const app = (archetype: Archetype, suffix = ""): AppPlan => ({ archetype, name: `${name}${suffix}` });
  const java = () => random.weighted(JAVA);
  const several = (make: (i: number) => AppPlan, max: number) =>
    Array.from({ length: random.int(1, max) }, (_, i) => make(i));
  switch (role) {
    case "app-java":
      // The centres' application servers each host many of the region's Java applications.
      return several((i) => app(java(), `-${i + 1}`), central ? 16 : 4);
    case "app-node":
      return several((i) => app("node", `-${i + 1}`), 2);
    case "app-python":
      return several((i) => app("python", `-${i + 1}`), 2);
    case "app-dotnet":
      return several((i) => app("dotnet", `-${i + 1}`), 3);
    case "search":
      return [{ archetype: "java-libdir", name: "search-engine" }];
    case "monitoring":
      return [{ archetype: "java-shaded", name: "monitoring-agent" }, app("python", "-collector")];
    case "website":
    case "service": {
      const drawn = random.weighted(linux ? SITE_LINUX : SITE_WINDOWS);
      const apps = [app(drawn === "java" ? java() : drawn)];
      // Some Java back ends come with a separate JavaScript front end.
      if (drawn === "java" && linux && random.chance(0.3)) apps.push(app("node", "-ui"));
      return apps;
    }
    default:
      // Windows infrastructure servers: the installed-programs list only; Linux ones: OS packages only.
      return linux ? [] : [{ archetype: "desktop", name: "installed" }];
  }
}

const PUBLIC_NAMES: Readonly<Record<SiteKind, readonly string[]>> = {
  national: [
    "covid-results",
    "health-card",
    "proof-of-vaccination",
    "open-data",
    "alerts",
    "test-booking",
    "statistics",
  ],
  region: ["www", "careers", "appointments", "health-info", "emergency-waits"],
  hospital: ["www", "appointments", "patient-portal", "careers", "foundation", "visitors"],
  clinic: ["www", "appointments"],
  school: ["www", "parents-portal", "enrolment", "library", "timetables", "transport"],
  ministry: [
    "www",
    "permits",
    "licences",
    "benefits",
    "forms",
    "registry",
    "grants",
    "tax-returns",
    "jobs",
    "open-data",
    "complaints",
    "payments",
    "notices",
    "maps",
  ],
  city: [
    "www",
    "permits",
    "parking",
    "library",
    "recreation",
    "property-tax",
    "water-quality",
    "311",
    "events",
    "council-minutes",
    "maps",
  ],
};

const INTERNAL_NAMES: readonly string[] = [
  "intranet",
  "hr",
  "payroll",
  "documents",
  "helpdesk",
  "gis",
  "erp",
  "timesheets",
  "reports",
  "wiki",
  "inventory",
  "scheduling",
  "mail-gateway",
  "file-transfer",
  "monitoring",
  "backup-console",
  "directory",
  "procurement",
];

export function appName(
  random: Random,
  site: SiteKind,
  exposure: "internet" | "internal",
  kind: string,
): string {
  const base = random.pick(exposure === "internet" ? PUBLIC_NAMES[site] : INTERNAL_NAMES);
  return kind === "service" ? `${base}-api` : base;
}
