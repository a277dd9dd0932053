/**
 * OSV JSON (https://ossf.github.io/osv-schema/): one record or an array of records. Directories
 * and an ecosystem's `all.zip` are walked by import-feeds.ts, which hands each file here.
 */
import {
  type Advisory,
  type AffectedPackage,
  type Severity,
  type SeverityLevel,
  severityLevelOf,
  withCvePrimaryId,
} from "../../domain/advisory.js";
import { cvss2BaseScore, cvss3BaseScore } from "../cvss.js";
import {
  describeSchemaError,
  type FeedItem,
  type FeedParser,
  type FeedSource,
  isRecord,
  recordLabel,
} from "../feed-parser.js";
import { readNeedleExtensions } from "./needle-extensions.js";
import { type OsvRecord, osvRecordSchema } from "./osv-schema.js";

function looksLikeOsv(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === "string" &&
    // Presence, not validity: a record with a bad field is still OSV and gets a named error.
    ("modified" in value || "affected" in value || "schema_version" in value) &&
    !("cve" in value)
  );
}

export const osvParser: FeedParser = {
  id: "osv",
  detect(sample: unknown): boolean {
    if (Array.isArray(sample)) return sample.length > 0 && looksLikeOsv(sample[0]);
    return looksLikeOsv(sample);
  },
  *parse(doc: unknown, source: FeedSource): Iterable<FeedItem> {
    const records = Array.isArray(doc) ? doc : [doc];
    for (const [index, raw] of records.entries()) yield* parseOsvRecord(raw, index, source);
  },
};

function* parseOsvRecord(raw: unknown, index: number, source: FeedSource): Iterable<FeedItem> {
  const record = recordLabel(raw, "id", index);
  const parsed = osvRecordSchema.safeParse(raw);
  if (!parsed.success) {
    yield { error: { file: source.file, record, message: describeSchemaError(parsed.error) } };
    return;
  }
  const warnings: string[] = [];
  const advisory = osvToAdvisory(parsed.data, `osv:${source.file}`, warnings);
  for (const message of warnings) yield { warning: { file: source.file, record, message } };
  yield { advisory };
}

/** Converts a validated OSV record; problems that do not void the record go to `warnings`. */
export function osvToAdvisory(osv: OsvRecord, sourceLabel: string, warnings: string[]): Advisory {
  const advisory: Advisory = {
    id: osv.id,
    aliases: [...new Set(osv.aliases ?? [])].filter((a) => a !== osv.id).sort(),
    severity: osvSeverity(osv, warnings),
    affected: osvAffected(osv, warnings),
    cpeMatches: [],
    vex: [],
    references: [...new Set((osv.references ?? []).map((r) => r.url))].sort(),
    sources: [sourceLabel],
  };
  for (const key of ["summary", "details", "published", "modified", "withdrawn"] as const) {
    const value = osv[key];
    if (value !== undefined) advisory[key] = value;
  }
  const extensions = readNeedleExtensions(osv.database_specific);
  if ("error" in extensions) warnings.push(extensions.error);
  else {
    if (extensions.notes.length > 0) advisory.notes = extensions.notes;
    advisory.cpeMatches = extensions.cpeMatches;
    if (extensions.kev) advisory.kev = extensions.kev;
  }
  return withCvePrimaryId(advisory);
}

function osvSeverity(osv: OsvRecord, warnings: string[]): Severity {
  const severity: Omit<Severity, "level"> = {};
  for (const { type, score: vector } of osv.severity ?? []) {
    try {
      if (type === "CVSS_V3") severity.cvss3 = { score: cvss3BaseScore(vector), vector };
      else if (type === "CVSS_V4") severity.cvss4 = { vector };
      else if (type === "CVSS_V2") severity.cvss2 = { score: cvss2BaseScore(vector), vector };
    } catch (error) {
      warnings.push(`severity ${type}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  let level = severityLevelOf(severity);
  if (level === "unknown") level = databaseSeverity(osv.database_specific?.severity);
  return { ...severity, level };
}

/** GitHub's advisories carry a qualitative `database_specific.severity` (MODERATE = medium). */
function databaseSeverity(value: unknown): SeverityLevel {
  if (typeof value !== "string") return "unknown";
  const level = value.toLowerCase() === "moderate" ? "medium" : value.toLowerCase();
  const known: SeverityLevel[] = ["critical", "high", "medium", "low", "none"];
  return known.find((k) => k === level) ?? "unknown";
}

function osvAffected(osv: OsvRecord, warnings: string[]): AffectedPackage[] {
  const out: AffectedPackage[] = [];
  for (const [i, affected] of (osv.affected ?? []).entries()) {
    if (!affected.package) {
      // GIT-only entries name a repository, not a package: nothing to match inventory against.
      warnings.push(`affected[${i}]: no package (repository-only ranges are not matched)`);
      continue;
    }
    const pkg: AffectedPackage = {
      ecosystem: affected.package.ecosystem,
      name: affected.package.name,
      ranges: (affected.ranges ?? []).map((r) => ({
        type: r.type,
        ...(r.repo !== undefined ? { repo: r.repo } : {}),
        events: r.events,
      })),
      versions: affected.versions ?? [],
    };
    if (affected.package.purl !== undefined) pkg.purl = affected.package.purl;
    out.push(pkg);
  }
  return out;
}
