/** The campaigns touching the caller's scope; each links to its board. */
import { useI18n } from "../i18n/i18n";
import { campaigns } from "../lib/schemas";
import { Empty, ErrorBox, Link, Loading, PageTitle, useApi } from "../ui/common";

export { CampaignPage } from "./campaign-board";

export function CampaignsPage() {
  const { t, num, dateTime } = useI18n();
  const { data, error, loading } = useApi(campaigns, "/api/v1/campaigns");
  const title = t("campaigns.title");
  return (
    <section>
      <PageTitle text={title}>{title}</PageTitle>
      {loading && !data ? <Loading /> : null}
      {error ? <ErrorBox error={error} /> : null}
      {data && data.items.length === 0 ? (
        <Empty
          title={t("campaigns.none")}
          next={
            <>
              {t("campaigns.noneNext")} <Link href="/advisories">{t("nav.advisories")}</Link>
            </>
          }
        />
      ) : null}
      {data && data.items.length > 0 ? (
        <table className="plain">
          <thead>
            <tr>
              <th scope="col">{t("campaigns.name")}</th>
              <th scope="col">{t("nav.advisories")}</th>
              <th scope="col">{t("scope.label")}</th>
              <th scope="col">{t("campaigns.started")}</th>
              <th scope="col" className="num">
                {t("campaigns.tasks")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/campaigns/${c.id}`} translate="no">
                    {c.name}
                  </Link>
                </td>
                <td translate="no">{c.advisories.join(", ")}</td>
                <td translate="no">{c.scope}</td>
                <td>
                  <time dateTime={c.startedAt}>{dateTime(c.startedAt)}</time>
                </td>
                <td className="num">
                  <Link href={`/campaigns/${c.id}`}>{num(c.tasks)}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
