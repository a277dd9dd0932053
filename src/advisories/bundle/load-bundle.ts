/**
 * The advisories Needle ships, so a fresh install with no network answers the seed questions
 * (the Log4Shell family, Log4j 1.x, Spring4Shell, and the Windows RPC flaws the Welchia and
 * RINBOT worms used). notable.osv.json is hand-written from public facts as OSV records; each
 * `database_specific.needle_note` says where sources disagree and which one was followed.
 */
import type { Advisory } from "../../domain/advisory.js";
import { NeedleError } from "../../domain/errors.js";
import { describeSchemaError } from "../feed-parser.js";
import { osvToAdvisory } from "../osv/osv-parser.js";
import { osvRecordSchema } from "../osv/osv-schema.js";
import bundle from "./notable.osv.json" with { type: "json" };

export const BUNDLE_SOURCE = "bundle:notable.osv.json";

/** The bundled advisories, sorted by id. Throws when the shipped file is broken (a build defect). */
export function loadBundledAdvisories(): Advisory[] {
  const records: unknown[] = bundle;
  return records
    .map((raw, index) => {
      const parsed = osvRecordSchema.safeParse(raw);
      if (!parsed.success) {
        throw new NeedleError(
          "bundle_invalid",
          `${BUNDLE_SOURCE} record ${index}: ${describeSchemaError(parsed.error)}`,
        );
      }
      const warnings: string[] = [];
      const advisory = osvToAdvisory(parsed.data, BUNDLE_SOURCE, warnings);
      if (warnings.length > 0) {
        throw new NeedleError("bundle_invalid", `${BUNDLE_SOURCE} ${advisory.id}: ${warnings.join("; ")}`);
      }
      return advisory;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
