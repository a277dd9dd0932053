/**
 * CycloneDX VEX (https://cyclonedx.org/capabilities/vex/): a CycloneDX JSON BOM with
 * `vulnerabilities[]`. Each vulnerability's `analysis.state` becomes a VEX statement for every
 * component it `affects`, resolved from bom-ref (or BOM-Link fragment) to the component's purl.
 * https://cyclonedx.org/docs/1.6/json/#vulnerabilities
 */
import { z } from "zod";
import {
  type Advisory,
  type Severity,
  severityLevelOf,
  type VexStatus,
  withCvePrimaryId,
} from "../../domain/advisory.js";
import { cvss3BaseScore, withCvss3Prefix } from "../cvss.js";
import {
  describeSchemaError,
  type FeedItem,
  type FeedParser,
  type FeedSource,
  isRecord,
  recordLabel,
} from "../feed-parser.js";
import { indexComponents } from "./components.js";

/** CycloneDX impact analysis states (https://cyclonedx.org/docs/1.6/json/#vulnerabilities_items_analysis_state). */
const STATE_TO_STATUS: Readonly<Record<string, VexStatus>> = {
  exploitable: "affected",
  in_triage: "under_investigation",
  resolved: "fixed",
  resolved_with_pedigree: "fixed",
  false_positive: "not_affected",
  not_affected: "not_affected",
};

const vulnerabilitySchema = z.object({
  id: z.string().min(1),
  "bom-ref": z.string().optional(),
  references: z.array(z.object({ id: z.string() })).optional(),
  ratings: z
    .array(
      z.object({
        score: z.number().optional(),
        method: z.string().optional(),
        vector: z.string().optional(),
      }),
    )
    .optional(),
  description: z.string().optional(),
  detail: z.string().optional(),
  published: z.string().optional(),
  updated: z.string().optional(),
  advisories: z.array(z.object({ url: z.string() })).optional(),
  analysis: z
    .object({
      state: z.enum(Object.keys(STATE_TO_STATUS) as [string, ...string[]]).optional(),
      justification: z.string().optional(),
      detail: z.string().optional(),
    })
    .optional(),
  affects: z.array(z.object({ ref: z.string().min(1) })).optional(),
});

type CdxVulnerability = z.infer<typeof vulnerabilitySchema>;

export const cyclonedxVexParser: FeedParser = {
  id: "cyclonedx-vex",
  detect(sample: unknown): boolean {
    return isRecord(sample) && sample.bomFormat === "CycloneDX" && Array.isArray(sample.vulnerabilities);
  },
  *parse(doc: unknown, source: FeedSource): Iterable<FeedItem> {
    const purls = indexComponents(doc);
    const list = isRecord(doc) && Array.isArray(doc.vulnerabilities) ? doc.vulnerabilities : [];
    for (const [index, raw] of list.entries()) {
      const record = recordLabel(raw, "id", index);
      const parsed = vulnerabilitySchema.safeParse(raw);
      if (!parsed.success) {
        const message = `vulnerabilities[${index}]: ${describeSchemaError(parsed.error)}`;
        yield { error: { file: source.file, record, message } };
        continue;
      }
      const warnings: string[] = [];
      const advisory = withCvePrimaryId(
        cdxToAdvisory(parsed.data, purls, `cyclonedx-vex:${source.file}`, warnings),
      );
      for (const message of warnings) yield { warning: { file: source.file, record, message } };
      yield { advisory };
    }
  },
};

function cdxToAdvisory(
  vuln: CdxVulnerability,
  purls: Map<string, string>,
  sourceLabel: string,
  warnings: string[],
): Advisory {
  const advisory: Advisory = {
    id: vuln.id,
    aliases: [...new Set((vuln.references ?? []).map((r) => r.id))].filter((a) => a !== vuln.id).sort(),
    severity: cdxSeverity(vuln, warnings),
    affected: [],
    cpeMatches: [],
    vex: [],
    references: [...new Set((vuln.advisories ?? []).map((a) => a.url))].sort(),
    sources: [sourceLabel],
  };
  const state = vuln.analysis?.state;
  const status = state === undefined ? undefined : STATE_TO_STATUS[state];
  for (const { ref } of vuln.affects ?? []) {
    const product = resolveRef(ref, purls);
    if (product === undefined) {
      warnings.push(`affects ref "${ref}" names no component with a purl in this BOM`);
      continue;
    }
    if (status === undefined) continue;
    const statement: Advisory["vex"][number] = { product, status };
    if (vuln.analysis?.justification !== undefined) statement.justification = vuln.analysis.justification;
    if (vuln.analysis?.detail !== undefined) statement.detail = vuln.analysis.detail;
    advisory.vex.push(statement);
  }
  if (vuln.description !== undefined) advisory.summary = vuln.description;
  if (vuln.detail !== undefined) advisory.details = vuln.detail;
  if (vuln.published !== undefined) advisory.published = vuln.published;
  if (vuln.updated !== undefined) advisory.modified = vuln.updated;
  return advisory;
}

/** A bom-ref, a BOM-Link (`urn:cdx:serial/version#bom-ref`), or a purl given directly. */
function resolveRef(ref: string, purls: Map<string, string>): string | undefined {
  const direct = purls.get(ref);
  if (direct !== undefined) return direct;
  if (ref.startsWith("urn:cdx:")) {
    const hash = ref.indexOf("#");
    if (hash >= 0) return purls.get(decodeURIComponent(ref.slice(hash + 1)));
  }
  return ref.startsWith("pkg:") ? ref : undefined;
}

function cdxSeverity(vuln: CdxVulnerability, warnings: string[]): Severity {
  const severity: Omit<Severity, "level"> = {};
  for (const rating of vuln.ratings ?? []) {
    if (rating.vector === undefined) continue;
    if (rating.method === "CVSSv31" || rating.method === "CVSSv3") {
      const vector = withCvss3Prefix(rating.vector, rating.method === "CVSSv3" ? "3.0" : "3.1");
      try {
        const score = rating.score ?? cvss3BaseScore(vector);
        if (!severity.cvss3 || score > severity.cvss3.score) severity.cvss3 = { score, vector };
      } catch (error) {
        warnings.push(`ratings: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else if (rating.method === "CVSSv4") {
      severity.cvss4 =
        rating.score === undefined
          ? { vector: rating.vector }
          : { score: rating.score, vector: rating.vector };
    }
  }
  return { ...severity, level: severityLevelOf(severity) };
}
