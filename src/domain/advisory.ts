/**
 * The normalised advisory: one shape for every feed (OSV, NVD, KEV, CSAF, CycloneDX VEX),
 * modelled on the OSV schema (https://ossf.github.io/osv-schema/). Pure data and pure rules;
 * parsing lives in src/advisories.
 */

/** CVSS qualitative bands (https://www.first.org/cvss/v3.1/specification-document#Qualitative-Severity-Rating-Scale). */
export type SeverityLevel = "critical" | "high" | "medium" | "low" | "none" | "unknown";

/** A CVSS vector with its base score. */
export interface CvssScore {
  score: number;
  vector: string;
}

export interface Severity {
  cvss3?: CvssScore;
  /** v4 scores are taken from the feed; a v4 vector given without a score keeps `score` unset. */
  cvss4?: { score?: number; vector: string };
  /** Only for old records (before 2016) that NVD never rescored in v3. */
  cvss2?: CvssScore;
  level: SeverityLevel;
}

/** Facts from the CISA Known Exploited Vulnerabilities catalog (https://www.cisa.gov/known-exploited-vulnerabilities-catalog). */
export interface KevFacts {
  /** ISO date (YYYY-MM-DD). */
  dateAdded: string;
  dueDate: string;
  knownRansomware?: boolean;
  requiredAction?: string;
}

/** One OSV range event; exactly one key is set (https://ossf.github.io/osv-schema/#affectedrangesevents-fields). */
export type RangeEvent =
  { introduced: string } | { fixed: string } | { last_affected: string } | { limit: string };

export interface AffectedRange {
  type: "ECOSYSTEM" | "SEMVER" | "GIT";
  /** Repository URL for GIT ranges. */
  repo?: string;
  events: RangeEvent[];
}

export interface AffectedPackage {
  /** OSV ecosystem spelling (`Maven`, `npm`, `PyPI`, `Debian:12` ...). */
  ecosystem: string;
  /** Ecosystem package name; Maven as `groupId:artifactId`, npm as `@scope/name`. */
  name: string;
  purl?: string;
  ranges: AffectedRange[];
  /** Explicitly listed affected versions. */
  versions: string[];
}

/**
 * A CPE 2.3 match criterion as in NVD configurations (used for OS-level matching, e.g. Windows XP
 * SP1 vulnerable while SP2 is not). https://nvd.nist.gov/developers/vulnerabilities
 */
export interface CpeMatch {
  /** CPE 2.3 formatted string, e.g. `cpe:2.3:o:microsoft:windows_xp:-:sp1:*:*:*:*:*:*`. */
  criteria: string;
  /** False for platform criteria ("running on") that are not themselves vulnerable. */
  vulnerable: boolean;
  versionStartIncluding?: string;
  versionStartExcluding?: string;
  versionEndIncluding?: string;
  versionEndExcluding?: string;
}

export type VexStatus = "affected" | "not_affected" | "fixed" | "under_investigation";

/** A producer's statement about one product (https://www.cisa.gov/resources-tools/resources/minimum-requirements-vulnerability-exploitability-exchange-vex). */
export interface VexStatement {
  /** The product, as a purl or a CPE 2.3 string. */
  product: string;
  status: VexStatus;
  justification?: string;
  detail?: string;
}

export interface Advisory {
  /** The CVE id when one is known, else the feed's id (GHSA-..., PYSEC-..., a CSAF tracking id). */
  id: string;
  aliases: string[];
  summary?: string;
  details?: string;
  published?: string;
  modified?: string;
  withdrawn?: string;
  severity: Severity;
  kev?: KevFacts;
  affected: AffectedPackage[];
  cpeMatches: CpeMatch[];
  vex: VexStatement[];
  references: string[];
  /** Where the record came from: feed ids and files (`osv:all.zip`, `nvd`, `kev`, `bundle`). */
  sources: string[];
  notes?: string[];
}

const LEVEL_RANK: Record<SeverityLevel, number> = {
  unknown: 0,
  none: 1,
  low: 2,
  medium: 3,
  high: 4,
  critical: 5,
};

/** The CVSS v3/v4 qualitative band of a base score. */
export function severityLevelOfScore(score: number): SeverityLevel {
  if (!Number.isFinite(score) || score < 0 || score > 10) return "unknown";
  if (score === 0) return "none";
  if (score < 4) return "low";
  if (score < 7) return "medium";
  if (score < 9) return "high";
  return "critical";
}

/** CVSS v2 had three bands only (https://nvd.nist.gov/vuln-metrics/cvss): 0-3.9 low, 4-6.9 medium, 7-10 high. */
export function severityLevelOfV2Score(score: number): SeverityLevel {
  if (!Number.isFinite(score) || score < 0 || score > 10) return "unknown";
  if (score < 4) return "low";
  if (score < 7) return "medium";
  return "high";
}

/** The level implied by the best metric present: v3 first, then v4, then v2. */
export function severityLevelOf(severity: Omit<Severity, "level">): SeverityLevel {
  if (severity.cvss3) return severityLevelOfScore(severity.cvss3.score);
  if (severity.cvss4?.score !== undefined) return severityLevelOfScore(severity.cvss4.score);
  if (severity.cvss2) return severityLevelOfV2Score(severity.cvss2.score);
  return "unknown";
}

/** Compares levels: positive when `a` is more severe. */
export function compareSeverityLevels(a: SeverityLevel, b: SeverityLevel): number {
  return LEVEL_RANK[a] - LEVEL_RANK[b];
}

/** A CVE id (https://www.cve.org/ResourcesSupport/FAQs#pc_cve_recordscve_id_format). */
export function isCveId(id: string): boolean {
  return /^CVE-\d{4}-\d{4,}$/.test(id);
}

/** Every id an advisory is known by, its own included. */
export function idsOf(advisory: Advisory): string[] {
  return [advisory.id, ...advisory.aliases];
}

/**
 * Makes the CVE id the primary id when the record's own id is not one but an alias is (GHSA-...
 * aliased to a CVE), keeping the original id as an alias. Several CVE aliases: the lowest sorts first.
 */
export function withCvePrimaryId(advisory: Advisory): Advisory {
  if (isCveId(advisory.id)) return advisory;
  const cve = [...advisory.aliases].sort().find(isCveId);
  if (cve === undefined) return advisory;
  const aliases = [...new Set([advisory.id, ...advisory.aliases.filter((a) => a !== cve)])].sort();
  return { ...advisory, id: cve, aliases };
}

/** An advisory with nothing but an id, for feeds that only add facts (KEV). */
export function emptyAdvisory(id: string, source: string): Advisory {
  return {
    id,
    aliases: [],
    severity: { level: "unknown" },
    affected: [],
    cpeMatches: [],
    vex: [],
    references: [],
    sources: [source],
  };
}

/**
 * Merges two records of the same vulnerability (aliases of each other): ids, affected packages,
 * CPE criteria, VEX statements and references are united; the CVE id becomes `id` when there is
 * one; the higher score of each CVSS version and the most severe level win; KEV facts are kept.
 * Texts and dates come from `a` when present (the caller passes the preferred record first), except
 * `modified`, which takes the most recent.
 */
export function mergeAdvisories(a: Advisory, b: Advisory): Advisory {
  const allIds = uniqueSorted([...idsOf(a), ...idsOf(b)]);
  const id = pickPrimaryId(a.id, b.id, allIds);
  const merged: Advisory = {
    id,
    aliases: allIds.filter((x) => x !== id),
    severity: mergeSeverity(a.severity, b.severity),
    affected: uniqueBy([...a.affected, ...b.affected], (p) => JSON.stringify(p)),
    cpeMatches: uniqueBy([...a.cpeMatches, ...b.cpeMatches], (m) => JSON.stringify(m)),
    vex: uniqueBy([...a.vex, ...b.vex], (v) => JSON.stringify(v)),
    references: uniqueSorted([...a.references, ...b.references]),
    sources: uniqueSorted([...a.sources, ...b.sources]),
  };
  copyFirst(merged, a, b, ["summary", "details", "published", "withdrawn"]);
  const modified = [a.modified, b.modified].filter((m) => m !== undefined).sort();
  if (modified.length > 0) merged.modified = modified[modified.length - 1]!;
  const kev = a.kev ?? b.kev;
  if (kev) merged.kev = kev;
  const notes = uniqueSorted([...(a.notes ?? []), ...(b.notes ?? [])]);
  if (notes.length > 0) merged.notes = notes;
  return merged;
}

function pickPrimaryId(a: string, b: string, all: string[]): string {
  if (isCveId(a)) return a;
  if (isCveId(b)) return b;
  return all.find(isCveId) ?? a;
}

function copyFirst(
  target: Advisory,
  a: Advisory,
  b: Advisory,
  keys: ("summary" | "details" | "published" | "withdrawn")[],
): void {
  for (const key of keys) {
    const value = a[key] ?? b[key];
    if (value !== undefined) target[key] = value;
  }
}

function mergeSeverity(a: Severity, b: Severity): Severity {
  const out: Severity = { level: "unknown" };
  const cvss3 = higher(a.cvss3, b.cvss3);
  if (cvss3) out.cvss3 = cvss3;
  const cvss2 = higher(a.cvss2, b.cvss2);
  if (cvss2) out.cvss2 = cvss2;
  const cvss4 = (a.cvss4?.score ?? -1) >= (b.cvss4?.score ?? -1) ? (a.cvss4 ?? b.cvss4) : b.cvss4;
  if (cvss4) out.cvss4 = cvss4;
  out.level = compareSeverityLevels(a.level, b.level) >= 0 ? a.level : b.level;
  return out;
}

function higher(a: CvssScore | undefined, b: CvssScore | undefined): CvssScore | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}

function uniqueBy<T>(values: T[], key: (v: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const v of values) if (!seen.has(key(v))) seen.set(key(v), v);
  return [...seen.values()];
}

/**
 * Groups incoming records by alias closure: records that share any id (directly or through a
 * chain, e.g. GHSA -> CVE <- PYSEC) end up merged into one advisory.
 */
export class AliasIndex {
  /** id -> group key; a group key maps to the merged advisory. */
  private readonly groupOf = new Map<string, number>();
  private readonly groups = new Map<number, Advisory>();
  private nextGroup = 0;

  add(advisory: Advisory): void {
    const ids = idsOf(advisory);
    const found = [...new Set(ids.map((id) => this.groupOf.get(id)).filter((g) => g !== undefined))];
    let merged = advisory;
    for (const group of found) {
      merged = mergeAdvisories(this.groups.get(group)!, merged);
      this.groups.delete(group);
    }
    const group = this.nextGroup++;
    this.groups.set(group, merged);
    for (const id of idsOf(merged)) this.groupOf.set(id, group);
  }

  /** The merged advisory known by `id` (its own id or any alias). */
  get(id: string): Advisory | undefined {
    const group = this.groupOf.get(id);
    return group === undefined ? undefined : this.groups.get(group);
  }

  get size(): number {
    return this.groups.size;
  }

  /** Every merged advisory, sorted by id. */
  all(): Advisory[] {
    return [...this.groups.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }
}
