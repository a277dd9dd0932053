/** "Who is affected by CVE-2021-44228?": find an advisory by id, alias or words; each links to its page. */
import { type FormEvent, useId } from "react";
import { useI18n } from "../i18n/i18n";
import { href, navigate, useQueryState } from "../lib/router";
import { advisoryList } from "../lib/schemas";
import { Empty, ErrorBox, Link, Loading, PageTitle, SeverityBadge, useApi } from "../ui/common";

export function AdvisoriesPage() {
  const { t, num, date } = useI18n();
  const [query, setQuery] = useQueryState();
  const q = query.get("q") ?? "";
  const kev = query.get("kev") === "true";
  const { data, error, loading } = useApi(
    advisoryList,
    href("/api/v1/advisories", {
      q,
      kev: kev ? "true" : undefined,
      limit: 200,
    }),
  );
  const inputId = useId();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = String(new FormData(e.currentTarget).get("q") ?? "").trim();
    const exact = data?.advisories.find((a) => a.id.toLowerCase() === text.toLowerCase());
    if (exact) navigate(`/advisories/${encodeURIComponent(exact.id)}`);
    else setQuery({ q: text });
  };
  const title = t("advisories.title");
  return (
    <section>
      <PageTitle text={title}>{title}</PageTitle>
      <form className="search" role="search" onSubmit={submit}>
        <label htmlFor={inputId}>{t("advisories.search")}</label>
        <input id={inputId} name="q" defaultValue={q} placeholder="CVE-2021-44228" type="search" />
        <button type="submit" className="primary">
          {t("common.search")}
        </button>
        <label className="inline">
          <input
            type="checkbox"
            checked={kev}
            onChange={(e) => setQuery({ kev: e.target.checked ? "true" : undefined })}
          />
          <span>{t("advisories.kevOnly")}</span>
        </label>
      </form>
      {loading && !data ? <Loading /> : null}
      {error ? <ErrorBox error={error} /> : null}
      {data && data.advisories.length === 0 ? (
        <Empty title={t("advisories.none")} next={t("advisories.noneNext")} />
      ) : null}
      {data && data.advisories.length > 0 ? (
        <table className="plain">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t("advisory.id")}</th>
              <th scope="col">{t("advisory.severity")}</th>
              <th scope="col">{t("advisory.summary")}</th>
              <th scope="col">{t("advisory.kevDue")}</th>
              <th scope="col" className="num">
                {t("advisory.affectedAssets")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.advisories.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/advisories/${encodeURIComponent(a.id)}`} translate="no">
                    {a.id}
                  </Link>
                </td>
                <td>
                  <SeverityBadge severity={a.severity} />
                </td>
                <td translate="no">{a.summary}</td>
                <td>{a.kevDueDate ? <time dateTime={a.kevDueDate}>{date(a.kevDueDate)}</time> : null}</td>
                <td className="num">
                  <Link href={`/advisories/${encodeURIComponent(a.id)}`}>{num(a.affectedAssets)}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
