/** The parts of a CSAF 2.0 document Needle reads (https://docs.oasis-open.org/csaf/csaf/v2.0/csaf-v2.0.html). */
import { z } from "zod";

const helperSchema = z.object({ purl: z.string().optional(), cpe: z.string().optional() }).optional();

const fullProductNameSchema = z.object({
  product_id: z.string().min(1),
  name: z.string().optional(),
  product_identification_helper: helperSchema,
});

export type CsafFullProductName = z.infer<typeof fullProductNameSchema>;

export interface CsafBranch {
  category: string;
  name: string;
  product?: CsafFullProductName | undefined;
  branches?: CsafBranch[] | undefined;
}

const branchSchema: z.ZodType<CsafBranch> = z.lazy(() =>
  z.object({
    category: z.string(),
    name: z.string(),
    product: fullProductNameSchema.optional(),
    branches: z.array(branchSchema).optional(),
  }),
);

export const productTreeSchema = z.object({
  branches: z.array(branchSchema).optional(),
  full_product_names: z.array(fullProductNameSchema).optional(),
  relationships: z
    .array(
      z.object({
        category: z.string(),
        product_reference: z.string(),
        relates_to_product_reference: z.string(),
        full_product_name: fullProductNameSchema,
      }),
    )
    .optional(),
});

export type CsafProductTree = z.infer<typeof productTreeSchema>;

const ids = z.array(z.string()).optional();

export const csafVulnerabilitySchema = z.object({
  cve: z.string().optional(),
  ids: z.array(z.object({ system_name: z.string(), text: z.string() })).optional(),
  title: z.string().optional(),
  notes: z.array(z.object({ category: z.string(), text: z.string() })).optional(),
  product_status: z
    .object({
      known_affected: ids,
      first_affected: ids,
      last_affected: ids,
      fixed: ids,
      first_fixed: ids,
      known_not_affected: ids,
      under_investigation: ids,
    })
    .optional(),
  scores: z
    .array(
      z.object({
        products: z.array(z.string()),
        cvss_v3: z.object({ vectorString: z.string(), baseScore: z.number().min(0).max(10) }).optional(),
      }),
    )
    .optional(),
  flags: z.array(z.object({ label: z.string(), product_ids: ids })).optional(),
  threats: z.array(z.object({ category: z.string(), details: z.string(), product_ids: ids })).optional(),
  references: z.array(z.object({ url: z.string() })).optional(),
});

export type CsafVulnerability = z.infer<typeof csafVulnerabilitySchema>;

export const csafDocumentSchema = z.object({
  document: z.object({
    category: z.string(),
    csaf_version: z.string(),
    title: z.string().optional(),
    tracking: z.object({
      id: z.string().min(1),
      initial_release_date: z.string().optional(),
      current_release_date: z.string().optional(),
    }),
    references: z.array(z.object({ url: z.string() })).optional(),
  }),
  product_tree: productTreeSchema.optional(),
});
