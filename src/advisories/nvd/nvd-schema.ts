/** The parts of an NVD CVE API 2.0 response Needle reads (https://nvd.nist.gov/developers/vulnerabilities). */
import { z } from "zod";

const metricSchema = z.object({
  source: z.string().optional(),
  type: z.string().optional(),
  cvssData: z.object({
    version: z.string().optional(),
    vectorString: z.string(),
    baseScore: z.number().min(0).max(10),
  }),
});

export type NvdMetric = z.infer<typeof metricSchema>;

const cpeMatchSchema = z.object({
  vulnerable: z.boolean(),
  criteria: z.string().startsWith("cpe:2.3:"),
  versionStartIncluding: z.string().optional(),
  versionStartExcluding: z.string().optional(),
  versionEndIncluding: z.string().optional(),
  versionEndExcluding: z.string().optional(),
});

export const nvdCveSchema = z.object({
  id: z.string().regex(/^CVE-\d{4}-\d{4,}$/, "expected a CVE id"),
  published: z.string().optional(),
  lastModified: z.string().optional(),
  vulnStatus: z.string().optional(),
  descriptions: z.array(z.object({ lang: z.string(), value: z.string() })).optional(),
  metrics: z
    .object({
      cvssMetricV40: z.array(metricSchema).optional(),
      cvssMetricV31: z.array(metricSchema).optional(),
      cvssMetricV30: z.array(metricSchema).optional(),
      cvssMetricV2: z.array(metricSchema).optional(),
    })
    .optional(),
  configurations: z
    .array(
      z.object({
        nodes: z.array(
          z.object({
            operator: z.string().optional(),
            negate: z.boolean().optional(),
            cpeMatch: z.array(cpeMatchSchema).optional(),
          }),
        ),
      }),
    )
    .optional(),
  references: z.array(z.object({ url: z.string() })).optional(),
  cisaExploitAdd: z.string().optional(),
  cisaActionDue: z.string().optional(),
  cisaRequiredAction: z.string().optional(),
});

export type NvdCve = z.infer<typeof nvdCveSchema>;
