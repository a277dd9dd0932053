/** Column lists of the tables the demo writes in bulk (the order rows are given in). */
import type { TableSpec } from "./bulk.js";

const t = (table: string, columns: TableSpec["columns"]): TableSpec => ({ table, columns });

export const ASSETS = t("assets", [
  ["id", "int"],
  ["unit_path", "text"],
  ["name", "text"],
  ["kind", "text"],
  ["hostnames", "text"],
  ["ips", "text"],
  ["urls", "text"],
  ["segment", "text"],
  ["os_family", "text"],
  ["os_name", "text"],
  ["os_version", "text"],
  ["os_build", "text"],
  ["os_service_pack", "text"],
  ["criticality", "int"],
  ["exposure", "text"],
  ["state", "text"],
  ["av_product", "text"],
  ["av_signature_date", "text"],
  ["owner_contact", "text"],
  ["tags", "text"],
  ["last_seen", "text"],
  ["created_at", "text"],
  ["updated_at", "text"],
]);

export const PACKAGES = t("packages", [
  ["id", "int"],
  ["purl", "text"],
  ["type", "text"],
  ["namespace", "text"],
  ["name", "text"],
  ["version", "text"],
  ["qualifiers", "text"],
  ["cpe", "text"],
]);

export const SCANS = t("scans", [
  ["id", "int"],
  ["asset_id", "int"],
  ["source", "text"],
  ["format", "text"],
  ["spec_version", "text"],
  ["tool", "text"],
  ["file_name", "text"],
  ["sha256", "text"],
  ["imported_at", "text"],
  ["component_count", "int"],
  ["occurrence_count", "int"],
]);

export const OCCURRENCES = t("occurrences", [
  ["asset_id", "int"],
  ["package_id", "int"],
  ["location", "text"],
  ["scan_id", "int"],
  ["source", "text"],
  ["properties", "text"],
]);

export const SEGMENTS = t("segments", [
  ["name", "text"],
  ["unit_path", "text"],
  ["cidrs", "text"],
]);
export const LINKS = t("links", [
  ["from_segment", "text"],
  ["to_segment", "text"],
  ["kbps", "int"],
]);
export const FLOWS = t("flows", [
  ["from_segment", "text"],
  ["to_segment", "text"],
  ["protocol", "text"],
  ["ports", "text"],
]);
export const DEPENDENCIES = t("dependencies", [
  ["from_asset_id", "int"],
  ["to_asset_id", "int"],
  ["label", "text"],
]);
