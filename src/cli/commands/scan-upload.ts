/**
 * Sends a scan's CycloneDX document to a Needle server: `POST /api/v1/assets/{name}/scans`,
 * gzip-compressed, with a bearer token. The server answers 202 with the id of the job that
 * will import it (processing is queued, so many hosts can check in at once).
 */
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { z } from "zod";
import { InputError, NeedleError } from "../../domain/errors.js";

const gzipAsync = promisify(gzip);

export interface UploadOptions {
  /** Base URL of the server, e.g. `https://needle.example.org`. */
  url: string;
  token: string;
  asset: string;
  /** The CycloneDX JSON document. */
  document: string;
}

export interface UploadReceipt {
  jobId: string;
  /** Where the job's status can be polled, when the server says so. */
  statusUrl: string | undefined;
}

/** The job id is accepted under the names a job resource commonly uses. */
const acceptedSchema = z.union([
  z.object({ jobId: z.union([z.string().min(1), z.number()]) }),
  z.object({ job: z.object({ id: z.union([z.string().min(1), z.number()]) }) }),
  z.object({ id: z.union([z.string().min(1), z.number()]) }),
]);

/** The upload endpoint for an asset under a base URL (a trailing slash is allowed). */
export function scansEndpoint(base: string, asset: string): URL {
  let url: URL;
  try {
    url = new URL(base);
  } catch (error) {
    throw new InputError(`--upload: "${base}" is not a URL (expected e.g. https://needle.example.org)`, {
      cause: error,
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InputError(`--upload: "${base}" is not an http(s) URL`);
  }
  const prefix = url.pathname.replace(/\/+$/, "");
  url.pathname = `${prefix}/api/v1/assets/${encodeURIComponent(asset)}/scans`;
  return url;
}

export async function uploadScan(options: UploadOptions): Promise<UploadReceipt> {
  const endpoint = scansEndpoint(options.url, options.asset);
  const body = await gzipAsync(Buffer.from(options.document, "utf8"));
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: {
        authorization: `Bearer ${options.token}`,
        "content-type": "application/vnd.cyclonedx+json",
        "content-encoding": "gzip",
        accept: "application/json",
      },
      body,
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause ?? error).toString() : String(error);
    throw new NeedleError("upload_failed", `upload to ${endpoint.origin} failed: ${reason}`, {
      cause: error,
    });
  }
  const text = await response.text();
  if (response.status !== 202) {
    throw new NeedleError(
      "upload_failed",
      `upload to ${endpoint.href} answered ${response.status} ${response.statusText} (expected 202): ${text.slice(0, 300)}`,
    );
  }
  return { jobId: parseJobId(text, endpoint), statusUrl: response.headers.get("location") ?? undefined };
}

function parseJobId(text: string, endpoint: URL): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = acceptedSchema.safeParse(json);
  if (!parsed.success) {
    throw new NeedleError(
      "upload_failed",
      `upload to ${endpoint.href} answered 202 without a job id (expected JSON with "jobId"): ${text.slice(0, 300)}`,
    );
  }
  const data = parsed.data;
  const id = "jobId" in data ? data.jobId : "job" in data ? data.job.id : data.id;
  return String(id);
}
