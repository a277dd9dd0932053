/**
 * What a campaign will do, before anything is written: one task per affected asset and one
 * per asset whose contents are unknown (never scanned, or last scanned before the advisory
 * was published), each with the policy's decision. `--dry-run` shows exactly this.
 */
import { InputError } from "../domain/errors.js";
import { type AffectedEntry, type ExposureReport, exposureOf } from "../exposure/exposure.js";
import type { StoredAsset } from "../store/assets-repository.js";
import type { Store } from "../store/store.js";
import { assetsByIds, assetsScannedBefore } from "../store/tasks-repository.js";
import { decide, type PolicyAction, type PolicySubject } from "./policy.js";
import type { PolicyDocument } from "./policy-schema.js";

/** Kinds whose contents matter for a package advisory (as in exposure's unknown list). */
const CONTENT_KINDS = ["server", "website", "service"] as const;

export type AdvisorySummary = ExposureReport["advisory"] & { published: string | null };

export interface PlannedComponent {
  purl: string;
  location: string;
  fixed: string[];
}

export interface TaskPlan {
  asset: StoredAsset;
  finding: "affected" | "unknown";
  /** Why the task exists, in words (the first history entry). */
  why: string;
  components: PlannedComponent[];
  rule: string | null;
  actions: PolicyAction[];
  /** now + the shortest patch-within of the matched rules, or null. */
  deadline: string | null;
  closing: "shut-down" | "isolate" | null;
  notify: string[];
  acceptRisk: { reason: string; expires: string } | null;
}

export interface CampaignPlan {
  advisories: AdvisorySummary[];
  tasks: TaskPlan[];
}

export async function planCampaign(
  store: Store,
  refs: readonly string[],
  policy: PolicyDocument,
  options: { scope: string; now: string },
): Promise<CampaignPlan> {
  if (refs.length === 0) throw new InputError("name at least one advisory (a CVE, GHSA or any alias)");
  const reports = await Promise.all(refs.map((ref) => exposureOf(store, ref, { scope: options.scope })));
  const advisories = await withPublished(store, reports);
  const affected = new Map<number, { entries: AffectedEntry[]; advisories: Set<number> }>();
  reports.forEach((report, i) => {
    for (const e of report.affected) {
      const slot = affected.get(e.assetId) ?? { entries: [], advisories: new Set<number>() };
      slot.entries.push(e);
      slot.advisories.add(i);
      affected.set(e.assetId, slot);
    }
  });
  const unknown = await unknownAssets(store, reports, advisories, options.scope, affected);
  const assets = await assetsByIds(store.db, [...affected.keys(), ...unknown.keys()]);
  const tasks: TaskPlan[] = [];
  for (const [id, slot] of affected) {
    const asset = assets.get(id);
    if (!asset) continue;
    const subjects = [...slot.advisories].map((i) => subjectOf(advisories[i]!, asset, "affected"));
    const components = slot.entries.map((e) => ({ purl: e.purl, location: e.location, fixed: e.fixed }));
    const why = `affected: ${[...new Set(slot.entries.map((e) => e.purl))].join(", ")}`;
    tasks.push(taskPlan(policy, asset, "affected", why, components, subjects, options.now));
  }
  for (const [id, why] of unknown) {
    const asset = assets.get(id);
    if (!asset) continue;
    const subjects = advisories.map((a) => subjectOf(a, asset, "unknown"));
    tasks.push(taskPlan(policy, asset, "unknown", why, [], subjects, options.now));
  }
  tasks.sort(
    (a, b) =>
      b.asset.criticality - a.asset.criticality ||
      a.asset.unit.localeCompare(b.asset.unit) ||
      a.asset.name.localeCompare(b.asset.name),
  );
  return { advisories, tasks };
}

async function withPublished(store: Store, reports: readonly ExposureReport[]): Promise<AdvisorySummary[]> {
  const out: AdvisorySummary[] = [];
  for (const r of reports) {
    const row = await store.db
      .selectFrom("advisories")
      .select("published")
      .where("id", "=", r.advisory.id)
      .executeTakeFirst();
    out.push({ ...r.advisory, published: row?.published ?? null });
  }
  return out;
}

/** Never scanned (from exposure), or scanned only before the earliest publication of the advisories. */
async function unknownAssets(
  store: Store,
  reports: readonly ExposureReport[],
  advisories: readonly AdvisorySummary[],
  scope: string,
  affected: ReadonlyMap<number, unknown>,
): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const r of reports) for (const u of r.unknown) out.set(u.assetId, "contents unknown: never scanned");
  const dates = advisories.flatMap((a) => (a.published ? [a.published] : [])).sort();
  const before = dates[0];
  if (before !== undefined) {
    const stale = await assetsScannedBefore(store.db, { scope, kinds: CONTENT_KINDS, before });
    for (const id of stale) out.set(id, `contents unknown: last scanned before ${before}`);
  }
  for (const id of affected.keys()) out.delete(id);
  return out;
}

function subjectOf(a: AdvisorySummary, asset: StoredAsset, finding: PolicySubject["finding"]): PolicySubject {
  return {
    advisory: { ids: [a.id, ...a.aliases], score: a.score, kev: a.kev !== null, severity: a.severity },
    asset: {
      exposure: asset.exposure,
      criticality: asset.criticality,
      kind: asset.kind,
      unit: asset.unit,
      tags: asset.tags,
      state: asset.state,
    },
    finding,
  };
}

function taskPlan(
  policy: PolicyDocument,
  asset: StoredAsset,
  finding: TaskPlan["finding"],
  why: string,
  components: PlannedComponent[],
  subjects: readonly PolicySubject[],
  now: string,
): TaskPlan {
  const decisions = subjects.map((s) => decide(policy, s)).filter((d) => d.rule !== null);
  const actions = decisions.flatMap((d) => d.actions);
  const patch = actions.flatMap((a) => (a.kind === "patch-within" ? [a.ms] : []));
  const closing = actions.find((a) => a.kind === "shut-down" || a.kind === "isolate");
  const risk = actions.find((a) => a.kind === "accept-risk");
  return {
    asset,
    finding,
    why,
    components,
    rule: decisions.length > 0 ? [...new Set(decisions.map((d) => d.rule))].join(", ") : null,
    actions: dedupe(actions),
    deadline: patch.length > 0 ? new Date(Date.parse(now) + Math.min(...patch)).toISOString() : null,
    closing: closing?.kind === "shut-down" || closing?.kind === "isolate" ? closing.kind : null,
    notify: [...new Set(actions.flatMap((a) => (a.kind === "notify" ? [a.channel] : [])))],
    acceptRisk: risk?.kind === "accept-risk" ? { reason: risk.reason, expires: risk.expires } : null,
  };
}

function dedupe(actions: readonly PolicyAction[]): PolicyAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => {
    const key = JSON.stringify(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The action as the policy file writes it, for humans and JSON output. */
export function actionText(a: PolicyAction): string {
  switch (a.kind) {
    case "patch-within":
      return `patch-within ${a.text}`;
    case "notify":
      return `notify ${a.channel}`;
    case "accept-risk":
      return `accept-risk until ${a.expires}`;
    default:
      return a.kind;
  }
}
