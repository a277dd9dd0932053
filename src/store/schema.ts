/**
 * The database schema as Kysely sees it. One schema for SQLite and PostgreSQL: ids are
 * 32-bit integers, times are ISO-8601 text, lists are JSON text, so rows read back the
 * same on both engines.
 */
import type { Generated } from "kysely";
import type { AccessSchema } from "./access-schema.js";
import type { ResponseSchema } from "./response-schema.js";

export interface UnitsTable {
  path: string;
  parent_path: string | null;
  name: string;
  kind: string;
  depth: number;
}

export interface AssetsTable {
  id: Generated<number>;
  unit_path: string;
  name: string;
  kind: string;
  hostnames: string;
  ips: string;
  urls: string;
  segment: string | null;
  os_family: string | null;
  os_name: string | null;
  os_version: string | null;
  os_build: string | null;
  os_service_pack: string | null;
  criticality: number;
  exposure: string;
  state: string;
  /** "" = known to have no antivirus, null = unknown. */
  av_product: string | null;
  av_signature_date: string | null;
  owner_contact: string | null;
  tags: string;
  last_seen: string | null;
  created_at: string;
  updated_at: string;
}

export interface PackagesTable {
  id: Generated<number>;
  purl: string;
  type: string;
  namespace: string;
  name: string;
  version: string;
  qualifiers: string;
  cpe: string | null;
}

export interface ScansTable {
  id: Generated<number>;
  asset_id: number;
  source: string;
  format: string;
  spec_version: string;
  tool: string | null;
  file_name: string | null;
  sha256: string;
  imported_at: string;
  component_count: number;
  occurrence_count: number;
}

export interface OccurrencesTable {
  asset_id: number;
  package_id: number;
  location: string;
  scan_id: number;
  source: string;
  /** JSON object of component properties seen at this place, or null. */
  properties: string | null;
}

export interface SegmentsTable {
  name: string;
  unit_path: string;
  cidrs: string;
}

export interface LinksTable {
  from_segment: string;
  to_segment: string;
  kbps: number;
}

export interface FlowsTable {
  from_segment: string;
  to_segment: string;
  protocol: string;
  ports: string;
}

export interface DependenciesTable {
  from_asset_id: number;
  to_asset_id: number;
  label: string;
}

export interface AdvisoriesTable {
  id: string;
  summary: string | null;
  severity_level: string;
  /** The best CVSS base score known (v3.1, else v4, else v2), null when none. */
  score: number | null;
  cvss3_vector: string | null;
  cvss4_vector: string | null;
  kev_date_added: string | null;
  kev_due_date: string | null;
  published: string | null;
  modified: string | null;
  withdrawn: string | null;
  /** The merged, normalised Advisory as JSON. */
  document: string;
  content_hash: string;
  imported_at: string;
}

export interface AdvisoryRecordsTable {
  /** The record's id and the feed sources it came from: a re-import of the same record replaces it. */
  key: string;
  /** The merged advisory this record belongs to. */
  advisory_id: string;
  document: string;
  imported_at: string;
}

export interface AdvisoryIdsTable {
  alias: string;
  advisory_id: string;
}

export interface AdvisoryNamesTable {
  advisory_id: string;
  /** A package name as stored in packages.name (the last part of the OSV name). */
  name: string;
}

export interface PackageMatchesTable {
  advisory_id: string;
  package_id: number;
  /** JSON array of the fixed versions above this package's version. */
  fixed: string;
}

export interface OsMatchesTable {
  advisory_id: string;
  asset_id: number;
  cpe: string;
}

export interface DecisionsTable {
  id: Generated<number>;
  advisory_id: string;
  /** The asset the decision is about, or null for every asset holding `purl`. */
  asset_id: number | null;
  /** The component the decision is about, or null for the whole asset. */
  purl: string | null;
  status: string;
  justification: string | null;
  detail: string | null;
  actor: string;
  /** "vex:<file>" or "analyst". */
  source: string;
  decided_at: string;
}

export interface Schema extends AccessSchema, ResponseSchema {
  units: UnitsTable;
  assets: AssetsTable;
  packages: PackagesTable;
  scans: ScansTable;
  occurrences: OccurrencesTable;
  segments: SegmentsTable;
  links: LinksTable;
  flows: FlowsTable;
  dependencies: DependenciesTable;
  advisories: AdvisoriesTable;
  advisory_records: AdvisoryRecordsTable;
  advisory_ids: AdvisoryIdsTable;
  advisory_names: AdvisoryNamesTable;
  package_matches: PackageMatchesTable;
  os_matches: OsMatchesTable;
  decisions: DecisionsTable;
}
