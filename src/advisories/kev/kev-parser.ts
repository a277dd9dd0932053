/**
 * The CISA Known Exploited Vulnerabilities catalog JSON
 * (https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities_schema.json).
 * Each entry becomes an advisory holding only its id and KEV facts, to be merged onto the CVE's
 * advisory from other feeds by alias. Its texts are left out so that merge order never lets the
 * catalog's short name replace a feed's summary.
 */
import { z } from "zod";
import { type Advisory, emptyAdvisory } from "../../domain/advisory.js";
import {
  describeSchemaError,
  type FeedItem,
  type FeedParser,
  type FeedSource,
  isRecord,
  recordLabel,
} from "../feed-parser.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");

const kevEntrySchema = z.object({
  cveID: z.string().regex(/^CVE-\d{4}-\d{4,}$/, "expected a CVE id"),
  vulnerabilityName: z.string().optional(),
  shortDescription: z.string().optional(),
  dateAdded: isoDate,
  dueDate: isoDate,
  requiredAction: z.string().optional(),
  knownRansomwareCampaignUse: z.string().optional(),
  notes: z.string().optional(),
});

export const kevParser: FeedParser = {
  id: "kev",
  detect(sample: unknown): boolean {
    if (!isRecord(sample) || !Array.isArray(sample.vulnerabilities)) return false;
    const first: unknown = sample.vulnerabilities[0];
    return "catalogVersion" in sample || (isRecord(first) && typeof first.cveID === "string");
  },
  *parse(doc: unknown, source: FeedSource): Iterable<FeedItem> {
    const entries = isRecord(doc) && Array.isArray(doc.vulnerabilities) ? doc.vulnerabilities : [];
    for (const [index, raw] of entries.entries()) {
      const record = recordLabel(raw, "cveID", index);
      const parsed = kevEntrySchema.safeParse(raw);
      if (!parsed.success) {
        const message = `vulnerabilities[${index}]: ${describeSchemaError(parsed.error)}`;
        yield { error: { file: source.file, record, message } };
        continue;
      }
      yield { advisory: kevToAdvisory(parsed.data, `kev:${source.file}`) };
    }
  },
};

function kevToAdvisory(entry: z.infer<typeof kevEntrySchema>, sourceLabel: string): Advisory {
  const advisory = emptyAdvisory(entry.cveID, sourceLabel);
  advisory.kev = { dateAdded: entry.dateAdded, dueDate: entry.dueDate };
  // The catalog says "Known" or "Unknown"; "Unknown" is not "no", so it leaves the fact unset.
  if (entry.knownRansomwareCampaignUse === "Known") advisory.kev.knownRansomware = true;
  if (entry.requiredAction !== undefined) advisory.kev.requiredAction = entry.requiredAction;
  return advisory;
}
