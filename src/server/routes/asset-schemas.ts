/** The asset as the API shows it, and the fields an analyst may change. */
import { z } from "zod";
import { ASSET_KINDS, EXPOSURES, OPERATIONAL_STATES } from "../../domain/asset.js";

export const criticality = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

export const assetSchema = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(ASSET_KINDS),
  unit: z.string(),
  hostnames: z.array(z.string()),
  ips: z.array(z.string()),
  urls: z.array(z.string()),
  segment: z.string().optional(),
  os: z
    .object({
      family: z.string(),
      name: z.string(),
      version: z.string(),
      build: z.string().optional(),
      servicePack: z.string().optional(),
    })
    .optional(),
  criticality,
  exposure: z.enum(EXPOSURES),
  state: z.enum(OPERATIONAL_STATES),
  antivirus: z.object({ product: z.string(), signatureDate: z.string() }).nullable().optional(),
  ownerContact: z.string().optional(),
  tags: z.array(z.string()),
  lastSeen: z.string().optional(),
});

/** What PATCH may change: the facts a regional team owns, not identity or placement. */
export const assetChange = z
  .strictObject({
    state: z.enum(OPERATIONAL_STATES).optional(),
    criticality: criticality.optional(),
    exposure: z.enum(EXPOSURES).optional(),
    ownerContact: z.string().max(200).nullable().optional(),
    tags: z.array(z.string().min(1).max(64)).max(50).optional(),
  })
  .refine((c) => Object.keys(c).length > 0, "expected at least one field to change");
