/**
 * The database schema as Kysely sees it. One schema for SQLite and PostgreSQL: ids are
 * 32-bit integers, times are ISO-8601 text, lists are JSON text, so rows read back the
 * same on both engines.
 */
import type { Generated } from "kysely";

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

export interface Schema {
  units: UnitsTable;
  assets: AssetsTable;
  packages: PackagesTable;
  scans: ScansTable;
  occurrences: OccurrencesTable;
  segments: SegmentsTable;
  links: LinksTable;
  flows: FlowsTable;
  dependencies: DependenciesTable;
}
