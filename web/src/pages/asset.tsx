/**
 * For the technician: one machine, what it is, what runs on it and where (the nested path
 * to the jar), what is wrong with it and the version that fixes it, what campaigns ask of it
 * (first, since that is the technician's to-do list), and its scan history.
 */
import { useMemo } from "react";
import { useI18n } from "../i18n/i18n";
import { href } from "../lib/router";
import { assetComponents, assetFindings, asset as assetSchema, scans } from "../lib/schemas";
import { Criticality, Empty, ErrorBox, Link, Loading, PageTitle, SeverityBadge, useApi } from "../ui/common";
import { DataTable } from "../ui/data-table";
import { exposureKey, NestedPath } from "./affected-table";
import { AssetTasks } from "./asset-tasks";

export function AssetPage({ id }: { id: string }) {
  const { t, date, dateTime } = useI18n();
  const base = `/api/v1/assets/${encodeURIComponent(id)}`;
  const asset = useApi(assetSchema, base);
  const components = useApi(assetComponents, `${base}/components`);
  const findings = useApi(assetFindings, `${base}/findings`);
  const history = useApi(scans, `${base}/scans`);
  const a = asset.data;
  const columns = useMemo(
    () => [
      {
        id: "name",
        header: t("table.component"),
        value: (c: { name: string }) => c.name,
        width: "minmax(10rem, 1fr)",
      },
      {
        id: "version",
        header: t("table.version"),
        value: (c: { version: string }) => c.version,
        width: "minmax(6rem, 0.6fr)",
      },
      {
        id: "location",
        header: t("table.location"),
        value: (c: { location: string }) => c.location,
        width: "minmax(14rem, 2.5fr)",
        cell: (c: { location: string }) => <NestedPath path={c.location} />,
      },
      {
        id: "purl",
        header: t("table.purl"),
        value: (c: { purl: string }) => c.purl,
        width: "minmax(12rem, 1.5fr)",
      },
    ],
    [t],
  );
  const title = a?.name ?? t("asset.title");
  return (
    <section>
      <PageTitle text={title}>
        <span translate="no">{title}</span>
      </PageTitle>
      {asset.loading && !a ? <Loading /> : null}
      {asset.error ? <ErrorBox error={asset.error} /> : null}
      {a ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t("table.unit")}</dt>
              <dd translate="no">{a.unit}</dd>
            </div>
            <div>
              <dt>{t("asset.kind")}</dt>
              <dd>{t(kindKey(a.kind))}</dd>
            </div>
            <div>
              <dt>{t("table.criticality")}</dt>
              <dd>
                <Criticality value={a.criticality} />
              </dd>
            </div>
            <div>
              <dt>{t("table.exposure")}</dt>
              <dd>{t(exposureKey(a.exposure))}</dd>
            </div>
            <div>
              <dt>{t("filters.state")}</dt>
              <dd>{t(stateKey(a.state))}</dd>
            </div>
            <div>
              <dt>{t("asset.os")}</dt>
              <dd translate="no">
                {a.os
                  ? [a.os.name, a.os.version, a.os.build, a.os.servicePack].filter(Boolean).join(" ")
                  : "—"}
              </dd>
            </div>
            <div>
              <dt>{t("asset.antivirus")}</dt>
              <dd>
                {a.antivirus === undefined || a.antivirus === null ? (
                  t("asset.antivirusUnknown")
                ) : a.antivirus.product === "" ? (
                  <strong>{t("asset.antivirusNone")}</strong>
                ) : (
                  <>
                    <span translate="no">{a.antivirus.product}</span> · {t("asset.signatures")}{" "}
                    <time dateTime={a.antivirus.signatureDate}>{date(a.antivirus.signatureDate)}</time>
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt>{t("asset.addresses")}</dt>
              <dd translate="no">{[...a.hostnames, ...a.ips, ...a.urls].join(", ") || "—"}</dd>
            </div>
            <div>
              <dt>{t("table.owner")}</dt>
              <dd translate="no">{a.ownerContact ?? "—"}</dd>
            </div>
            <div>
              <dt>{t("asset.lastSeen")}</dt>
              <dd>{a.lastSeen ? <time dateTime={a.lastSeen}>{dateTime(a.lastSeen)}</time> : "—"}</dd>
            </div>
          </dl>
          <AssetTasks assetId={id} />
          <h2>{t("asset.findings")}</h2>
          {findings.error ? <ErrorBox error={findings.error} /> : null}
          {findings.data && findings.data.items.length === 0 ? (
            <Empty title={t("asset.noFindings")} next={t("asset.noFindingsNext")} />
          ) : null}
          {findings.data && findings.data.items.length > 0 ? (
            <table className="plain">
              <thead>
                <tr>
                  <th scope="col">{t("advisory.id")}</th>
                  <th scope="col">{t("advisory.severity")}</th>
                  <th scope="col">{t("table.version")}</th>
                  <th scope="col">{t("table.location")}</th>
                  <th scope="col">{t("asset.install")}</th>
                </tr>
              </thead>
              <tbody>
                {findings.data.items.map((f) => (
                  <tr key={`${f.advisory}|${f.purl}|${f.location}`}>
                    <td>
                      <Link
                        href={href(`/advisories/${encodeURIComponent(f.advisory)}`, { unit: a.unit })}
                        translate="no"
                      >
                        {f.advisory}
                      </Link>
                    </td>
                    <td>
                      <SeverityBadge severity={f.severity} />
                    </td>
                    <td translate="no">{f.version}</td>
                    <td>
                      <NestedPath path={f.location} />
                    </td>
                    <td translate="no">{f.fixed.join(", ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h2>{t("asset.components")}</h2>
          {components.data && components.data.items.length === 0 ? (
            <Empty title={t("asset.noComponents")} next={t("asset.noComponentsNext")} />
          ) : null}
          {components.data && components.data.items.length > 0 ? (
            <DataTable
              label={t("asset.components")}
              rows={components.data.items}
              columns={columns}
              rowKey={(c) => `${c.purl}|${c.location}`}
              sortParam="csort"
              height={420}
            />
          ) : null}
          <h2>{t("asset.scans")}</h2>
          {history.data && history.data.items.length === 0 ? (
            <Empty title={t("asset.noScans")} next={t("asset.noComponentsNext")} />
          ) : null}
          {history.data && history.data.items.length > 0 ? (
            <ol className="timeline">
              {history.data.items.map((s) => (
                <li key={s.id}>
                  <time dateTime={s.imported_at}>{dateTime(s.imported_at)}</time> ·{" "}
                  {t("asset.scanLine", { components: s.component_count })} ·{" "}
                  <span translate="no">{s.format}</span>
                  {s.tool ? (
                    <>
                      {" · "}
                      <span translate="no">{s.tool}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

export function kindKey(kind: string) {
  switch (kind) {
    case "workstation":
      return "kind.workstation" as const;
    case "server":
      return "kind.server" as const;
    case "website":
      return "kind.website" as const;
    case "service":
      return "kind.service" as const;
    case "network-device":
      return "kind.network-device" as const;
    default:
      return "kind.other" as const;
  }
}

export function stateKey(state: string) {
  switch (state) {
    case "shut-down":
      return "state.shut-down" as const;
    case "isolated":
      return "state.isolated" as const;
    case "retired":
      return "state.retired" as const;
    default:
      return "state.in-service" as const;
  }
}
