/**
 * One campaign: counts per state per region, the burn-down, the reopen queue, and the
 * tasks with bulk actions (mark patched, verify, reopen), each recorded by the server with
 * who, when and why, like any other change.
 */
import { assetColumn, criticalityColumn, exposureColumn, unitColumn } from "../ui/asset-columns";
import { useMemo, useState } from "react";
import { z } from "zod";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages-en";
import { api } from "../lib/api";
import { href } from "../lib/router";
import { burnDown, campaignProgress, reopenQueue, type Session, type Task, tasks } from "../lib/schemas";
import { Chart, type Series } from "../ui/chart";
import { Empty, ErrorBox, Link, Loading, PageTitle, Stat, useApi } from "../ui/common";
import { type Column, DataTable } from "../ui/data-table";
import { exposureKey } from "./affected-table";

export const TASK_STATES = [
  "unknown",
  "affected",
  "not-affected",
  "shut-down",
  "isolated",
  "patched",
  "verified",
  "reopened",
  "accepted-risk",
] as const;

export function taskStateKey(state: string): MessageKey {
  const s = TASK_STATES.find((x) => x === state);
  return s ? `task.${s}` : "task.unknown";
}

/** Work still owed on these (as the server's progress and burn-down count it). */
const OPEN = ["unknown", "affected", "shut-down", "isolated"] as const;

type Bulk = "patched" | "verified" | "reopened";

export function CampaignPage({ id, session }: { id: string; session: Session }) {
  const { t, num, dateTime } = useI18n();
  const base = `/api/v1/campaigns/${encodeURIComponent(id)}`;
  const progress = useApi(campaignProgress, base);
  const list = useApi(tasks, `${base}/tasks`);
  const queue = useApi(reopenQueue, `${base}/reopen-queue`);
  const burn = useApi(burnDown, `${base}/burndown`);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [reason, setReason] = useState("");
  const [outcome, setOutcome] = useState<{
    ok: number;
    failed: string[];
  } | null>(null);
  const canAct = session.role === "admin" || session.role === "analyst";
  const reloadAll = () => {
    progress.reload();
    list.reload();
    queue.reload();
    burn.reload();
  };
  const run = async (to: Bulk) => {
    const ids = [...selected];
    const failed: string[] = [];
    let ok = 0;
    if (to === "reopened") {
      try {
        const r = await api(z.object({ reopened: z.array(z.string()) }), `${base}/reopen`, {
          method: "POST",
          body: { assetIds: ids, ...(reason && { reason }) },
        });
        ok = r.reopened.length;
      } catch (err) {
        failed.push(err instanceof Error ? err.message : String(err));
      }
    } else {
      for (const assetId of ids) {
        try {
          await api(z.object({ state: z.string() }), `${base}/transitions`, {
            method: "POST",
            body: {
              assetId,
              to,
              reason: reason || t(to === "patched" ? "board.reasonPatched" : "board.reasonVerified"),
            },
          });
          ok++;
        } catch (err) {
          failed.push(err instanceof Error ? err.message : String(err));
        }
      }
    }
    setOutcome({ ok, failed });
    setSelected(new Set());
    reloadAll();
  };
  const columns = useMemo<Column<Task>[]>(
    () => [
      {
        id: "select",
        header: t("board.select"),
        value: (r) => (selected.has(r.assetId) ? 1 : 0),
        width: "5rem",
        cell: (r) => (
          <input
            type="checkbox"
            aria-label={t("board.selectTask", { asset: r.asset })}
            checked={selected.has(r.assetId)}
            disabled={!canAct}
            onChange={(e) => {
              const next = new Set(selected);
              if (e.target.checked) next.add(r.assetId);
              else next.delete(r.assetId);
              setSelected(next);
            }}
          />
        ),
      },
      assetColumn(t),
      unitColumn(t),
      {
        id: "state",
        header: t("filters.state"),
        value: (r) => r.state,
        cell: (r) => <>{t(taskStateKey(r.state))}</>,
      },
      criticalityColumn(t),
      exposureColumn(t),
      {
        id: "deadline",
        header: t("board.deadline"),
        value: (r) => r.deadline ?? "",
        cell: (r) => (r.deadline ? <time dateTime={r.deadline}>{dateTime(r.deadline)}</time> : <>—</>),
      },
      {
        id: "actions",
        header: t("board.actions"),
        value: (r) => r.actions.join(", "),
        width: "minmax(10rem, 1.5fr)",
      },
    ],
    [t, dateTime, selected, canAct],
  );
  const chart = useMemo(() => {
    const points = burn.data?.points ?? [];
    const series: Series[] = [
      {
        name: t("board.open"),
        values: points.map((p) => p.open),
        kind: "line",
        color: "--sev-high",
      },
      {
        name: t("board.closed"),
        values: points.map((p) => p.closed),
        kind: "line",
        color: "--chart-neutral",
      },
      {
        name: t("task.reopened"),
        values: points.map((p) => p.reopened),
        kind: "line",
        color: "--sev-none",
      },
    ];
    return { categories: points.map((p) => dateTime(p.at)), series };
  }, [burn.data, t, dateTime]);
  const p = progress.data;
  const title = p ? p.campaign.name : t("campaigns.title");
  const shown = TASK_STATES.filter((s) => (p?.totals[s] ?? 0) > 0);
  return (
    <section>
      <PageTitle text={title}>
        <span translate="no">{title}</span>
      </PageTitle>
      {progress.loading && !p ? <Loading /> : null}
      {progress.error ? <ErrorBox error={progress.error} /> : null}
      {p ? (
        <>
          <p className="muted">
            {t("board.intro", { tasks: p.tasks })}{" "}
            <span translate="no">{p.campaign.advisories.join(", ")}</span> ·{" "}
            <time dateTime={p.campaign.startedAt}>{dateTime(p.campaign.startedAt)}</time> ·{" "}
            <a href={`/status/${p.campaign.id}`}>{t("board.publicStatus")}</a>
          </p>
          <div className="stats">
            <Stat label={t("board.open")} value={OPEN.reduce((n, s) => n + (p.totals[s] ?? 0), 0)} />
            <Stat label={t("board.closed")} value={(p.totals["shut-down"] ?? 0) + (p.totals.isolated ?? 0)} />
            <Stat label={t("task.reopened")} value={p.totals.reopened ?? 0} />
            <Stat label={t("board.overdue")} value={p.overdue.length} />
          </div>
          <h2>{t("board.byRegion")}</h2>
          <div className="table-scroll" role="region" aria-label={t("board.byRegion")} tabIndex={0}>
            <table className="plain">
              <thead>
                <tr>
                  <th scope="col">{t("table.unit")}</th>
                  {shown.map((s) => (
                    <th scope="col" className="num" key={s}>
                      {t(taskStateKey(s))}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t("board.total")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.byRegion.map((r) => (
                  <tr key={r.unit}>
                    <th scope="row" translate="no">
                      {r.unit}
                    </th>
                    {shown.map((s) => (
                      <td className="num" key={s}>
                        {num(r.counts[s] ?? 0)}
                      </td>
                    ))}
                    <td className="num">{num(r.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t("board.burnDown")}</h2>
          {burn.data && burn.data.points.length > 1 ? (
            <Chart
              format={num}
              label={t("board.burnDown")}
              categories={chart.categories}
              series={chart.series}
            />
          ) : (
            <Empty title={t("board.noHistory")} next={t("board.noHistoryNext")} />
          )}
          <h2>{t("board.reopenQueue")}</h2>
          {queue.data && queue.data.items.length === 0 ? (
            <Empty title={t("board.queueEmpty")} next={t("board.queueEmptyNext")} />
          ) : null}
          {queue.data && queue.data.items.length > 0 ? (
            <ol className="queue">
              {queue.data.items.map((q) => (
                <li key={q.id}>
                  <Link href={`/assets/${q.assetId}`} translate="no">
                    {q.asset}
                  </Link>{" "}
                  · <span translate="no">{q.unit}</span> · {t(exposureKey(q.exposure))}
                </li>
              ))}
            </ol>
          ) : null}
          <h2>{t("board.tasks")}</h2>
          {canAct ? (
            <fieldset className="bulk">
              <legend>{t("board.bulk", { n: selected.size })}</legend>
              <label>
                <span>{t("board.reason")}</span>
                <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
              </label>
              <button type="button" disabled={selected.size === 0} onClick={() => run("patched")}>
                {t("board.markPatched")}
              </button>
              <button type="button" disabled={selected.size === 0} onClick={() => run("verified")}>
                {t("board.verify")}
              </button>
              <button type="button" disabled={selected.size === 0} onClick={() => run("reopened")}>
                {t("board.reopen")}
              </button>
            </fieldset>
          ) : null}
          {outcome ? (
            <div role="status" className={outcome.failed.length > 0 ? "error" : "ok"}>
              <p>
                {t("board.outcome", {
                  ok: outcome.ok,
                  failed: outcome.failed.length,
                })}
              </p>
              {outcome.failed.length > 0 ? (
                <ul translate="no">
                  {outcome.failed.slice(0, 5).map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          {list.error ? <ErrorBox error={list.error} /> : null}
          {list.data ? (
            <DataTable
              label={t("board.tasks")}
              rows={list.data.items}
              columns={columns}
              rowKey={(r) => String(r.id)}
              sortParam="tsort"
              defaultSort="-criticality"
            />
          ) : null}
          <p>
            <Link href={href("/advisories", {})}>{t("nav.advisories")}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
