/** The filters of an affected list, each one a URL parameter (so the filtered view is a link to share). */
import { useI18n } from "../i18n/i18n";
import { useQueryState } from "../lib/router";

const STATES = ["in-service", "shut-down", "isolated", "retired"] as const;

export function Filters({ units, versions }: { units: string[]; versions?: string[] }) {
  const { t } = useI18n();
  const [query, setQuery] = useQueryState();
  const select = (name: string, label: string, options: [string, string][]) => (
    <label>
      <span>{label}</span>
      <select
        value={query.get(name) ?? ""}
        onChange={(e) => setQuery({ [name]: e.target.value || undefined })}
      >
        <option value="">{t("filters.all")}</option>
        {options.map(([value, text]) => (
          <option
            key={value}
            value={value}
            translate={name === "unit" || name === "version" ? "no" : undefined}
          >
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const current = query.get("unit");
  const unitOptions = [...new Set([...(current ? [current] : []), ...units])].sort();
  return (
    <fieldset className="filters">
      <legend>{t("filters.title")}</legend>
      {select(
        "unit",
        t("table.unit"),
        unitOptions.map((u) => [u, u]),
      )}
      {select("exposure", t("table.exposure"), [
        ["internet", t("exposure.internet")],
        ["internal", t("exposure.internal")],
        ["isolated", t("exposure.isolated")],
      ])}
      {select(
        "criticality",
        t("filters.minCriticality"),
        [5, 4, 3, 2, 1].map((n) => [String(n), t("criticality.atLeast", { n })]),
      )}
      {select(
        "state",
        t("filters.state"),
        STATES.map((s) => [s, t(`state.${s}`)]),
      )}
      {versions
        ? select(
            "version",
            t("table.version"),
            versions.map((v) => [v, v]),
          )
        : null}
      <button
        type="button"
        onClick={() =>
          setQuery({
            unit: undefined,
            exposure: undefined,
            criticality: undefined,
            state: undefined,
            version: undefined,
          })
        }
      >
        {t("filters.clear")}
      </button>
    </fieldset>
  );
}
