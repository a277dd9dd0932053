/** The affected rows of one advisory (or the findings list): the virtualised table and its CSV export. */
import { assetColumn, criticalityColumn, exposureColumn, unitColumn } from "../ui/asset-columns";
import { useMemo } from "react";
import { useI18n } from "../i18n/i18n";
import { toCsv } from "../lib/csv";
import type { AffectedEntry } from "../lib/schemas";
import type { Column } from "../ui/data-table";

const NONE: never[] = [];

export function useAffectedColumns<T extends AffectedEntry>(extra: readonly Column<T>[] = NONE): Column<T>[] {
  const { t } = useI18n();
  return useMemo(
    () => [
      ...extra,
      assetColumn<T>(t, "minmax(9rem, 1.2fr)"),
      unitColumn<T>(t, "minmax(7rem, 0.8fr)"),
      criticalityColumn<T>(t),
      exposureColumn<T>(t),
      {
        id: "version",
        header: t("table.version"),
        value: (r) => r.version,
        width: "minmax(6rem, 0.6fr)",
      },
      {
        id: "location",
        header: t("table.location"),
        value: (r) => r.location,
        width: "minmax(12rem, 2fr)",
        cell: (r) => <NestedPath path={r.location} />,
      },
      {
        id: "fixed",
        header: t("table.fixed"),
        value: (r) => r.fixed.join(", "),
        width: "minmax(6rem, 0.7fr)",
      },
      {
        id: "owner",
        header: t("table.owner"),
        value: (r) => r.ownerContact ?? "",
        width: "minmax(8rem, 1fr)",
      },
    ],
    [t, extra],
  );
}

export { exposureKey } from "../ui/asset-columns";

/** `/a.war!/WEB-INF/lib/b.jar`: each archive level on its own, so the path inside is readable. */
export function NestedPath({ path }: { path: string }) {
  const parts = path.split("!/");
  return (
    <span className="nested" translate="no" title={path}>
      <span className="nested-inner">
        {parts.map((p, i) => (
          // Parts of one path never reorder, so the index is a stable key.
          <span key={i} className="nested-part">
            {i > 0 ? <span aria-hidden="true">!/</span> : null}
            {p}
          </span>
        ))}
      </span>
    </span>
  );
}

/** Machine column names, so a spreadsheet or script reads the same header in either language. */
export function affectedCsv<T extends AffectedEntry>(
  rows: readonly T[],
  extra: { header: string; value: (r: T) => unknown }[] = [],
): string {
  return toCsv(rows, [
    ...extra,
    { header: "asset", value: (r) => r.asset },
    { header: "unit", value: (r) => r.unit },
    { header: "kind", value: (r) => r.kind },
    { header: "criticality", value: (r) => r.criticality },
    { header: "exposure", value: (r) => r.exposure },
    { header: "state", value: (r) => r.state },
    { header: "purl", value: (r) => r.purl },
    { header: "version", value: (r) => r.version },
    { header: "location", value: (r) => r.location },
    { header: "fixed", value: (r) => r.fixed },
    { header: "owner", value: (r) => r.ownerContact },
  ]);
}
