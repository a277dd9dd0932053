/**
 * The command adapter: runs a configured executable with the asset's fields as separate
 * argv entries, through execFile and never a shell, so an asset named `x; rm -rf /` is one
 * argument holding exactly that text. `{name}`, `{unit}` ... in an argument are replaced by
 * the field's value inside that one argument.
 */
import { execFile } from "node:child_process";
import type { CommandConfig } from "../policy-schema.js";
import {
  type ActionOutcome,
  type ActionRequest,
  PermanentFailure,
  type Sleep,
  withRetries,
} from "./adapter.js";

/** The placeholders an argument template may use. */
export const PLACEHOLDERS = [
  "action",
  "asset",
  "name",
  "id",
  "unit",
  "kind",
  "exposure",
  "criticality",
  "ip",
  "ips",
  "hostname",
  "url",
  "campaign",
  "advisories",
  "key",
] as const;

export function fieldsOf(r: ActionRequest): Record<(typeof PLACEHOLDERS)[number], string> {
  return {
    action: r.action,
    asset: `${r.asset.unit}/${r.asset.name}`,
    name: r.asset.name,
    id: String(r.asset.id),
    unit: r.asset.unit,
    kind: r.asset.kind,
    exposure: r.asset.exposure,
    criticality: String(r.asset.criticality),
    ip: r.asset.ips[0] ?? "",
    ips: r.asset.ips.join(","),
    hostname: r.asset.hostnames[0] ?? "",
    url: r.asset.urls[0] ?? "",
    campaign: String(r.campaign.id),
    advisories: r.campaign.advisories.join(","),
    key: r.idempotencyKey,
  };
}

/** The argv entries: one per template, placeholders replaced in place; an unknown placeholder is an error. */
export function commandArgs(templates: readonly string[], request: ActionRequest): string[] {
  const fields: Record<string, string> = fieldsOf(request);
  return templates.map((template) =>
    template.replace(/\{([a-z]+)\}/g, (whole, key: string) => {
      const value = fields[key];
      if (value === undefined)
        throw new PermanentFailure(`unknown placeholder ${whole} (known: ${PLACEHOLDERS.join(", ")})`);
      return value;
    }),
  );
}

export async function runCommand(
  config: CommandConfig,
  request: ActionRequest,
  sleep: Sleep,
): Promise<ActionOutcome> {
  return withRetries(config, sleep, async () => {
    const args = commandArgs(config.args, request);
    await new Promise<void>((resolve, reject) => {
      execFile(
        config.command,
        args,
        {
          shell: false,
          timeout: config.timeoutMs,
          maxBuffer: 1 << 20,
          env: { ...process.env, NEEDLE_IDEMPOTENCY_KEY: request.idempotencyKey },
        },
        (error, _stdout, stderr) => {
          if (!error) return resolve();
          const detail = String(stderr).trim().split("\n").slice(-1)[0] ?? "";
          const why = error.killed ? `timed out after ${config.timeoutMs} ms` : error.message.split("\n")[0];
          const message = `${config.command}: ${why}${detail ? ` (${detail})` : ""}`;
          reject(
            "code" in error && error.code === "ENOENT" ? new PermanentFailure(message) : new Error(message),
          );
        },
      );
    });
  });
}
