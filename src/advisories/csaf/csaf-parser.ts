/**
 * CSAF 2.0 (https://docs.oasis-open.org/csaf/csaf/v2.0/csaf-v2.0.html), categories
 * csaf_security_advisory and csaf_vex: one advisory per vulnerability, with a VEX statement per
 * product status, affected packages (from purls, and vers ranges where the tree has them) and CPE
 * criteria for products known only by CPE.
 */
import { type Advisory, type Severity, severityLevelOf, type VexStatus } from "../../domain/advisory.js";
import {
  describeSchemaError,
  type FeedItem,
  type FeedParser,
  type FeedSource,
  isRecord,
} from "../feed-parser.js";
import { affectedFromProducts } from "./csaf-products.js";
import { type CsafVulnerability, csafDocumentSchema, csafVulnerabilitySchema } from "./csaf-schema.js";
import { type CsafProduct, indexProductTree } from "./product-tree.js";

/** Product status groups (section 3.2.3.9) and the VEX status each one states. */
const STATUS_OF: ReadonlyArray<[keyof NonNullable<CsafVulnerability["product_status"]>, VexStatus]> = [
  ["known_affected", "affected"],
  ["first_affected", "affected"],
  ["last_affected", "affected"],
  ["fixed", "fixed"],
  ["first_fixed", "fixed"],
  ["known_not_affected", "not_affected"],
  ["under_investigation", "under_investigation"],
];

interface CsafContext {
  trackingId: string;
  title: string | undefined;
  published: string | undefined;
  modified: string | undefined;
  products: Map<string, CsafProduct>;
  sourceLabel: string;
}

export const csafParser: FeedParser = {
  id: "csaf",
  detect(sample: unknown): boolean {
    return isRecord(sample) && isRecord(sample.document) && typeof sample.document.csaf_version === "string";
  },
  *parse(doc: unknown, source: FeedSource): Iterable<FeedItem> {
    const parsed = csafDocumentSchema.safeParse(doc);
    if (!parsed.success) {
      const message = `not a CSAF 2.0 document: ${describeSchemaError(parsed.error)}`;
      yield { error: { file: source.file, record: "document", message } };
      return;
    }
    const { document, product_tree } = parsed.data;
    const ctx: CsafContext = {
      trackingId: document.tracking.id,
      title: document.title,
      published: document.tracking.initial_release_date,
      modified: document.tracking.current_release_date,
      products: indexProductTree(product_tree),
      sourceLabel: `csaf:${source.file}`,
    };
    const vulnerabilities = isRecord(doc) && Array.isArray(doc.vulnerabilities) ? doc.vulnerabilities : [];
    for (const [index, raw] of vulnerabilities.entries()) {
      const record = isRecord(raw) && typeof raw.cve === "string" ? raw.cve : `${ctx.trackingId}#${index}`;
      const vuln = csafVulnerabilitySchema.safeParse(raw);
      if (!vuln.success) {
        const message = `vulnerabilities[${index}]: ${describeSchemaError(vuln.error)}`;
        yield { error: { file: source.file, record, message } };
        continue;
      }
      const warnings: string[] = [];
      const advisory = csafToAdvisory(vuln.data, index, ctx, warnings);
      for (const message of warnings) yield { warning: { file: source.file, record, message } };
      yield { advisory };
    }
  },
};

function csafToAdvisory(
  vuln: CsafVulnerability,
  index: number,
  ctx: CsafContext,
  warnings: string[],
): Advisory {
  const id = vuln.cve ?? vuln.ids?.[0]?.text ?? `${ctx.trackingId}#${index}`;
  const aliases = [ctx.trackingId, ...(vuln.ids ?? []).map((i) => i.text)].filter((a) => a !== id);
  const statuses = productStatuses(vuln, ctx, warnings);
  const { affected, cpeMatches } = affectedFromProducts(
    statuses.filter((s) => s.status === "affected").map((s) => s.product),
    warnings,
  );
  const advisory: Advisory = {
    id,
    aliases: [...new Set(aliases)].sort(),
    severity: csafSeverity(vuln),
    affected,
    cpeMatches,
    vex: statuses.flatMap(({ product, status }) => vexStatement(vuln, product, status, warnings)),
    references: [...new Set((vuln.references ?? []).map((r) => r.url))].sort(),
    sources: [ctx.sourceLabel],
  };
  const summary = vuln.title ?? ctx.title;
  if (summary !== undefined) advisory.summary = summary;
  const details = vuln.notes?.find((n) => n.category === "description" || n.category === "summary");
  if (details) advisory.details = details.text;
  if (ctx.published !== undefined) advisory.published = ctx.published;
  if (ctx.modified !== undefined) advisory.modified = ctx.modified;
  return advisory;
}

function productStatuses(vuln: CsafVulnerability, ctx: CsafContext, warnings: string[]) {
  const out: { product: CsafProduct; status: VexStatus }[] = [];
  for (const [group, status] of STATUS_OF) {
    for (const productId of vuln.product_status?.[group] ?? []) {
      const product = ctx.products.get(productId);
      if (product) out.push({ product, status });
      else warnings.push(`product_status.${group}: product id "${productId}" is not in the product tree`);
    }
  }
  return out;
}

function vexStatement(vuln: CsafVulnerability, product: CsafProduct, status: VexStatus, warnings: string[]) {
  const identifier = product.purl ?? product.cpe;
  if (identifier === undefined) {
    warnings.push(
      `product "${product.productId}" (${product.name}) has no purl or CPE: no VEX statement kept`,
    );
    return [];
  }
  const statement: Advisory["vex"][number] = { product: identifier, status };
  const flag = vuln.flags?.find((f) => f.product_ids?.includes(product.productId));
  if (flag) statement.justification = flag.label;
  const impact = vuln.threats?.find(
    (t) => t.category === "impact" && t.product_ids?.includes(product.productId),
  );
  if (impact) statement.detail = impact.details;
  return [statement];
}

function csafSeverity(vuln: CsafVulnerability): Severity {
  const best = (vuln.scores ?? [])
    .flatMap((s) => (s.cvss_v3 ? [s.cvss_v3] : []))
    .sort((a, b) => b.baseScore - a.baseScore)[0];
  const severity: Omit<Severity, "level"> = best
    ? { cvss3: { score: best.baseScore, vector: best.vectorString } }
    : {};
  return { ...severity, level: severityLevelOf(severity) };
}
