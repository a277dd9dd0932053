/**
 * What `needle scan` writes: the SBOM in the chosen format, a human table, the summary of
 * warnings on stderr, and files written atomically (a temporary file renamed over the target,
 * so a reader never sees half an SBOM and an interrupted scan leaves the old file intact).
 */
import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Component } from "../../domain/component.js";
import { InputError } from "../../domain/errors.js";
import { writeCycloneDx } from "../../sbom/write-cyclonedx.js";
import { writeSpdx } from "../../sbom/write-spdx.js";
import type { ScanResult, ScanWarning } from "../../scanner/index.js";
import { formatTable } from "../io.js";

export const SCAN_FORMATS = ["cyclonedx", "spdx", "json", "table"] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

/** The format asked for, or the default: a table for a person at a terminal, CycloneDX otherwise. */
export function chooseFormat(asked: string | undefined, toTerminal: boolean): ScanFormat {
  if (asked === undefined) return toTerminal ? "table" : "cyclonedx";
  const known = SCAN_FORMATS.find((f) => f === asked.toLowerCase());
  if (known === undefined) {
    throw new InputError(`--format: unknown format "${asked}" (expected one of ${SCAN_FORMATS.join(", ")})`);
  }
  return known;
}

/** The scan result as the JSON of `--json` and `--format json`. */
export function scanResultJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * One component per purl for the SBOM writers, which list each purl once (it is the
 * bom-ref): the scanner keeps copies of a package that differ in facts (archive hash, a
 * removed JndiLookup class) apart, and writing only the first would lose the others'
 * locations. Locations are united; a hash or property is kept only when every copy has it,
 * so a package is never called mitigated because one of its copies is.
 */
export function componentsByPurl(components: readonly Component[]): Component[] {
  const groups = new Map<string, Component[]>();
  for (const c of components) {
    const group = groups.get(c.purl);
    if (group) group.push(c);
    else groups.set(c.purl, [c]);
  }
  return [...groups.values()].map((group) =>
    group.length === 1 ? (group[0] as Component) : mergeCopies(group),
  );
}

function mergeCopies(copies: readonly Component[]): Component {
  const [first, ...rest] = copies as [Component, ...Component[]];
  const merged: Component = { ...first, locations: [...new Set(copies.flatMap((c) => c.locations))].sort() };
  const properties = Object.entries(first.properties ?? {}).filter(([name, value]) =>
    rest.every((c) => c.properties?.[name] === value),
  );
  if (properties.length > 0) merged.properties = Object.fromEntries(properties);
  else delete merged.properties;
  const hashes = (first.hashes ?? []).filter((h) =>
    rest.every((c) => c.hashes?.some((o) => o.alg === h.alg && o.value === h.value) === true),
  );
  if (hashes.length > 0) merged.hashes = hashes;
  else delete merged.hashes;
  return merged;
}

/** Renders the result in a format; the SBOM formats carry the Needle version as the tool. */
export function renderScan(result: ScanResult, format: ScanFormat, toolVersion: string): string {
  switch (format) {
    case "cyclonedx":
      return writeCycloneDx(undefined, componentsByPurl(result.components), { toolVersion });
    case "spdx":
      return writeSpdx(undefined, componentsByPurl(result.components), { toolVersion });
    case "json":
      return scanResultJson(result);
    case "table":
      return `${scanTable(result)}\n`;
  }
}

/** One row per component: the first location, and how many more there are. */
export function scanTable(result: ScanResult): string {
  const rows = result.components.map((c) => {
    const [first = "", ...rest] = [...c.locations].sort();
    const more = rest.length > 0 ? ` (+${rest.length} more)` : "";
    const flags = Object.entries(c.properties ?? {})
      .filter(([, v]) => v === "true")
      .map(([k]) => k.split(":").pop() ?? k);
    return [
      c.type,
      c.namespace === "" ? c.name : `${c.namespace}/${c.name}`,
      c.version,
      `${first}${more}`,
      flags.join(","),
    ];
  });
  return [
    formatTable(["TYPE", "NAME", "VERSION", "LOCATION", "NOTES"], rows),
    "",
    describeStats(result),
  ].join("\n");
}

/** `123 components in 4,567 files (89 archives, 12.3 MB read) in 1.2 s, 3 warnings` */
export function describeStats(result: ScanResult): string {
  const s = result.stats;
  const mb = (s.bytes / 1e6).toFixed(1);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(s.components, "component")} in ${plural(s.files, "file")} (${plural(s.archives, "archive")}, ${mb} MB read) in ${(s.durationMs / 1000).toFixed(1)} s, ${plural(s.warnings, "warning")}`;
}

/** How many paths of each warning code the summary names unless --debug asks for all. */
const PATHS_PER_CODE = 3;

/**
 * Lines summarising the warnings: a count per code (most frequent first) with the first few
 * paths of each; with `all`, every warning with its message.
 */
export function summariseWarnings(warnings: readonly ScanWarning[], all: boolean): string[] {
  if (warnings.length === 0) return [];
  if (all) return warnings.map((w) => `${w.code}: ${w.path}: ${w.message}`);
  const byCode = new Map<string, ScanWarning[]>();
  for (const w of warnings) {
    const list = byCode.get(w.code);
    if (list) list.push(w);
    else byCode.set(w.code, [w]);
  }
  const codes = [...byCode.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const lines = [
    `${warnings.length} path${warnings.length === 1 ? "" : "s"} not read fully: ${codes.map(([code, list]) => `${list.length} ${code}`).join(", ")}`,
  ];
  for (const [code, list] of codes) {
    const shown = list.slice(0, PATHS_PER_CODE).map((w) => w.path);
    const more = list.length > shown.length ? ` (+${list.length - shown.length} more)` : "";
    lines.push(`  ${code}: ${shown.join(", ")}${more}`);
  }
  if (codes.some(([, list]) => list.length > PATHS_PER_CODE)) lines.push("  (all of them with --debug)");
  return lines;
}

/** Writes `content` to `file` through a temporary file in the same directory and a rename. */
export function writeFileAtomic(file: string, content: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: "wx" });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`--output ${file}: cannot write the file (${reason})`, { cause: error });
  }
}
