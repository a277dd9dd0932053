/**
 * Needle's own keys in an OSV record's `database_specific`, which OSV leaves to each database
 * (https://ossf.github.io/osv-schema/#database_specific-field). The bundled advisories use them
 * for facts OSV has no field for: CPE criteria (OS-level matching), KEV facts, and a note where
 * sources disagree.
 */
import { z } from "zod";
import type { CpeMatch, KevFacts } from "../../domain/advisory.js";
import { toCpeMatch } from "../cpe-match.js";

const cpeMatchSchema = z.strictObject({
  criteria: z.string().startsWith("cpe:2.3:"),
  vulnerable: z.boolean(),
  versionStartIncluding: z.string().optional(),
  versionStartExcluding: z.string().optional(),
  versionEndIncluding: z.string().optional(),
  versionEndExcluding: z.string().optional(),
});

const kevSchema = z.strictObject({
  dateAdded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  knownRansomware: z.boolean().optional(),
  requiredAction: z.string().optional(),
});

const extensionsSchema = z.object({
  needle_note: z.union([z.string(), z.array(z.string())]).optional(),
  needle_cpe_matches: z.array(cpeMatchSchema).optional(),
  needle_kev: kevSchema.optional(),
});

export interface NeedleExtensions {
  notes: string[];
  cpeMatches: CpeMatch[];
  kev?: KevFacts;
}

/** The extensions found, or a message naming what is wrong with them. */
export function readNeedleExtensions(databaseSpecific: unknown): NeedleExtensions | { error: string } {
  const parsed = extensionsSchema.safeParse(databaseSpecific ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `database_specific.${issue?.path.join(".")}: ${issue?.message}` };
  }
  const { needle_note, needle_cpe_matches, needle_kev } = parsed.data;
  const out: NeedleExtensions = {
    notes: needle_note === undefined ? [] : [needle_note].flat(),
    cpeMatches: (needle_cpe_matches ?? []).map(toCpeMatch),
  };
  if (needle_kev) {
    const { knownRansomware, requiredAction, ...dates } = needle_kev;
    out.kev = {
      ...dates,
      ...(knownRansomware !== undefined ? { knownRansomware } : {}),
      ...(requiredAction !== undefined ? { requiredAction } : {}),
    };
  }
  return out;
}
