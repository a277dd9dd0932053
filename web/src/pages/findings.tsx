/** The list behind the overview's numbers: findings across advisories (critical, or on the KEV list), in scope. */
import { useMemo } from "react";
import { useI18n } from "../i18n/i18n";
import { downloadCsv } from "../lib/csv";
import { href, useQueryState } from "../lib/router";
import { type Finding, findings } from "../lib/schemas";
import { Empty, ErrorBox, Link, Loading, PageTitle, SeverityBadge, useApi } from "../ui/common";
import { type Column, DataTable } from "../ui/data-table";
import { applyFilters } from "./advisory";
import { affectedCsv, useAffectedColumns } from "./affected-table";
import { Filters } from "./filters";

export function FindingsPage() {
  const { t } = useI18n();
  const [query] = useQueryState();
  const kev = query.get("kev") === "true";
  const minScore = query.get("minScore") ?? undefined;
  const unit = query.get("unit") ?? undefined;
  const exposure = query.get("exposure") ?? undefined;
  const { data, error, loading } = useApi(
    findings,
    href("/api/v1/findings", {
      minScore,
      kev: kev ? "true" : undefined,
      unit,
      exposure,
      limit: 10000,
    }),
  );
  const extra = useMemo<Column<Finding>[]>(
    () => [
      {
        id: "advisory",
        header: t("advisory.id"),
        value: (r) => r.advisory,
        width: "minmax(9rem, 0.9fr)",
        cell: (r) => (
          <Link
            href={href(`/advisories/${encodeURIComponent(r.advisory)}`, {
              unit,
            })}
            translate="no"
          >
            {r.advisory}
          </Link>
        ),
      },
      {
        id: "severity",
        header: t("advisory.severity"),
        value: (r) => r.score ?? 0,
        width: "7rem",
        cell: (r) => <SeverityBadge severity={r.severity} />,
      },
    ],
    [t, unit],
  );
  const columns = useAffectedColumns(extra);
  const rows = useMemo(() => (data ? (applyFilters(data.items, query) as Finding[]) : []), [data, query]);
  const title = kev ? t("findings.kevTitle") : minScore ? t("findings.criticalTitle") : t("findings.title");
  return (
    <section>
      <PageTitle text={title}>{title}</PageTitle>
      <Filters units={[...new Set(data?.items.map((r) => r.unit))]} />
      {loading && !data ? <Loading /> : null}
      {error ? <ErrorBox error={error} /> : null}
      {data && rows.length === 0 ? <Empty title={t("findings.none")} next={t("findings.noneNext")} /> : null}
      {data && rows.length > 0 ? (
        <>
          <div className="table-bar">
            <p role="status">
              {t("advisory.showing", {
                rows: rows.length,
                assets: new Set(rows.map((r) => r.assetId)).size,
              })}
            </p>
            <button
              type="button"
              onClick={() =>
                downloadCsv(
                  "findings.csv",
                  affectedCsv(rows, [
                    { header: "advisory", value: (r) => r.advisory },
                    { header: "severity", value: (r) => r.severity },
                    { header: "score", value: (r) => r.score },
                  ]),
                )
              }
            >
              {t("common.exportCsv")}
            </button>
          </div>
          <DataTable
            label={title}
            rows={rows}
            columns={columns}
            rowKey={(r) => `${r.advisory}|${r.assetId}|${r.purl}|${r.location}`}
          />
        </>
      ) : null}
    </section>
  );
}
