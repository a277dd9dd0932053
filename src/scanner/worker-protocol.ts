/**
 * Messages between the scan and its parse workers: a disk file to catalog with the limits
 * and the inflate budget left, and what cataloging it found. Validated on receipt.
 */
import { z } from "zod";
import type { Component } from "../domain/component.js";
import type { ScanLimits, ScanWarning, ScanWarningCode } from "./types.js";

/** Files are sent in batches: one message per file costs more than a small jar's parse. */
export interface ParseBatch {
  id: number;
  files: ParseRequest[];
}

export interface OutcomeBatch {
  id: number;
  outcomes: ParseOutcome[];
}

export interface ParseRequest {
  path: string;
  size: number;
  limits: ScanLimits;
  /** The scan's inflate budget when the file was handed out (never less than when it is merged). */
  budget: number;
}

export interface ParseOutcome {
  components: Component[];
  warnings: ScanWarning[];
  archives: number;
  bytes: number;
  /** Inflated bytes taken from the budget. */
  consumed: number;
}

const limitsSchema = z.object({
  maxDepth: z.number(),
  maxEntryBytes: z.number(),
  maxArchiveBytes: z.number(),
  maxTotalBytes: z.number(),
  maxRatio: z.number(),
  ratioFloorBytes: z.number(),
  wholeReadBytes: z.number(),
  maxMetadataBytes: z.number(),
});

const requestSchema = z.object({
  path: z.string(),
  size: z.number(),
  limits: limitsSchema,
  budget: z.number(),
});

const componentSchema = z.object({
  purl: z.string(),
  type: z.string(),
  namespace: z.string(),
  name: z.string(),
  version: z.string(),
  qualifiers: z.string(),
  cpe: z.string().optional(),
  locations: z.array(z.string()),
  properties: z.record(z.string(), z.string()).optional(),
  hashes: z.array(z.object({ alg: z.string(), value: z.string() })).optional(),
});

const outcomeSchema = z.object({
  components: z.array(componentSchema),
  warnings: z.array(z.object({ code: z.string(), path: z.string(), message: z.string() })),
  archives: z.number().int(),
  bytes: z.number(),
  consumed: z.number(),
});

const batchSchema = z.object({ id: z.number().int(), files: z.array(requestSchema) });
const outcomeBatchSchema = z.object({ id: z.number().int(), outcomes: z.array(outcomeSchema) });

export function parseBatch(message: unknown): ParseBatch {
  return batchSchema.parse(message);
}

function toComponent(c: z.infer<typeof componentSchema>): Component {
  const { cpe, properties, hashes, ...rest } = c;
  const component: Component = rest;
  if (cpe !== undefined) component.cpe = cpe;
  if (properties !== undefined) component.properties = properties;
  if (hashes !== undefined) component.hashes = hashes;
  return component;
}

/** Every warning code, so one sent as text is checked against the type (a new code must be added). */
const WARNING_CODES: Record<ScanWarningCode, true> = {
  "not-found": true,
  "permission-denied": true,
  "read-error": true,
  "symlink-loop": true,
  "special-file": true,
  "pseudo-filesystem": true,
  "archive-empty": true,
  "archive-corrupt": true,
  "archive-unsupported": true,
  "archive-too-deep": true,
  "unsafe-entry-name": true,
  "limit-entry-bytes": true,
  "limit-archive-bytes": true,
  "limit-total-bytes": true,
  "limit-ratio": true,
  "metadata-too-large": true,
  "parse-error": true,
};

const isCode = (code: string): code is ScanWarningCode => Object.hasOwn(WARNING_CODES, code);

function toOutcome(o: z.infer<typeof outcomeSchema>): ParseOutcome {
  const warnings = o.warnings.map(({ code, path, message: text }): ScanWarning => {
    if (!isCode(code)) throw new Error(`parse worker sent an unknown warning code "${code}" for ${path}`);
    return { code, path, message: text };
  });
  return { ...o, components: o.components.map(toComponent), warnings };
}

export function parseOutcomeBatch(message: unknown): OutcomeBatch {
  const batch = outcomeBatchSchema.parse(message);
  return { id: batch.id, outcomes: batch.outcomes.map(toOutcome) };
}
