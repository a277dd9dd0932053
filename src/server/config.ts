/**
 * Server configuration: defaults, then an optional JSON file (`--config FILE`), then
 * environment variables (NEEDLE_PORT, NEEDLE_HOST ...), then command-line flags; each
 * layer validated by the same schema, so a typo names the field and the source.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { InputError } from "../domain/errors.js";
import { validate } from "./route.js";

const MiB = 1024 * 1024;

const configSchema = z.strictObject({
  port: z.number().int().min(0).max(65535).default(7100),
  host: z.string().min(1).default("127.0.0.1"),
  /** Largest JSON request body, in bytes. */
  bodyLimit: z
    .number()
    .int()
    .positive()
    .default(1 * MiB),
  /** Largest SBOM upload as sent (possibly gzip), in bytes. */
  uploadLimit: z
    .number()
    .int()
    .positive()
    .default(32 * MiB),
  /** Largest SBOM after decompression, in bytes (bounds gzip bombs). */
  maxSbomBytes: z
    .number()
    .int()
    .positive()
    .default(128 * MiB),
  /** Uploads imported per commit (a savepoint each). */
  uploadBatchSize: z.number().int().min(1).max(1000).default(100),
  sessionTtlSeconds: z
    .number()
    .int()
    .positive()
    .default(8 * 3600),
  /** Token bucket per token, session user or (anonymous) address. */
  rateLimit: z
    .strictObject({
      perSecond: z.number().positive().default(100),
      burst: z.number().int().positive().default(400),
    })
    .prefault({}),
  /**
   * Mark cookies Secure. Needle serves plain HTTP on loopback; where users reach it over
   * TLS (a proxy in front), set this (NEEDLE_SECURE_COOKIES=1) so cookies never travel in clear.
   */
  secureCookies: z.boolean().default(false),
  trustProxy: z.boolean().default(false),
  adminPassword: z.string().min(12).optional(),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type ServerConfig = z.output<typeof configSchema>;
export type ServerConfigInput = z.input<typeof configSchema>;

/** The configuration with every default filled in, from a partial one (tests, the bench). */
export function serverConfig(input: ServerConfigInput = {}): ServerConfig {
  return validate(configSchema, input, "config");
}

const ENV: [string, keyof ServerConfigInput, "number" | "string"][] = [
  ["NEEDLE_PORT", "port", "number"],
  ["NEEDLE_HOST", "host", "string"],
  ["NEEDLE_ADMIN_PASSWORD", "adminPassword", "string"],
  ["NEEDLE_BODY_LIMIT", "bodyLimit", "number"],
  ["NEEDLE_UPLOAD_LIMIT", "uploadLimit", "number"],
  ["NEEDLE_LOG_LEVEL", "logLevel", "string"],
];

function fromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, key, kind] of ENV) {
    const value = env[name];
    if (value === undefined || value === "") continue;
    if (kind === "number" && !/^\d+$/.test(value))
      throw new InputError(`${name}: expected a whole number, got "${value}"`);
    out[key] = kind === "number" ? Number(value) : value;
  }
  const rate = env.NEEDLE_RATE_LIMIT;
  if (rate)
    out.rateLimit = { perSecond: Number(rate), burst: Number(env.NEEDLE_RATE_BURST ?? Number(rate) * 4) };
  if (env.NEEDLE_SECURE_COOKIES) out.secureCookies = env.NEEDLE_SECURE_COOKIES === "1";
  if (env.NEEDLE_TRUST_PROXY) out.trustProxy = env.NEEDLE_TRUST_PROXY === "1";
  return out;
}

async function fromFile(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(
      `--config ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`--config ${file}: not valid JSON (${(error as Error).message})`);
  }
  const partial = validate(configSchema.partial(), parsed, file);
  return { ...partial };
}

export async function loadServerConfig(options: {
  env: NodeJS.ProcessEnv;
  file?: string | undefined;
  overrides?: ServerConfigInput;
}): Promise<ServerConfig> {
  const file = options.file ? await fromFile(options.file) : {};
  return validate(configSchema, { ...file, ...fromEnv(options.env), ...options.overrides }, "config");
}
