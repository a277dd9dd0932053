/**
 * Desktop Java clients of the estate's business software: each installed version ships the
 * same bundled jars on every workstation (one installer), and several bundle Log4j, as
 * desktop products did in 2021. The bundles are drawn once per client from the Maven pool
 * with a fixed stream, so they never change with the seed.
 */

import { createRandom } from "../random.js";
import { log4j1, log4jApi, log4jCore, logback, slf4jApi } from "./maven.js";
import { JAVA_POOL } from "./maven-pool.js";
import type { Pkg } from "./package-line.js";

export interface JavaClient {
  /** Install directory under Program Files. */
  name: string;
  /** How often it is installed next to the others. */
  weight: number;
  /** Its logging: log4j-core 2.x or log4j 1.2.x at this version, or Logback. */
  logging: { kind: "log4j2" | "log4j1"; version: string } | { kind: "logback" };
  /** How old its libraries are (0 old ... 1 new) and how many it bundles. */
  era: number;
  jars: number;
}

export const JAVA_CLIENTS: readonly JavaClient[] = [
  {
    name: "ClinicalViewer",
    weight: 1,
    logging: { kind: "log4j2", version: "2.8.2" },
    era: 0.4,
    jars: 45,
  },
  {
    name: "LabConsole",
    weight: 2,
    logging: { kind: "log4j1", version: "1.2.17" },
    era: 0.3,
    jars: 28,
  },
  {
    name: "PayrollClient",
    weight: 2,
    logging: { kind: "log4j1", version: "1.2.15" },
    era: 0.1,
    jars: 32,
  },
  {
    name: "ReportDesigner",
    weight: 0.5,
    logging: { kind: "log4j2", version: "2.13.3" },
    era: 0.7,
    jars: 95,
  },
  {
    name: "CaseManager",
    weight: 0.5,
    logging: { kind: "log4j2", version: "2.11.1" },
    era: 0.55,
    jars: 50,
  },
  {
    name: "GisViewer",
    weight: 2,
    logging: { kind: "logback" },
    era: 0.8,
    jars: 60,
  },
  {
    name: "FormsRunner",
    weight: 2,
    logging: { kind: "log4j1", version: "1.2.14" },
    era: 0.05,
    jars: 20,
  },
];

const bundles = new Map<string, readonly Pkg[]>();

/** The jars a client bundles, logging first. */
export function bundleOf(client: JavaClient): readonly Pkg[] {
  let bundle = bundles.get(client.name);
  if (!bundle) {
    const r = createRandom(0, "java-client", client.name);
    const logging =
      client.logging.kind === "log4j2"
        ? [log4jCore.version(client.logging.version), log4jApi.version(client.logging.version)]
        : client.logging.kind === "log4j1"
          ? [log4j1.version(client.logging.version)]
          : [logback.forEra(r, client.era), slf4jApi.forEra(r, client.era)];
    bundle = [...logging, ...r.sample(JAVA_POOL, client.jars).map((l) => l.forEra(r, client.era))];
    bundles.set(client.name, bundle);
  }
  return bundle;
}
