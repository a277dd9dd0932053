/**
 * Agent uploads and scan history. An upload is checked (scope, media type, encoding, size),
 * stored as a job and answered 202 at once; the queue imports it. The same body for the
 * same asset finds the same job (idempotent by content hash); poll the job for the outcome.
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import type { Kysely } from "kysely";
import { z } from "zod";
import { isWithin } from "../../domain/org-unit.js";
import { findAssetsByName, type StoredAsset } from "../../store/assets-repository.js";
import type { Schema } from "../../store/schema.js";
import { recordAudit } from "../../access/index.js";
import { AccessError, InputError } from "../../domain/errors.js";
import {
  findScanJob,
  insertScanJob,
  requeueScanJob,
  type ScanJobSummary,
} from "../../store/scan-jobs-repository.js";
import { scansOfAsset } from "../../store/scans-repository.js";
import { HttpError } from "../error-handler.js";
import { defineRoute } from "../route.js";
import { idText } from "../schemas.js";
import { assetInScope } from "../asset-query.js";
import { requireAsset } from "./assets-routes.js";

const gunzipAsync = promisify(gunzip);

export const SBOM_MEDIA_TYPES = [
  "application/json",
  "application/vnd.cyclonedx+json",
  "application/spdx+json",
  "application/octet-stream",
] as const;

const jobSchema = z.object({
  id: z.number(),
  assetId: z.number(),
  status: z.enum(["queued", "processing", "done", "unchanged", "failed"]),
  sha256: z.string(),
  submittedAt: z.string(),
  finishedAt: z.string().nullable(),
  scanId: z.number().nullable(),
  result: z
    .object({ components: z.number(), occurrences: z.number(), warnings: z.array(z.string()) })
    .nullable(),
  error: z.string().nullable(),
  /** True when this body was sent before: the answer is the earlier job. */
  duplicate: z.boolean(),
});

const resultSchema = jobSchema.shape.result.unwrap();

function jobView(job: ScanJobSummary, duplicate: boolean): z.input<typeof jobSchema> {
  return {
    id: job.id,
    assetId: job.asset_id,
    status: jobSchema.shape.status.parse(job.status),
    sha256: job.sha256,
    submittedAt: job.submitted_at,
    finishedAt: job.finished_at,
    scanId: job.scan_id,
    result: job.result === null ? null : resultSchema.parse(JSON.parse(job.result)),
    error: job.error,
    duplicate,
  };
}

async function decodeBody(body: Buffer, encoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const coding = (encoding ?? "identity").trim().toLowerCase();
  let bytes = body;
  if (coding === "gzip" || coding === "x-gzip") {
    try {
      bytes = await gunzipAsync(body, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw new HttpError("too_large", `body: larger than ${maxBytes} bytes once decompressed`);
      }
      throw new InputError("body: Content-Encoding says gzip but the body is not valid gzip");
    }
  } else if (coding !== "identity") {
    throw new HttpError("unsupported_media_type", `Content-Encoding "${coding}": expected gzip or identity`);
  }
  if (bytes.length > maxBytes) throw new HttpError("too_large", `body: larger than ${maxBytes} bytes`);
  // A cheap check before queueing: both formats are JSON objects. The full read happens in the queue.
  const first = bytes
    .subarray(0, 64)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart()[0];
  if (first !== "{") throw new InputError("body: expected a CycloneDX or SPDX JSON document (a JSON object)");
  return bytes;
}

const assetParams = z.strictObject({ id: idText });

/** An upload names its asset by id, or (as `needle scan --upload --asset NAME` does) by NAME or UNITPATH/NAME. */
const uploadParams = z.strictObject({ id: z.string().min(1).max(1024) });

async function uploadTarget(db: Kysely<Schema>, ref: string, scope: string): Promise<StoredAsset> {
  const byId = /^[1-9][0-9]{0,9}$/.test(ref) ? await assetInScope(db, Number(ref), scope) : undefined;
  // Names are read within the caller's scope: a name that repeats elsewhere does not get in the way.
  const named = (await findAssetsByName(db, ref)).filter((a) => isWithin(a.unit, scope));
  const cut = ref.lastIndexOf("/");
  if (named.length === 0 && cut > 0) {
    const inUnit = await findAssetsByName(db, ref.slice(cut + 1), ref.slice(0, cut));
    named.push(...inUnit.filter((a) => isWithin(a.unit, scope)));
  }
  if (named.length > 1) {
    throw new InputError(
      `asset name "${ref}" is used in ${named.length} units in your scope; give UNITPATH/NAME`,
    );
  }
  const byName = named[0];
  if (byName && byId && byName.id !== byId.id) {
    throw new InputError(`"${ref}" is both an asset id and another asset's name; give UNITPATH/NAME`);
  }
  const asset = byName ?? byId;
  // Outside the caller's scope reads exactly like "no such asset": existence must not leak.
  if (!asset) throw new AccessError(`no asset "${ref}" in scope ${scope}`);
  return asset;
}

export const scansRoutes = [
  defineRoute({
    method: "POST",
    url: "/api/v1/assets/:id/scans",
    summary: "Upload an SBOM (CycloneDX or SPDX JSON, gzip allowed) for one asset; 202 with a job to poll",
    tag: "scans",
    access: ["upload"],
    resource: "asset",
    status: 202,
    rawBody: SBOM_MEDIA_TYPES,
    params: uploadParams,
    query: z.strictObject({
      fileName: z
        .string()
        .regex(/^[\w.-]{1,128}$/, "expected a plain file name")
        .optional(),
    }),
    body: z.instanceof(Buffer),
    response: jobSchema,
    handler: async ({ params, query, body, services, caller, actor, request, reply }) => {
      const { store, config, queue } = services;
      const asset = await uploadTarget(store.db, params.id, caller().scope);
      const bytes = await decodeBody(body, request.headers["content-encoding"], config.maxSbomBytes);
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const who = actor();
      const { job, created, requeued } = await store.db.transaction().execute(async (tx) => {
        const stored = await insertScanJob(tx, {
          asset_id: asset.id,
          unit_path: asset.unit,
          sha256,
          status: "queued",
          body: bytes,
          file_name: query.fileName ?? `${asset.name}.sbom.json`,
          submitted_by: who.name,
          submitted_at: new Date().toISOString(),
          attempts: 0,
        });
        const again = !stored.created && stored.job.status === "failed";
        if (again) await requeueScanJob(tx, stored.job.id, bytes, who.name);
        if (stored.created || again) {
          await recordAudit(tx, {
            actor: who.name,
            action: "scan.upload",
            unitPath: asset.unit,
            targetType: "asset",
            targetId: asset.id,
            after: { job: stored.job.id, sha256, bytes: bytes.length },
            requestId: who.requestId,
          });
        }
        return { ...stored, requeued: again };
      });
      if (created || requeued) queue.added();
      else reply.code(200);
      const view = jobView(job, !created);
      return requeued ? { ...view, status: "queued" as const, error: null, finishedAt: null } : view;
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/assets/:id/scans/jobs/:jobId",
    summary: "The state of one upload: queued, processing, done, unchanged or failed (with the reason)",
    tag: "scans",
    access: ["read", "upload"],
    resource: "scan-job",
    params: z.strictObject({ id: idText, jobId: idText }),
    response: jobSchema,
    handler: async ({ params, services, caller }) => {
      const job = await findScanJob(services.store.db, {
        id: params.jobId,
        assetId: params.id,
        scope: caller().scope,
      });
      if (!job) throw new AccessError(`no upload job ${params.jobId} of asset ${params.id} in scope`);
      return jobView(job, false);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/assets/:id/scans",
    summary: "The scan history of one asset, newest first",
    tag: "scans",
    access: ["read"],
    resource: "asset",
    params: assetParams,
    response: z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
    handler: async ({ params, services, caller }) => {
      const asset = await requireAsset(services.store.db, params.id, caller().scope);
      return { items: await scansOfAsset(services.store.db, asset.id) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/assets/:id/scans/:scanId",
    summary: "One scan of one asset: when, which source and format, how many components",
    tag: "scans",
    access: ["read"],
    resource: "scan",
    params: z.strictObject({ id: idText, scanId: idText }),
    response: z.record(z.string(), z.unknown()),
    handler: async ({ params, services, caller }) => {
      const asset = await requireAsset(services.store.db, params.id, caller().scope);
      const scan = (await scansOfAsset(services.store.db, asset.id)).find((s) => s.id === params.scanId);
      if (!scan) throw new AccessError(`no scan ${params.scanId} of asset ${asset.id}`);
      return scan;
    },
  }),
];
