/**
 * The technician's task list on the asset page: per campaign, the state, the advisories,
 * what was found where and the version to install, the deadline, and whether the fix is
 * confirmed ("verified by scan at 14:32"), with the task's history (who, when, why).
 */
import { useI18n } from "../i18n/i18n";
import { type AssetTask, assetTasks } from "../lib/schemas";
import { Empty, ErrorBox, Link, Loading, useApi } from "../ui/common";
import { NestedPath } from "./affected-table";
import { taskStateKey } from "./campaign-board";

/** States in which the work is still owed, so a passed deadline means overdue. */
const OPEN = new Set(["unknown", "affected", "shut-down", "isolated"]);
const SCAN_ACTOR = "scan";

export function AssetTasks({ assetId }: { assetId: string }) {
  const { t } = useI18n();
  const list = useApi(assetTasks, `/api/v1/assets/${encodeURIComponent(assetId)}/tasks`);
  return (
    <section aria-labelledby="asset-tasks">
      <h2 id="asset-tasks">{t("asset.tasks")}</h2>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <ErrorBox error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <Empty title={t("asset.noTasks")} next={t("asset.noTasksNext")} />
      ) : null}
      {list.data?.items.map((task) => (
        <TaskCard key={task.id} task={task} />
      ))}
    </section>
  );
}

function TaskCard({ task }: { task: AssetTask }) {
  const { t } = useI18n();
  const fixes = [...new Set(task.components.flatMap((c) => c.fixed))];
  return (
    <article className="task-card" aria-label={task.campaign}>
      <h3>
        <Link href={`/campaigns/${task.campaignId}`} translate="no">
          {task.campaign}
        </Link>
      </h3>
      <Confirmation task={task} />
      <dl className="facts">
        <div>
          <dt>{t("filters.state")}</dt>
          <dd data-task-state={task.state}>{t(taskStateKey(task.state))}</dd>
        </div>
        <div>
          <dt>{t("asset.taskAdvisories")}</dt>
          <dd>
            {task.advisories.map((a, i) => (
              <span key={a}>
                {i > 0 ? ", " : null}
                <Link href={`/advisories/${encodeURIComponent(a)}`} translate="no">
                  {a}
                </Link>
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t("board.deadline")}</dt>
          <dd>
            <Deadline task={task} />
          </dd>
        </div>
        <div>
          <dt>{t("asset.install")}</dt>
          <dd translate="no">{fixes.join(", ") || "—"}</dd>
        </div>
        <div>
          <dt>{t("board.actions")}</dt>
          <dd translate="no">{task.actions.join(", ") || "—"}</dd>
        </div>
      </dl>
      {task.components.length > 0 ? (
        <>
          <h4>{t("table.location")}</h4>
          <ul className="task-found">
            {task.components.map((c) => (
              <li key={`${c.purl}|${c.location}`}>
                <NestedPath path={c.location} /> <span translate="no">{c.purl}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <History task={task} />
    </article>
  );
}

/** The line a technician looks for: is the fix confirmed, and by what. */
function Confirmation({ task }: { task: AssetTask }) {
  const { t, time, date } = useI18n();
  if (task.state === "verified" && task.verifiedAt) {
    const at = { time: time(task.verifiedAt), date: date(task.verifiedAt) };
    return (
      <p className="task-confirmation" role="status">
        <strong>
          {task.verifiedBy === SCAN_ACTOR || task.verifiedBy === null
            ? t("asset.verifiedByScan", at)
            : t("asset.verifiedBy", { ...at, actor: task.verifiedBy })}
        </strong>
      </p>
    );
  }
  if (task.state === "patched" && task.patchedAt)
    return (
      <p className="task-confirmation">
        {t("asset.patchedWaiting", { time: time(task.patchedAt), date: date(task.patchedAt) })}
      </p>
    );
  return null;
}

function Deadline({ task }: { task: AssetTask }) {
  const { t, dateTime } = useI18n();
  if (!task.deadline) return <>—</>;
  const overdue = OPEN.has(task.state) && Date.parse(task.deadline) < Date.now();
  return (
    <>
      <time dateTime={task.deadline}>{dateTime(task.deadline)}</time>
      {overdue ? <strong> · {t("board.overdue")}</strong> : null}
    </>
  );
}

function History({ task }: { task: AssetTask }) {
  const { t, dateTime } = useI18n();
  if (task.history.length === 0) return null;
  return (
    <>
      <h4>{t("asset.history")}</h4>
      <ol className="timeline">
        {task.history.map((h, i) => (
          // History is append-only and arrives in order, so the index is stable.
          <li key={i}>
            <time dateTime={h.at}>{dateTime(h.at)}</time> ·{" "}
            {h.actor === SCAN_ACTOR ? t("asset.byScan") : <span translate="no">{h.actor}</span>} ·{" "}
            {h.from === null
              ? t("asset.taskOpened", { state: t(taskStateKey(h.to)) })
              : t("asset.taskMoved", { from: t(taskStateKey(h.from)), to: t(taskStateKey(h.to)) })}{" "}
            · <q translate="no">{h.reason}</q>
          </li>
        ))}
      </ol>
    </>
  );
}
