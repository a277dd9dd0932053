/**
 * Evaluation: advisories x inventory -> stored matches, incrementally both ways.
 * - A new advisory is matched against the packages its names touch (an index lookup).
 * - New packages (from an SBOM or a scan) are matched against the advisories naming them.
 * - OS-level advisories are matched through CPE against each distinct OS in the inventory.
 * Matching happens at package level (each distinct purl once); who is affected is then a
 * join to occurrences, never a re-evaluation.
 */
import type { Kysely } from "kysely";
import { affects, affectsCpe } from "../advisories/match.js";
import type { Advisory, AffectedPackage } from "../domain/advisory.js";
import { NeedleError } from "../domain/errors.js";
import { osCpe } from "../domain/os-cpe.js";
import { advisoriesNaming, advisoriesWithCpe, loadAdvisories } from "../store/advisories-repository.js";
import { chunks } from "../store/chunks.js";
import type { Schema } from "../store/schema.js";
import { schemeForEcosystem } from "../versioning/registry.js";
import { storedNamesOfAll } from "./package-names.js";

export interface PackageRef {
  id: number;
  type: string;
  namespace: string;
  name: string;
  version: string;
}

export interface EvaluationReport {
  packageMatches: number;
  osMatches: number;
  /** Versions or ecosystems the rules could not read: named, never silently compared as strings. */
  problems: string[];
}

const emptyReport = (): EvaluationReport => ({ packageMatches: 0, osMatches: 0, problems: [] });

/** Replaces every stored match of these advisories (new or changed). */
export async function evaluateAdvisories(
  db: Kysely<Schema>,
  advisories: readonly Advisory[],
  /** Ids new to the store: they have no earlier matches to remove. */
  fresh: ReadonlySet<string> = new Set(),
): Promise<EvaluationReport> {
  const report = emptyReport();
  const osCombos = advisories.some(hasOsCriteria) ? await distinctOperatingSystems(db) : [];
  // One read of the candidate packages for every advisory of the import, then matching in memory.
  const byName = await packagesByName(db, storedNamesOfAll(advisories.flatMap((a) => a.affected)));
  const pending: MatchRow[] = [];
  for (const advisory of advisories) {
    if (!fresh.has(advisory.id)) {
      await db.deleteFrom("package_matches").where("advisory_id", "=", advisory.id).execute();
      await db.deleteFrom("os_matches").where("advisory_id", "=", advisory.id).execute();
    }
    const candidates = new Map<number, PackageRef>();
    for (const name of storedNamesOfAll(advisory.affected)) {
      for (const p of byName.get(name) ?? []) candidates.set(p.id, p);
    }
    const rows = matchRows(advisory, [...candidates.values()], report);
    pending.push(...rows);
    report.packageMatches += rows.length;
    if (hasOsCriteria(advisory)) report.osMatches += await insertOsMatches(db, advisory, osCombos);
  }
  await insertPackageMatches(db, pending);
  return report;
}

async function packagesByName(
  db: Kysely<Schema>,
  names: readonly string[],
): Promise<Map<string, PackageRef[]>> {
  const out = new Map<string, PackageRef[]>();
  for (const p of await packagesNamed(db, names)) {
    const list = out.get(p.name) ?? [];
    list.push(p);
    out.set(p.name, list);
  }
  return out;
}

/** Matches packages new to the store against the advisories that name them. */
export async function evaluatePackages(
  db: Kysely<Schema>,
  packages: readonly PackageRef[],
): Promise<EvaluationReport> {
  const report = emptyReport();
  if (packages.length === 0) return report;
  const ids = await advisoriesNaming(
    db,
    packages.map((p) => p.name),
  );
  if (ids.length === 0) return report;
  for (const advisory of await loadAdvisories(db, ids)) {
    const rows = matchRows(advisory, packages, report);
    await insertPackageMatches(db, rows);
    report.packageMatches += rows.length;
  }
  return report;
}

/** Re-evaluates OS-level matches for these assets (their OS may have changed). */
export async function evaluateAssetsOs(
  db: Kysely<Schema>,
  assetIds: readonly number[],
): Promise<EvaluationReport> {
  const report = emptyReport();
  const advisoryIds = await advisoriesWithCpe(db);
  if (advisoryIds.length === 0 || assetIds.length === 0) return report;
  for (const part of chunks(assetIds))
    await db.deleteFrom("os_matches").where("asset_id", "in", part).execute();
  const advisories = await loadAdvisories(db, advisoryIds);
  const combos = await distinctOperatingSystems(db, assetIds);
  for (const advisory of advisories) report.osMatches += await insertOsMatches(db, advisory, combos);
  return report;
}

interface MatchRow {
  advisory_id: string;
  package_id: number;
  fixed: string;
}

function matchRows(
  advisory: Advisory,
  packages: readonly PackageRef[],
  report: EvaluationReport,
): MatchRow[] {
  const rows = new Map<number, string[]>();
  if (advisory.withdrawn) return [];
  for (const affected of advisory.affected) {
    for (const pkg of packages) {
      try {
        if (!affects(affected, pkg)) continue;
        const fixed = new Set([...(rows.get(pkg.id) ?? []), ...fixedAbove(affected, pkg.version)]);
        rows.set(pkg.id, [...fixed]);
      } catch (error) {
        if (!(error instanceof NeedleError)) throw error;
        report.problems.push(
          `${advisory.id}: ${affected.ecosystem} ${affected.name} ${pkg.version}: ${error.message}`,
        );
      }
    }
  }
  return [...rows].map(([id, fixed]) => ({
    advisory_id: advisory.id,
    package_id: id,
    fixed: JSON.stringify(fixed),
  }));
}

/** The fixed versions of the entry that lie above `version`, lowest first: what to install. */
export function fixedAbove(affected: AffectedPackage, version: string): string[] {
  const scheme = schemeForEcosystem(affected.ecosystem);
  const fixed = new Set<string>();
  for (const range of affected.ranges) {
    if (range.type === "GIT") continue;
    for (const event of range.events) {
      if ("fixed" in event && scheme.isValid(event.fixed) && scheme.compare(event.fixed, version) > 0)
        fixed.add(event.fixed);
    }
  }
  return [...fixed].sort((a, b) => scheme.compare(a, b));
}

async function packagesNamed(db: Kysely<Schema>, names: readonly string[]): Promise<PackageRef[]> {
  const out: PackageRef[] = [];
  for (const part of chunks(names)) {
    if (part.length === 0) continue;
    const rows = await db
      .selectFrom("packages")
      .select(["id", "type", "namespace", "name", "version"])
      .where("name", "in", part)
      .execute();
    out.push(...rows);
  }
  return out;
}

async function insertPackageMatches(db: Kysely<Schema>, rows: readonly MatchRow[]): Promise<void> {
  for (const part of chunks(rows, 300)) {
    await db
      .insertInto("package_matches")
      .values(part)
      .onConflict((oc) =>
        oc.columns(["advisory_id", "package_id"]).doUpdateSet((eb) => ({ fixed: eb.ref("excluded.fixed") })),
      )
      .execute();
  }
}

function hasOsCriteria(advisory: Advisory): boolean {
  return !advisory.withdrawn && advisory.cpeMatches.some((m) => m.vulnerable);
}

interface OsCombo {
  cpe: string;
  assetIds: number[];
}

/** Each distinct OS in the inventory (or among some assets) with its CPE and its assets. */
async function distinctOperatingSystems(
  db: Kysely<Schema>,
  assetIds?: readonly number[],
): Promise<OsCombo[]> {
  const byCpe = new Map<string, number[]>();
  const parts = assetIds ? chunks(assetIds) : [undefined];
  for (const part of parts) {
    let query = db
      .selectFrom("assets")
      .select(["id", "os_family", "os_name", "os_version", "os_service_pack"])
      .where("os_name", "is not", null);
    if (part) query = query.where("id", "in", part);
    for (const row of await query.execute()) {
      const cpe = osCpe({
        family: row.os_family ?? "",
        name: row.os_name ?? "",
        version: row.os_version ?? "",
        ...(row.os_service_pack !== null && { servicePack: row.os_service_pack }),
      });
      if (!cpe) continue;
      const list = byCpe.get(cpe) ?? [];
      list.push(row.id);
      byCpe.set(cpe, list);
    }
  }
  return [...byCpe].map(([cpe, ids]) => ({ cpe, assetIds: ids }));
}

async function insertOsMatches(
  db: Kysely<Schema>,
  advisory: Advisory,
  combos: readonly OsCombo[],
): Promise<number> {
  let count = 0;
  for (const combo of combos) {
    if (!affectsCpe(advisory.cpeMatches, combo.cpe)) continue;
    for (const part of chunks(combo.assetIds, 300)) {
      await db
        .insertInto("os_matches")
        .values(part.map((asset_id) => ({ advisory_id: advisory.id, asset_id, cpe: combo.cpe })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    count += combo.assetIds.length;
  }
  return count;
}
