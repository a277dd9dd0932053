/**
 * The columns every list of assets shares (the asset linked to its page, its unit, criticality
 * and exposure), written once so each table says the same thing the same way.
 */
import type { I18n } from "../i18n/i18n";
import { Criticality, Link } from "./common";
import type { Column } from "./data-table";

type T = I18n["t"];

/** The dictionary key of an exposure's name. */
export function exposureKey(exposure: string) {
  return exposure === "internet"
    ? "exposure.internet"
    : exposure === "isolated"
      ? "exposure.isolated"
      : "exposure.internal";
}

export function assetColumn<R extends { assetId: number; asset: string }>(t: T, width?: string): Column<R> {
  return {
    id: "asset",
    header: t("table.asset"),
    value: (r) => r.asset,
    ...(width !== undefined && { width }),
    cell: (r) => (
      <Link href={`/assets/${r.assetId}`} translate="no">
        {r.asset}
      </Link>
    ),
  };
}

export function unitColumn<R extends { unit: string }>(t: T, width?: string): Column<R> {
  return { id: "unit", header: t("table.unit"), value: (r) => r.unit, ...(width !== undefined && { width }) };
}

export function criticalityColumn<R extends { criticality: number }>(t: T): Column<R> {
  return {
    id: "criticality",
    header: t("table.criticality"),
    value: (r) => r.criticality,
    width: "7rem",
    cell: (r) => <Criticality value={r.criticality} />,
  };
}

export function exposureColumn<R extends { exposure: string }>(t: T): Column<R> {
  return {
    id: "exposure",
    header: t("table.exposure"),
    value: (r) => r.exposure,
    width: "7rem",
    cell: (r) => <>{t(exposureKey(r.exposure))}</>,
  };
}
