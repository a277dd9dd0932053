/**
 * Policies: read (YAML or JSON), validated, and applied. Rules are tried in order and the
 * first whose `when` matches the advisory, the asset and the finding decides the actions.
 * The default policy encodes the rule of December 2021: a CVSS of 9.0 or more, or a known
 * exploited flaw, on an internet-facing asset shuts it down at once; everything else
 * affected is patched within a deadline set by severity.
 */
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";
import { InputError, ParseError } from "../domain/errors.js";
import { parseDuration } from "./duration.js";
import { type PolicyDocument, type PolicyRule, policySchema } from "./policy-schema.js";

export type PolicyAction =
  | { kind: "shut-down" }
  | { kind: "isolate" }
  | { kind: "patch-within"; ms: number; text: string }
  | { kind: "notify"; channel: string }
  | { kind: "accept-risk"; reason: string; expires: string };

/** What a rule is matched against. */
export interface PolicySubject {
  advisory: { ids: readonly string[]; score: number | null; kev: boolean; severity: string };
  asset: {
    exposure: string;
    criticality: number;
    kind: string;
    unit: string;
    tags: readonly string[];
    state: string;
  };
  finding: "affected" | "unknown";
}

export interface PolicyDecision {
  /** The rule that matched, or null when none did (the task is then only tracked). */
  rule: string | null;
  actions: PolicyAction[];
}

const severityRule = (name: string, severity: string, within: string) => ({
  name,
  when: { advisory: { severity: [severity] }, finding: { status: ["affected"] } },
  do: [`patch-within ${within}`],
});

/** The seeds' rule, as a policy document (validated like any file). */
export const DEFAULT_POLICY_SOURCE = {
  name: "default",
  rules: [
    {
      name: "critical-internet-shut-down",
      when: { advisory: { minScore: 9.0 }, asset: { exposure: ["internet"] } },
      do: ["shut-down", "patch-within 72h"],
    },
    {
      name: "known-exploited-internet-shut-down",
      when: { advisory: { kev: true }, asset: { exposure: ["internet"] } },
      do: ["shut-down", "patch-within 72h"],
    },
    severityRule("critical-patch", "critical", "72h"),
    severityRule("high-patch", "high", "7d"),
    severityRule("medium-patch", "medium", "30d"),
    { name: "other-patch", when: { finding: { status: ["affected"] } }, do: ["patch-within 90d"] },
  ],
};

export function defaultPolicy(): PolicyDocument {
  return validatePolicy(DEFAULT_POLICY_SOURCE, "default policy");
}

/** Reads a policy file's text: JSON when it starts with `{`, YAML otherwise. */
export function parsePolicyText(text: string, file: string): PolicyDocument {
  let raw: unknown;
  try {
    raw = text.trimStart().startsWith("{") ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ParseError(`not valid YAML or JSON: ${detail}`, { file, ...(line !== undefined && { line }) });
  }
  return validatePolicy(raw, file);
}

/** Validates a parsed policy; a problem names the rule (index and name) and the field. */
export function validatePolicy(raw: unknown, file: string): PolicyDocument {
  const result = policySchema.safeParse(raw);
  if (!result.success) throw new InputError(`${file}: ${describeIssues(result.error, raw)}`);
  const policy = result.data;
  const problems = crossCheck(policy);
  if (problems.length > 0) throw new InputError(`${file}: ${problems.join("; ")}`);
  return policy;
}

function describeIssues(error: z.ZodError, raw: unknown): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${fieldName(issue.path, raw)}: ${issue.message}`)
    .join("; ");
}

function fieldName(path: readonly PropertyKey[], raw: unknown): string {
  if (path[0] === "rules" && typeof path[1] === "number") {
    const rule = ruleAt(raw, path[1]);
    const rest = path.slice(2).map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`));
    return `rule ${path[1]}${rule ? ` ("${rule}")` : ""} field ${rest.join("").replace(/^\./, "") || "(the rule)"}`;
  }
  return `field ${path.map(String).join(".") || "(the document)"}`;
}

function ruleAt(raw: unknown, index: number): string | undefined {
  if (typeof raw !== "object" || raw === null || !("rules" in raw) || !Array.isArray(raw.rules)) return;
  const rule: unknown = raw.rules[index];
  if (typeof rule === "object" && rule !== null && "name" in rule && typeof rule.name === "string")
    return rule.name;
  return undefined;
}

function crossCheck(policy: PolicyDocument): string[] {
  const known = Object.keys(policy.adapters);
  const problems: string[] = [];
  const missing = (name: string) => `no adapter "${name}" (known: ${known.join(", ") || "none"})`;
  for (const [action, adapter] of Object.entries(policy.routes)) {
    if (adapter !== undefined && !known.includes(adapter))
      problems.push(`field routes.${action}: ${missing(adapter)}`);
  }
  policy.rules.forEach((rule, i) => {
    rule.do.forEach((action, j) => {
      if (typeof action === "string" && action.startsWith("notify ") && !known.includes(action.slice(7)))
        problems.push(`rule ${i} ("${rule.name}") field do[${j}]: ${missing(action.slice(7))}`);
    });
  });
  return problems;
}

/** The structured form of a rule's actions (validated already, so every text parses). */
export function actionsOf(rule: PolicyRule): PolicyAction[] {
  return rule.do.map((action): PolicyAction => {
    if (typeof action !== "string") return { kind: "accept-risk", ...action["accept-risk"] };
    if (action === "shut-down" || action === "isolate") return { kind: action };
    if (action.startsWith("notify ")) return { kind: "notify", channel: action.slice(7) };
    const text = action.slice("patch-within ".length);
    return { kind: "patch-within", ms: parseDuration(text) ?? 0, text };
  });
}

export function decide(policy: PolicyDocument, subject: PolicySubject): PolicyDecision {
  const rule = policy.rules.find((r) => matches(r, subject));
  return rule ? { rule: rule.name, actions: actionsOf(rule) } : { rule: null, actions: [] };
}

function matches(rule: PolicyRule, s: PolicySubject): boolean {
  const { advisory: a, asset, finding } = rule.when;
  if (finding && !finding.status.includes(s.finding)) return false;
  if (a?.minScore !== undefined && (s.advisory.score === null || s.advisory.score < a.minScore)) return false;
  if (a?.kev !== undefined && a.kev !== s.advisory.kev) return false;
  if (a?.ids && !a.ids.some((id) => s.advisory.ids.includes(id))) return false;
  if (a?.severity && !a.severity.some((level) => level === s.advisory.severity)) return false;
  if (!asset) return true;
  if (asset.exposure && !asset.exposure.some((e) => e === s.asset.exposure)) return false;
  if (asset.minCriticality !== undefined && s.asset.criticality < asset.minCriticality) return false;
  if (asset.kind && !asset.kind.some((k) => k === s.asset.kind)) return false;
  if (asset.unit && !(s.asset.unit === asset.unit || s.asset.unit.startsWith(`${asset.unit}/`))) return false;
  if (asset.tags && !asset.tags.some((t) => s.asset.tags.includes(t))) return false;
  if (asset.state && !asset.state.some((st) => st === s.asset.state)) return false;
  return true;
}
