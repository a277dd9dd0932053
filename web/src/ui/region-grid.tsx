/**
 * The regions (or, for a regional lead, the establishments) as a grid of tiles, each
 * coloured by the worst severity still open there and saying it in words, with the counts
 * as links to the lists behind them.
 */
import { useI18n } from "../i18n/i18n";
import { href } from "../lib/router";
import type { Overview } from "../lib/schemas";
import { asSeverity } from "../lib/severity";
import { Link, SeverityBadge } from "./common";

export function RegionGrid({ groups }: { groups: Overview["groups"] }) {
  const { t, num } = useI18n();
  return (
    <ul className="region-grid">
      {groups.map((g) => (
        <li key={g.unit} className={`tile tile-${asSeverity(g.severity)}`}>
          <div className="tile-head">
            <span className="tile-unit" translate="no">
              {g.unit}
            </span>
            <SeverityBadge severity={g.severity} />
          </div>
          <p className="tile-name" translate="no" title={g.name}>
            {g.name}
          </p>
          <dl>
            <div>
              <dt>{t("overview.critical")}</dt>
              <dd>
                <Link href={href("/findings", { minScore: 9, unit: g.unit })}>{num(g.critical)}</Link>
              </dd>
            </div>
            <div>
              <dt>{t("overview.kev")}</dt>
              <dd>
                <Link href={href("/findings", { kev: "true", unit: g.unit })}>{num(g.kev)}</Link>
              </dd>
            </div>
            <div>
              <dt>{t("overview.neverScanned")}</dt>
              <dd>
                <Link href={href("/gaps", { kind: "never-scanned", unit: g.unit })}>
                  {num(g.neverScanned)}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t("overview.antivirusGaps")}</dt>
              <dd>
                <Link href={href("/gaps", { kind: "antivirus", unit: g.unit })}>{num(g.antivirusGaps)}</Link>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
