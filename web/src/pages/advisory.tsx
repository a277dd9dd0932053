/**
 * For the regional lead: who one advisory affects in their scope, counted per region and
 * unit, then every affected component in a virtualised table with filters in the URL, a
 * CSV to send around, and the button that starts a campaign.
 */
import { useMemo, useState } from "react";
import { z } from "zod";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { downloadCsv } from "../lib/csv";
import { href, navigate, useQueryState } from "../lib/router";
import { type AffectedEntry, exposure as exposureSchema, type Session } from "../lib/schemas";
import { Empty, ErrorBox, Link, Loading, PageTitle, SeverityBadge, Stat, useApi } from "../ui/common";
import { DataTable } from "../ui/data-table";
import { affectedCsv, exposureKey, useAffectedColumns } from "./affected-table";
import { Filters } from "./filters";

const started = z.object({
  campaignId: z.number().nullable(),
  name: z.string(),
  tasks: z.number(),
});

export function applyFilters(rows: readonly AffectedEntry[], query: URLSearchParams): AffectedEntry[] {
  const crit = query.get("criticality");
  const state = query.get("state");
  const version = query.get("version");
  return rows.filter(
    (r) =>
      (!crit || r.criticality >= Number(crit)) &&
      (!state || r.state === state) &&
      (!version || r.version === version),
  );
}

export function AdvisoryPage({ id, session }: { id: string; session: Session }) {
  const { t, date } = useI18n();
  const [query] = useQueryState();
  const unit = query.get("unit") ?? undefined;
  const exposure = query.get("exposure") ?? undefined;
  const { data, error, loading } = useApi(
    exposureSchema,
    // The whole list at once: the table is virtualised and filters, sorts and exports it in the page.
    href("/api/v1/exposure", { advisory: id, unit, exposure, limit: "50000" }),
  );
  const rows = useMemo(() => (data ? applyFilters(data.affected, query) : []), [data, query]);
  const assets = useMemo(() => new Set(rows.map((r) => r.assetId)).size, [rows]);
  const columns = useAffectedColumns();
  const versions = useMemo(() => [...new Set(data?.affected.map((r) => r.version))].sort(), [data]);
  const [starting, setStarting] = useState<{ error?: unknown; busy: boolean }>({
    busy: false,
  });
  const canStart = session.role === "admin" || session.role === "analyst";
  const start = async () => {
    setStarting({ busy: true });
    try {
      const r = await api(started, "/api/v1/campaigns", {
        method: "POST",
        body: { advisories: [data?.advisory.id ?? id], ...(unit && { unit }) },
      });
      if (r.campaignId !== null) navigate(`/campaigns/${r.campaignId}`);
      else setStarting({ busy: false });
    } catch (err) {
      setStarting({ busy: false, error: err });
    }
  };
  const title = data ? data.advisory.id : id;
  return (
    <section>
      <PageTitle text={title}>
        <span translate="no">{title}</span>{" "}
        {data ? <SeverityBadge severity={data.advisory.severity} /> : null}
      </PageTitle>
      {loading && !data ? <Loading /> : null}
      {error ? <ErrorBox error={error} /> : null}
      {data ? (
        <>
          <p translate="no">{data.advisory.summary}</p>
          <p className="muted">
            {data.advisory.aliases.length > 0 ? (
              <>
                {t("advisory.aliases")} <span translate="no">{data.advisory.aliases.join(", ")}</span>
                {" · "}
              </>
            ) : null}
            {data.advisory.score !== null ? t("advisory.score", { score: data.advisory.score }) : null}
            {data.advisory.kev ? (
              <>
                {" · "}
                {t("advisory.kevListed")}{" "}
                <time dateTime={data.advisory.kev.dueDate}>{date(data.advisory.kev.dueDate)}</time>
              </>
            ) : null}
          </p>
          <div className="stats">
            <Stat
              label={t("advisory.affectedAssets")}
              value={data.totals.assets}
              href="#affected"
              severity={data.advisory.severity}
            />
            <Stat
              label={t("advisory.internetFacing")}
              value={data.totals.internetFacing}
              href={href(`/advisories/${encodeURIComponent(id)}`, {
                unit,
                exposure: "internet",
              })}
            />
            <Stat label={t("advisory.occurrences")} value={data.totals.occurrences} />
            <Stat
              label={t("advisory.unknown")}
              value={data.totals.unknown}
              href={href("/gaps", { kind: "never-scanned", unit })}
              note={t("advisory.unknownNote")}
            />
          </div>
          {canStart ? (
            <div className="actions">
              <button
                type="button"
                className="primary"
                onClick={start}
                disabled={starting.busy || data.totals.assets === 0}
              >
                {t("advisory.startCampaign")}
              </button>
              {starting.error ? <ErrorBox error={starting.error} /> : null}
            </div>
          ) : null}
          <h2>{t("advisory.byRegion")}</h2>
          {data.countsByUnit.length === 0 ? (
            <Empty title={t("advisory.noneAffected")} next={t("advisory.noneAffectedNext")} />
          ) : (
            <>
              <UnitChips id={id} exposure={exposure} counts={data.countsByRegion} />
              <details>
                <summary>{t("advisory.allUnits", { n: data.countsByUnit.length })}</summary>
                <UnitChips id={id} exposure={exposure} counts={data.countsByUnit} />
              </details>
            </>
          )}
          <h2 id="affected">{t("advisory.affected")}</h2>
          <Filters units={data.countsByUnit.map((c) => c.unit)} versions={versions} />
          <div className="table-bar">
            <p role="status" aria-live="polite">
              {t("advisory.showing", { rows: rows.length, assets })}
            </p>
            <button
              type="button"
              onClick={() =>
                downloadCsv(
                  `${id}-affected.csv`,
                  affectedCsv(rows, [{ header: "advisory", value: () => id }]),
                )
              }
              disabled={rows.length === 0}
            >
              {t("common.exportCsv")}
            </button>
          </div>
          {rows.length === 0 ? (
            <Empty title={t("advisory.noRows")} next={t("advisory.noRowsNext")} />
          ) : (
            <DataTable
              label={t("advisory.affected")}
              rows={rows}
              columns={columns}
              rowKey={(r) => `${r.assetId}|${r.purl}|${r.location}`}
              defaultSort="-criticality"
            />
          )}
          {exposure ? (
            <p className="muted">
              {t("filters.exposureActive", {
                exposure: t(exposureKey(exposure)),
              })}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function UnitChips(props: {
  id: string;
  exposure: string | undefined;
  counts: { unit: string; assets: number }[];
}) {
  const { num } = useI18n();
  return (
    <ul className="unit-counts">
      {props.counts.map((c) => (
        <li key={c.unit}>
          <Link
            href={href(`/advisories/${encodeURIComponent(props.id)}`, {
              unit: c.unit,
              exposure: props.exposure,
            })}
          >
            <span translate="no">{c.unit}</span>
            <strong>{num(c.assets)}</strong>
          </Link>
        </li>
      ))}
    </ul>
  );
}
