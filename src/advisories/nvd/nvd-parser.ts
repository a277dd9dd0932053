/**
 * NVD CVE API 2.0 JSON (https://nvd.nist.gov/developers/vulnerabilities): `vulnerabilities[].cve`
 * with CVSS v3.1/v3.0/v4.0/v2 metrics (the Primary source preferred), CPE match configurations
 * with version ranges, English descriptions, and the KEV dates NVD copies from CISA.
 */
import { type Advisory, type CpeMatch, type Severity, severityLevelOf } from "../../domain/advisory.js";
import { toCpeMatch } from "../cpe-match.js";
import {
  describeSchemaError,
  type FeedItem,
  type FeedParser,
  type FeedSource,
  isRecord,
} from "../feed-parser.js";
import { type NvdCve, type NvdMetric, nvdCveSchema } from "./nvd-schema.js";

export const nvdParser: FeedParser = {
  id: "nvd",
  detect(sample: unknown): boolean {
    if (!isRecord(sample) || !Array.isArray(sample.vulnerabilities)) return false;
    if (sample.format === "NVD_CVE") return true;
    const first: unknown = sample.vulnerabilities[0];
    return isRecord(first) && isRecord(first.cve);
  },
  *parse(doc: unknown, source: FeedSource): Iterable<FeedItem> {
    const items = isRecord(doc) && Array.isArray(doc.vulnerabilities) ? doc.vulnerabilities : [];
    for (const [index, item] of items.entries()) {
      const raw = isRecord(item) ? item.cve : undefined;
      const id = isRecord(raw) && typeof raw.id === "string" ? raw.id : `#${index}`;
      const parsed = nvdCveSchema.safeParse(raw);
      if (!parsed.success) {
        const message = `vulnerabilities[${index}].cve: ${describeSchemaError(parsed.error)}`;
        yield { error: { file: source.file, record: id, message } };
        continue;
      }
      const warnings: string[] = [];
      const advisory = nvdToAdvisory(parsed.data, `nvd:${source.file}`, warnings);
      for (const message of warnings) yield { warning: { file: source.file, record: id, message } };
      yield { advisory };
    }
  },
};

export function nvdToAdvisory(cve: NvdCve, sourceLabel: string, warnings: string[]): Advisory {
  const advisory: Advisory = {
    id: cve.id,
    aliases: [],
    severity: nvdSeverity(cve),
    affected: [],
    cpeMatches: nvdCpeMatches(cve, warnings),
    vex: [],
    references: [...new Set((cve.references ?? []).map((r) => r.url))].sort(),
    sources: [sourceLabel],
  };
  const description = cve.descriptions?.find((d) => d.lang === "en" || d.lang.startsWith("en-"));
  if (description) advisory.details = description.value;
  if (cve.published !== undefined) advisory.published = cve.published;
  if (cve.lastModified !== undefined) advisory.modified = cve.lastModified;
  if (cve.vulnStatus === "Rejected") advisory.withdrawn = cve.lastModified ?? cve.published ?? "";
  if (cve.cisaExploitAdd !== undefined && cve.cisaActionDue !== undefined) {
    advisory.kev = { dateAdded: cve.cisaExploitAdd, dueDate: cve.cisaActionDue };
    if (cve.cisaRequiredAction !== undefined) advisory.kev.requiredAction = cve.cisaRequiredAction;
  }
  return advisory;
}

/** The Primary (NVD's own) metric when present, else the first one listed. */
function preferred(metrics: NvdMetric[] | undefined): NvdMetric | undefined {
  return metrics?.find((m) => m.type === "Primary") ?? metrics?.[0];
}

function nvdSeverity(cve: NvdCve): Severity {
  const severity: Omit<Severity, "level"> = {};
  const v3 = preferred(cve.metrics?.cvssMetricV31) ?? preferred(cve.metrics?.cvssMetricV30);
  if (v3) severity.cvss3 = { score: v3.cvssData.baseScore, vector: v3.cvssData.vectorString };
  const v4 = preferred(cve.metrics?.cvssMetricV40);
  if (v4) severity.cvss4 = { score: v4.cvssData.baseScore, vector: v4.cvssData.vectorString };
  const v2 = preferred(cve.metrics?.cvssMetricV2);
  if (v2) severity.cvss2 = { score: v2.cvssData.baseScore, vector: v2.cvssData.vectorString };
  return { ...severity, level: severityLevelOf(severity) };
}

function nvdCpeMatches(cve: NvdCve, warnings: string[]): CpeMatch[] {
  const out: CpeMatch[] = [];
  for (const [c, configuration] of (cve.configurations ?? []).entries()) {
    for (const [n, node] of configuration.nodes.entries()) {
      if (node.negate === true) {
        // A negated node means "not on these"; Needle matches positive criteria only.
        warnings.push(`configurations[${c}].nodes[${n}]: negated node ignored`);
        continue;
      }
      for (const match of node.cpeMatch ?? []) out.push(toCpeMatch(match));
    }
  }
  return out;
}
