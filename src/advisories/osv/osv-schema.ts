/** The parts of an OSV record Needle reads (https://ossf.github.io/osv-schema/). Unknown keys are ignored. */
import { z } from "zod";

const eventSchema = z.union([
  z.object({ introduced: z.string().min(1) }).strict(),
  z.object({ fixed: z.string().min(1) }).strict(),
  z.object({ last_affected: z.string().min(1) }).strict(),
  z.object({ limit: z.string().min(1) }).strict(),
]);

const rangeSchema = z.object({
  type: z.enum(["ECOSYSTEM", "SEMVER", "GIT"]),
  repo: z.string().optional(),
  events: z.array(eventSchema).min(1),
});

const affectedSchema = z.object({
  package: z
    .object({
      ecosystem: z.string().min(1),
      name: z.string().min(1),
      purl: z.string().optional(),
    })
    .optional(),
  ranges: z.array(rangeSchema).optional(),
  versions: z.array(z.string()).optional(),
});

export const osvRecordSchema = z.object({
  schema_version: z.string().optional(),
  id: z.string().min(1),
  modified: z.string().optional(),
  published: z.string().optional(),
  withdrawn: z.string().optional(),
  aliases: z.array(z.string()).nullish(),
  summary: z.string().optional(),
  details: z.string().optional(),
  severity: z.array(z.object({ type: z.string(), score: z.string() })).nullish(),
  affected: z.array(affectedSchema).nullish(),
  references: z.array(z.object({ type: z.string().optional(), url: z.string() })).nullish(),
  database_specific: z.record(z.string(), z.unknown()).optional(),
});

export type OsvRecord = z.infer<typeof osvRecordSchema>;
