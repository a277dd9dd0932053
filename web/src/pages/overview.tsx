/**
 * For the chief information officer: four big numbers, the regions as a grid coloured by
 * severity, and whether the numbers go the right way. Every number links to its list.
 */
import { useMemo } from "react";
import { useI18n } from "../i18n/i18n";
import { href } from "../lib/router";
import { overview, type Session } from "../lib/schemas";
import { Chart, type Series } from "../ui/chart";
import { Empty, ErrorBox, Loading, PageTitle, Stat, useApi } from "../ui/common";
import { RegionGrid } from "../ui/region-grid";

export function OverviewPage({ session }: { session: Session }) {
  const { t, date, num } = useI18n();
  const { data, error, loading } = useApi(overview, "/api/v1/overview");
  const trend = useMemo(() => {
    const rows = data?.trend ?? [];
    const series: Series[] = [
      {
        name: t("overview.trendScanned"),
        values: rows.map((r) => r.scanned),
        kind: "line",
        color: "--chart-neutral",
      },
      {
        name: t("overview.trendCritical"),
        values: rows.map((r) => r.critical),
        kind: "line",
        color: "--sev-critical",
      },
    ];
    return { categories: rows.map((r) => date(r.week)), series };
  }, [data, t, date]);
  const title = t("overview.title");
  return (
    <section>
      <PageTitle text={title}>{title}</PageTitle>
      <p className="muted">{t("overview.intro", { scope: session.scope })}</p>
      {loading && !data ? <Loading /> : null}
      {error ? <ErrorBox error={error} /> : null}
      {data ? (
        data.totals.assets === 0 ? (
          <Empty title={t("overview.emptyTitle")} next={t("overview.emptyNext")} />
        ) : (
          <>
            <div className="stats">
              <Stat
                label={t("overview.critical")}
                value={data.totals.critical}
                href={href("/findings", { minScore: 9 })}
                note={t("overview.internetFacingNote", {
                  n: data.totals.criticalInternetFacing,
                })}
                severity="critical"
              />
              <Stat
                label={t("overview.kev")}
                value={data.totals.kev}
                href={href("/findings", { kev: "true" })}
              />
              <Stat
                label={t("overview.neverScanned")}
                value={data.totals.neverScanned}
                href={href("/gaps", { kind: "never-scanned" })}
              />
              <Stat
                label={t("overview.antivirusGaps")}
                value={data.totals.antivirusGaps}
                href={href("/gaps", { kind: "antivirus" })}
              />
            </div>
            <h2>
              {data.groups.some((g) => g.unit.split("/").length > 3)
                ? t("overview.byEstablishment")
                : t("overview.byRegion")}
            </h2>
            <RegionGrid groups={data.groups} />
            <h2>{t("overview.trend")}</h2>
            <p className="muted">{t("overview.trendHelp")}</p>
            {data.trend.length > 0 ? (
              <Chart
                format={num}
                label={t("overview.trend")}
                categories={trend.categories}
                series={trend.series}
              />
            ) : (
              <Empty title={t("overview.noTrend")} next={t("overview.emptyNext")} />
            )}
          </>
        )
      ) : null}
    </section>
  );
}
