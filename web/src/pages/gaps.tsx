/** The lists behind the gap counts: servers, sites and services never scanned, machines without working antivirus. */
import { assetColumn, criticalityColumn, exposureColumn, unitColumn } from "../ui/asset-columns";
import { useMemo } from "react";
import { useI18n } from "../i18n/i18n";
import { downloadCsv, toCsv } from "../lib/csv";
import { href, useQueryState } from "../lib/router";
import { type Gap, gaps } from "../lib/schemas";
import { Empty, ErrorBox, Loading, PageTitle, useApi } from "../ui/common";
import { type Column, DataTable } from "../ui/data-table";
import { kindKey } from "./asset";

export function GapsPage() {
  const { t, date } = useI18n();
  const [query, setQuery] = useQueryState();
  const kind = query.get("kind") === "antivirus" ? "antivirus" : "never-scanned";
  const unit = query.get("unit") ?? undefined;
  const { data, error, loading } = useApi(gaps, href("/api/v1/gaps", { kind, unit }));
  const columns = useMemo<Column<Gap>[]>(
    () => [
      assetColumn(t),
      unitColumn(t),
      {
        id: "kind",
        header: t("asset.kind"),
        value: (r) => r.kind,
        cell: (r) => <>{t(kindKey(r.kind))}</>,
      },
      criticalityColumn(t),
      exposureColumn(t),
      {
        id: "reason",
        header: t("gaps.reason"),
        value: (r) => r.reason,
        cell: (r) =>
          r.reason === "stale" ? (
            <>
              {t("gaps.stale")} <time dateTime={r.signatureDate ?? ""}>{date(r.signatureDate)}</time>
            </>
          ) : r.reason === "none" ? (
            <>{t("asset.antivirusNone")}</>
          ) : (
            <>{t("gaps.never")}</>
          ),
      },
      {
        id: "owner",
        header: t("table.owner"),
        value: (r) => r.ownerContact ?? "",
      },
    ],
    [t, date],
  );
  const title = kind === "antivirus" ? t("overview.antivirusGaps") : t("overview.neverScanned");
  return (
    <section>
      <PageTitle text={title}>{title}</PageTitle>
      <div className="tabs" role="group" aria-label={t("gaps.kind")}>
        <button
          type="button"
          aria-pressed={kind === "never-scanned"}
          onClick={() => setQuery({ kind: "never-scanned" })}
        >
          {t("overview.neverScanned")}
        </button>
        <button
          type="button"
          aria-pressed={kind === "antivirus"}
          onClick={() => setQuery({ kind: "antivirus" })}
        >
          {t("overview.antivirusGaps")}
        </button>
      </div>
      <p className="muted">{kind === "antivirus" ? t("gaps.antivirusHelp") : t("gaps.neverHelp")}</p>
      {loading && !data ? <Loading /> : null}
      {error ? <ErrorBox error={error} /> : null}
      {data && data.items.length === 0 ? <Empty title={t("gaps.none")} next={t("gaps.noneNext")} /> : null}
      {data && data.items.length > 0 ? (
        <>
          <div className="table-bar">
            <p role="status">{t("gaps.count", { n: data.items.length })}</p>
            <button
              type="button"
              onClick={() =>
                downloadCsv(
                  `${kind}.csv`,
                  toCsv(data.items, [
                    { header: "asset", value: (r) => r.asset },
                    { header: "unit", value: (r) => r.unit },
                    { header: "kind", value: (r) => r.kind },
                    { header: "criticality", value: (r) => r.criticality },
                    { header: "exposure", value: (r) => r.exposure },
                    { header: "reason", value: (r) => r.reason },
                    { header: "signature_date", value: (r) => r.signatureDate },
                    { header: "owner", value: (r) => r.ownerContact },
                  ]),
                )
              }
            >
              {t("common.exportCsv")}
            </button>
          </div>
          <DataTable
            label={title}
            rows={data.items}
            columns={columns}
            rowKey={(r) => String(r.assetId)}
            defaultSort="-criticality"
          />
        </>
      ) : null}
    </section>
  );
}
