/**
 * `needle audit`: components found by a scan, matched against the advisory store without
 * storing them, as CI tools expect.
 */

import { affects } from "../advisories/match.js";
import type { Component } from "../domain/component.js";
import { NeedleError } from "../domain/errors.js";
import { advisoriesNaming, loadAdvisories } from "../store/advisories-repository.js";
import type { Store } from "../store/store.js";
import { fixedAbove } from "./evaluate.js";
import { ensureBundledAdvisories } from "./store-advisories.js";

export interface AuditFinding {
  advisory: string;
  aliases: string[];
  severity: string;
  score?: number;
  kev: boolean;
  purl: string;
  version: string;
  locations: string[];
  fixed: string[];
  summary?: string;
}

export async function auditComponents(
  store: Store,
  components: readonly Component[],
): Promise<AuditFinding[]> {
  await ensureBundledAdvisories(store);
  const ids = await advisoriesNaming(
    store.db,
    components.map((c) => c.name),
  );
  const advisories = await loadAdvisories(store.db, ids);
  const findings: AuditFinding[] = [];
  for (const advisory of advisories) {
    if (advisory.withdrawn) continue;
    for (const component of components) {
      const fixed = new Set<string>();
      let hit = false;
      for (const affected of advisory.affected) {
        try {
          if (!affects(affected, component)) continue;
        } catch (error) {
          if (error instanceof NeedleError) continue;
          throw error;
        }
        hit = true;
        for (const f of fixedAbove(affected, component.version)) fixed.add(f);
      }
      if (!hit) continue;
      const score =
        advisory.severity.cvss3?.score ?? advisory.severity.cvss4?.score ?? advisory.severity.cvss2?.score;
      findings.push({
        advisory: advisory.id,
        aliases: advisory.aliases,
        severity: advisory.severity.level,
        ...(score !== undefined && { score }),
        kev: advisory.kev !== undefined,
        purl: component.purl,
        version: component.version,
        locations: component.locations,
        fixed: [...fixed],
        ...(advisory.summary !== undefined && { summary: advisory.summary }),
      });
    }
  }
  return findings.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      a.purl.localeCompare(b.purl) ||
      a.advisory.localeCompare(b.advisory),
  );
}
