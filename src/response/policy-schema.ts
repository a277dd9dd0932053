/**
 * The policy file: ordered rules (the first whose `when` matches decides), the adapters that
 * carry actions out, and which adapter carries each closing action. YAML or JSON, validated
 * here so a bad file is refused with the rule index and the field named.
 */
import { z } from "zod";
import { ASSET_KINDS, EXPOSURES, OPERATIONAL_STATES } from "../domain/asset.js";
import { parseDuration } from "./duration.js";

const ACTION_TEXT = /^(shut-down|isolate|patch-within .+|notify [a-z0-9][a-z0-9_-]*)$/;

const actionText = z.string().superRefine((text, ctx) => {
  if (!ACTION_TEXT.test(text)) {
    ctx.addIssue({
      code: "custom",
      message: `"${text}" is not an action (expected shut-down, isolate, "patch-within <duration>", "notify <channel>" or {accept-risk: {reason, expires}})`,
    });
  } else if (text.startsWith("patch-within ") && parseDuration(text.slice(13)) === null) {
    ctx.addIssue({
      code: "custom",
      message: `"${text.slice(13)}" is not a duration (expected a number and m, h, d or w, like 72h or 14d)`,
    });
  }
});

const acceptRisk = z.strictObject({
  "accept-risk": z.strictObject({
    reason: z.string().trim().min(1, "a reason is required"),
    expires: z.iso.date("expected an expiry date (YYYY-MM-DD)").or(z.iso.datetime()),
  }),
});

const list = <T extends z.ZodType>(item: T) => z.array(item).min(1);

export const ruleSchema = z.strictObject({
  name: z.string().min(1),
  when: z
    .strictObject({
      advisory: z
        .strictObject({
          minScore: z.number().min(0).max(10).optional(),
          kev: z.boolean().optional(),
          ids: list(z.string().min(1)).optional(),
          severity: list(z.enum(["critical", "high", "medium", "low", "none", "unknown"])).optional(),
        })
        .optional(),
      asset: z
        .strictObject({
          exposure: list(z.enum(EXPOSURES)).optional(),
          minCriticality: z.number().int().min(1).max(5).optional(),
          kind: list(z.enum(ASSET_KINDS)).optional(),
          unit: z
            .string()
            .regex(/^\/[^\s]*$/, "expected a unit path like /qc/r06")
            .optional(),
          tags: list(z.string().min(1)).optional(),
          state: list(z.enum(OPERATIONAL_STATES)).optional(),
        })
        .optional(),
      finding: z.strictObject({ status: list(z.enum(["affected", "unknown"])) }).optional(),
    })
    .default({}),
  do: list(z.union([actionText, acceptRisk])),
});

const retryFields = {
  retries: z.number().int().min(0).max(10).default(3),
  backoffMs: z.number().int().min(0).max(60_000).default(500),
  timeoutMs: z.number().int().min(10).max(300_000).default(10_000),
};

export const adapterSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("webhook"),
    url: z.url({ protocol: /^https?$/ }),
    headers: z.record(z.string(), z.string()).default({}),
    ...retryFields,
  }),
  z.strictObject({
    type: z.literal("command"),
    /** An absolute path: run with execFile, never through a shell. */
    command: z.string().regex(/^\//, "expected an absolute path to an executable"),
    args: z.array(z.string()).default([]),
    ...retryFields,
  }),
  z.strictObject({ type: z.literal("manual") }),
]);

export const policySchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "expected a lower-case name like default or q4-2021"),
  rules: list(ruleSchema),
  adapters: z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/), adapterSchema).default({}),
  routes: z
    .strictObject({
      "shut-down": z.string().optional(),
      isolate: z.string().optional(),
      reopen: z.string().optional(),
    })
    .default({}),
});

export type PolicyDocument = z.output<typeof policySchema>;
export type PolicyRule = z.output<typeof ruleSchema>;
export type AdapterConfig = z.output<typeof adapterSchema>;
export type WebhookConfig = Extract<AdapterConfig, { type: "webhook" }>;
export type CommandConfig = Extract<AdapterConfig, { type: "command" }>;
