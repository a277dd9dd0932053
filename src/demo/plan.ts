/** What the asset generator decides about each asset, and what the contents generator expands. */
import type { Asset } from "../domain/asset.js";
import type { Distro } from "./operating-systems.js";
import type { Site } from "./organisation.js";

/** The shapes an application takes on disk, each with its own component set (see contents/). */
export const ARCHETYPES = [
  "java-war",
  "java-ear",
  "java-boot",
  "java-libdir",
  "java-shaded",
  "node",
  "python",
  "dotnet",
  "static",
  "desktop",
] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export interface AppPlan {
  archetype: Archetype;
  /** Directory-safe application name, used in its install path. */
  name: string;
  /** Forces the log4j-core version (the vaccine portal's story); drawn otherwise. */
  log4jCore?: string;
}

export interface AssetPlan {
  /** Row id in the store: the position in generation order, from 1. */
  id: number;
  asset: Asset;
  site: Site;
  /** What the asset is for: pacs, lis, records, web, database, workstation ... */
  role: string;
  /** False: never scanned, no scan and no occurrences at all (unknown contents). */
  scanned: boolean;
  platform: "linux" | "windows" | "other";
  /** Linux only: where its OS packages come from. */
  distro?: Distro;
  apps: AppPlan[];
}
