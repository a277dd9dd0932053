/** "Where is log4j-core?": every asset holding a component of that name, and which versions are in use. */
import { assetColumn, criticalityColumn, exposureColumn, unitColumn } from "../ui/asset-columns";
import { type FormEvent, useId, useMemo } from "react";
import { useI18n } from "../i18n/i18n";
import { downloadCsv, toCsv } from "../lib/csv";
import { href, useQueryState } from "../lib/router";
import { type ComponentHit, componentHits } from "../lib/schemas";
import { Chart, type Series } from "../ui/chart";
import { Empty, ErrorBox, Link, Loading, PageTitle, useApi } from "../ui/common";
import { type Column, DataTable } from "../ui/data-table";
import { NestedPath } from "./affected-table";

/** Versions in use, most common first (at most 30 bars). */
export function versionHistogram(items: readonly ComponentHit[]): [string, number][] {
  const counts = new Map<string, Set<number>>();
  for (const h of items) {
    const set = counts.get(h.version) ?? new Set<number>();
    set.add(h.assetId);
    counts.set(h.version, set);
  }
  return [...counts.entries()]
    .map(([v, s]): [string, number] => [v, s.size])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 30);
}

export function ComponentsPage() {
  const { t, num } = useI18n();
  const [query, setQuery] = useQueryState();
  const name = query.get("name") ?? "";
  const version = query.get("version") ?? undefined;
  const { data, error, loading } = useApi(
    componentHits,
    name ? href("/api/v1/components", { name, version, limit: 10000 }) : null,
  );
  const inputId = useId();
  const histogram = useMemo(() => versionHistogram(data?.items ?? []), [data]);
  const series = useMemo<Series[]>(
    () => [
      {
        name: t("components.assets"),
        values: histogram.map(([, n]) => n),
        kind: "bar",
        color: "--chart-neutral",
      },
    ],
    [histogram, t],
  );
  const categories = useMemo(() => histogram.map(([v]) => v), [histogram]);
  const columns = useMemo<Column<ComponentHit>[]>(
    () => [
      assetColumn(t),
      unitColumn(t),
      {
        id: "version",
        header: t("table.version"),
        value: (r) => r.version,
        width: "minmax(6rem, 0.6fr)",
      },
      criticalityColumn(t),
      exposureColumn(t),
      {
        id: "location",
        header: t("table.location"),
        value: (r) => r.location,
        width: "minmax(14rem, 2.5fr)",
        cell: (r) => <NestedPath path={r.location} />,
      },
    ],
    [t],
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setQuery({
      name: String(new FormData(e.currentTarget).get("name") ?? "").trim(),
      version: undefined,
    });
  };
  const title = t("components.title");
  return (
    <section>
      <PageTitle text={title}>{title}</PageTitle>
      <form className="search" role="search" onSubmit={submit}>
        <label htmlFor={inputId}>{t("components.search")}</label>
        <input id={inputId} name="name" defaultValue={name} placeholder="log4j-core" type="search" required />
        <button type="submit" className="primary">
          {t("common.search")}
        </button>
      </form>
      {!name ? <Empty title={t("components.start")} next={t("components.startNext")} /> : null}
      {loading && !data ? <Loading /> : null}
      {error ? <ErrorBox error={error} /> : null}
      {data && data.items.length === 0 ? (
        <Empty title={t("components.none")} next={t("components.noneNext")} />
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <h2>{t("components.versions")}</h2>
          <Chart
            format={num}
            label={t("components.versions")}
            categories={categories}
            series={series}
            height={220}
          />
          <ul className="unit-counts">
            {histogram.map(([v, n]) => (
              <li key={v}>
                <Link
                  href={href("/components", { name, version: v })}
                  aria-current={v === version ? "true" : undefined}
                >
                  <span translate="no">{v}</span>
                  <strong>{n}</strong>
                </Link>
              </li>
            ))}
          </ul>
          <div className="table-bar">
            <p role="status">
              {t(data.truncated ? "components.truncated" : "components.count", {
                n: data.items.length,
              })}
            </p>
            <button
              type="button"
              onClick={() =>
                downloadCsv(
                  `${name}.csv`,
                  toCsv(data.items, [
                    { header: "asset", value: (r) => r.asset },
                    { header: "unit", value: (r) => r.unit },
                    { header: "purl", value: (r) => r.purl },
                    { header: "version", value: (r) => r.version },
                    { header: "location", value: (r) => r.location },
                    { header: "exposure", value: (r) => r.exposure },
                    { header: "criticality", value: (r) => r.criticality },
                  ]),
                )
              }
            >
              {t("common.exportCsv")}
            </button>
          </div>
          <DataTable
            label={t("components.title")}
            rows={data.items}
            columns={columns}
            rowKey={(r) => `${r.assetId}|${r.purl}|${r.location}`}
            defaultSort="-criticality"
          />
        </>
      ) : null}
    </section>
  );
}
