/**
 * The demo's one entry point: generates the synthetic province for a seed and scale and
 * writes it into an empty store. Same seed and scale, same rows on SQLite and PostgreSQL.
 */
import { ConflictError, InputError } from "../domain/errors.js";
import type { Store } from "../store/store.js";
import { generateAssets } from "./assets.js";
import { generateNetwork } from "./network.js";
import { generateOrganisation } from "./organisation.js";
import { emptyInventory, inventorySize, isEmpty } from "./reset.js";
import { type ProgressEvent, writeProvince } from "./write-province.js";

export const DEFAULT_SEED = 2021;
export const MAX_SCALE = 2;

export interface ProvinceOptions {
  seed: number;
  /** In (0, 2]: 1 is the full province (~100,000 assets), 0.01 a small one for tests. */
  scale: number;
  /** Empty the inventory first when it holds data (otherwise a non-empty store is refused). */
  force?: boolean;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProvinceSummary {
  seed: number;
  scale: number;
  units: number;
  regions: number;
  establishments: number;
  assets: number;
  assetsByKind: Record<string, number>;
  internetFacing: number;
  /** Servers, sites and services with no scan at all: contents unknown. */
  neverScanned: number;
  scans: number;
  packages: number;
  occurrences: number;
  network: { segments: number; links: number; flows: number; dependencies: number };
  seconds: number;
}

/** Throws InputError unless the scale is a number in (0, 2]. */
export function checkScale(scale: number): void {
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new InputError(`scale: expected a number greater than 0 and at most ${MAX_SCALE}, got ${scale}`);
  }
}

/** Throws InputError unless the seed is a whole number from 0 to 2^32-1. */
export function checkSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new InputError(`seed: expected a whole number from 0 to 4294967295, got ${seed}`);
  }
}

export async function generateProvince(store: Store, options: ProvinceOptions): Promise<ProvinceSummary> {
  checkSeed(options.seed);
  checkScale(options.scale);
  const started = performance.now();
  const size = await inventorySize(store);
  if (!isEmpty(size)) {
    if (!options.force) {
      throw new ConflictError(
        `the database at ${store.location} already holds an inventory (${size.units} units, ${size.assets} assets, ${size.packages} packages); use --force to replace it with the demo province`,
      );
    }
    await emptyInventory(store);
  }
  const { seed, scale } = options;
  const org = generateOrganisation(seed, scale);
  const plans = generateAssets(seed, scale, org);
  const network = generateNetwork(seed, scale, org, plans);
  const written = await writeProvince(store, seed, { org, plans, network }, options.onProgress ?? (() => {}));
  const assetsByKind: Record<string, number> = {};
  for (const p of plans) assetsByKind[p.asset.kind] = (assetsByKind[p.asset.kind] ?? 0) + 1;
  return {
    seed,
    scale,
    units: org.units.length,
    regions: org.sites.filter((s) => s.kind === "region").length,
    establishments: org.sites.filter((s) => s.kind !== "region" && s.kind !== "national").length,
    assets: plans.length,
    assetsByKind: Object.fromEntries(Object.entries(assetsByKind).sort()),
    internetFacing: plans.filter((p) => p.asset.exposure === "internet").length,
    neverScanned: plans.filter((p) => !p.scanned && ["server", "website", "service"].includes(p.asset.kind))
      .length,
    scans: written.scans,
    packages: written.packages,
    occurrences: written.occurrences,
    network: {
      segments: network.segments.length,
      links: network.links.length,
      flows: network.flows.length,
      dependencies: network.dependencies.length,
    },
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
