/**
 * The CPE 2.3 name of an asset's operating system, so OS-level advisories (the Windows RPC
 * flaws the 2003-2007 worms used) match through the same CPE criteria NVD publishes.
 * Product names follow NVD's CPE dictionary (https://nvd.nist.gov/products/cpe):
 * `cpe:2.3:o:microsoft:windows_xp:-:sp1:*:*:*:*:*:*` is Windows XP with Service Pack 1.
 */
import type { OperatingSystem } from "./asset.js";

interface OsRule {
  pattern: RegExp;
  vendor: string;
  /** The product; a function when the name carries it (the Windows Server year). */
  product: string | ((m: RegExpExecArray) => string);
  /** The CPE version: from the name, from the asset's version field, or "-". */
  version?: (m: RegExpExecArray, os: OperatingSystem) => string;
  /** CPE `sw_edition` (Ubuntu's LTS). */
  edition?: string;
}

const RULES: readonly OsRule[] = [
  { pattern: /^windows 95\b/i, vendor: "microsoft", product: "windows_95" },
  { pattern: /^windows 98 ?se\b/i, vendor: "microsoft", product: "windows_98se" },
  { pattern: /^windows 98\b/i, vendor: "microsoft", product: "windows_98" },
  { pattern: /^windows me\b/i, vendor: "microsoft", product: "windows_me" },
  {
    pattern: /^windows nt(?: (\d+(?:\.\d+)?))?/i,
    vendor: "microsoft",
    product: "windows_nt",
    version: (m, os) => normaliseNtVersion(m[1] ?? os.version),
  },
  { pattern: /^windows 2000\b/i, vendor: "microsoft", product: "windows_2000" },
  { pattern: /^windows xp\b/i, vendor: "microsoft", product: "windows_xp" },
  { pattern: /^windows vista\b/i, vendor: "microsoft", product: "windows_vista" },
  {
    pattern: /^windows server (\d{4})( r2)?\b/i,
    vendor: "microsoft",
    product: (m) => `windows_server_${m[1]}`,
    version: (m) => (m[2] ? "r2" : "-"),
  },
  { pattern: /^windows (7|8\.1|8|10|11)\b/i, vendor: "microsoft", product: (m) => `windows_${m[1]}` },
  {
    pattern: /^ubuntu(?: (\d+\.\d+))?/i,
    vendor: "canonical",
    product: "ubuntu_linux",
    version: (m, os) => m[1] ?? (os.version || "-"),
  },
  {
    pattern: /^debian(?: (\d+))?/i,
    vendor: "debian",
    product: "debian_linux",
    version: (m, os) => m[1] ?? (os.version || "-"),
  },
  {
    pattern: /^(?:red hat enterprise linux|rhel)(?: (\d+))?/i,
    vendor: "redhat",
    product: "enterprise_linux",
    version: (m, os) => m[1] ?? (os.version.split(".")[0] || "-"),
  },
];

/** The OS's CPE 2.3 name, or undefined when Needle does not know the product. */
export function osCpe(os: OperatingSystem): string | undefined {
  const name = os.name.trim();
  for (const rule of RULES) {
    const m = rule.pattern.exec(name);
    if (!m) continue;
    const product = typeof rule.product === "string" ? rule.product : rule.product(m);
    const version = rule.version ? rule.version(m, os) : "-";
    const update = os.servicePack ? os.servicePack.toLowerCase().replace(/\s+/g, "") : "-";
    return `cpe:2.3:o:${rule.vendor}:${product}:${escapeCpe(version)}:${update}:*:*:*:*:*:*`;
  }
  return undefined;
}

function normaliseNtVersion(version: string): string {
  if (!version) return "-";
  return /^\d+$/.test(version) ? `${version}.0` : version;
}

/** CPE 2.3 formatted-string escaping of the characters a version may hold. */
function escapeCpe(value: string): string {
  return value.replace(/([^A-Za-z0-9._\-*])/g, "\\$1");
}
