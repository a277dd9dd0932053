/**
 * "Not affected" decisions: VEX statements carried by an advisory (a producer says a product
 * is not affected or fixed) and analysts' decisions about one asset, each kept with who,
 * when and why. A decided row leaves the affected list for the not-affected one; it is never
 * silently dropped.
 */
import type { Advisory } from "../domain/advisory.js";
import { InputError } from "../domain/errors.js";
import { resolveAsset } from "../inventory/resolve-asset.js";
import { advisoryIdsFor } from "../store/advisories-repository.js";
import type { AffectedRow, DecisionRow } from "../store/findings-repository.js";
import type { Store } from "../store/store.js";

export const DECISION_STATUSES = ["not_affected", "fixed", "affected", "under_investigation"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export interface Decided {
  row: AffectedRow;
  decision: DecisionRow;
}

/** Splits rows into those still affected and those a decision or VEX statement clears. */
export function applyDecisions(
  rows: readonly AffectedRow[],
  decisions: readonly DecisionRow[],
  advisories: ReadonlyMap<string, Advisory>,
): { affected: AffectedRow[]; decided: Decided[] } {
  const affected: AffectedRow[] = [];
  const decided: Decided[] = [];
  for (const row of rows) {
    const decision = latestDecision(row, decisions) ?? vexDecision(row, advisories.get(row.advisoryId));
    if (decision && (decision.status === "not_affected" || decision.status === "fixed"))
      decided.push({ row, decision });
    else affected.push(row);
  }
  return { affected, decided };
}

/** Whether a decision or VEX statement clears this (advisory, asset, component). */
export function isCleared(
  pair: Pick<AffectedRow, "advisoryId" | "assetId" | "purl">,
  decisions: readonly DecisionRow[],
  advisory: Advisory | undefined,
): boolean {
  const decision = latestDecision(pair, decisions) ?? vexDecision(pair, advisory);
  return decision !== undefined && (decision.status === "not_affected" || decision.status === "fixed");
}

function latestDecision(
  row: Pick<AffectedRow, "advisoryId" | "assetId" | "purl">,
  decisions: readonly DecisionRow[],
): DecisionRow | undefined {
  let found: DecisionRow | undefined;
  for (const d of decisions) {
    if (d.advisoryId !== row.advisoryId) continue;
    if (d.assetId !== null && d.assetId !== row.assetId) continue;
    if (d.purl !== null && d.purl !== row.purl) continue;
    found = d;
  }
  return found;
}

function vexDecision(
  row: Pick<AffectedRow, "purl">,
  advisory: Advisory | undefined,
): DecisionRow | undefined {
  const statement = advisory?.vex.find(
    (v) => v.product === row.purl || stripQualifiers(v.product) === stripQualifiers(row.purl),
  );
  if (!statement || !advisory) return undefined;
  return {
    advisoryId: advisory.id,
    assetId: null,
    purl: statement.product,
    status: statement.status,
    justification: statement.justification ?? null,
    detail: statement.detail ?? null,
    actor: "vex",
    source: `vex:${advisory.sources.join(",")}`,
    decidedAt: advisory.modified ?? "",
  };
}

function stripQualifiers(purl: string): string {
  return purl.split("?")[0] ?? purl;
}

export interface DecisionInput {
  advisory: string;
  asset?: string;
  purl?: string;
  status: string;
  justification?: string;
  reason: string;
  actor: string;
}

/** Records an analyst's decision (who, when, why). The advisory and asset must exist. */
export async function recordDecision(store: Store, input: DecisionInput): Promise<DecisionRow> {
  if (!(DECISION_STATUSES as readonly string[]).includes(input.status)) {
    throw new InputError(`status "${input.status}" is not one of ${DECISION_STATUSES.join(", ")}`);
  }
  if (input.reason.trim() === "") throw new InputError("a decision needs a reason (--reason)");
  if (input.asset === undefined && input.purl === undefined)
    throw new InputError("say which asset (--asset) or component (--purl)");
  return store.db.transaction().execute(async (tx) => {
    const [id] = [...(await advisoryIdsFor(tx, [input.advisory]))];
    if (id === undefined)
      throw new InputError(
        `no advisory "${input.advisory}" in the store (import it with \`needle feeds import\`)`,
      );
    const asset = input.asset === undefined ? undefined : await resolveAsset(tx, input.asset);
    const row = {
      advisory_id: id,
      asset_id: asset?.id ?? null,
      purl: input.purl ?? null,
      status: input.status,
      justification: input.justification ?? null,
      detail: input.reason,
      actor: input.actor,
      source: "analyst",
      decided_at: new Date().toISOString(),
    };
    await tx.insertInto("decisions").values(row).execute();
    return {
      advisoryId: id,
      assetId: row.asset_id,
      purl: row.purl,
      status: row.status,
      justification: row.justification,
      detail: row.detail,
      actor: row.actor,
      source: row.source,
      decidedAt: row.decided_at,
    };
  });
}
