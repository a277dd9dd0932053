/** The frame around every page: skip link, brand, navigation, the caller's scope, language, theme, logout. */
import { type ReactNode, useEffect, useState } from "react";
import { z } from "zod";
import { LOCALES, type Locale, useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages-en";
import { api } from "../lib/api";
import { useLocation } from "../lib/router";
import type { Session } from "../lib/schemas";
import { Link } from "./common";

const NAV: [string, MessageKey][] = [
  ["/", "nav.overview"],
  ["/advisories", "nav.advisories"],
  ["/components", "nav.components"],
  ["/campaigns", "nav.campaigns"],
];

type Theme = "light" | "dark";

function initialTheme(): Theme {
  const saved = localStorage.getItem("needle.theme");
  if (saved === "light" || saved === "dark") return saved;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function useTheme(): [Theme, (t: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return [
    theme,
    (t) => {
      localStorage.setItem("needle.theme", t);
      setTheme(t);
    },
  ];
}

export function LanguageSelect() {
  const { t, locale, setLocale } = useI18n();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <label className="inline">
      <span>{t("settings.language")}</span>
      <select
        value={locale}
        onChange={(e) => {
          const next = LOCALES.find((l) => l === e.target.value);
          if (next) setLocale(next as Locale);
        }}
      >
        <option value="en">{t("settings.english")}</option>
        <option value="fr">{t("settings.french")}</option>
      </select>
    </label>
  );
}

export function Layout({
  session,
  children,
  onLogout,
}: {
  session: Session;
  children: ReactNode;
  onLogout(): void;
}) {
  const { t } = useI18n();
  const { path } = useLocation();
  const [theme, setTheme] = useTheme();
  useEffect(() => {
    // A new page: focus its heading so a screen reader reads where the user now is.
    document.getElementById("page-title")?.focus({ preventScroll: true });
  }, [path]);
  const active = (href: string) => (href === "/" ? path === "/" : path.startsWith(href));
  return (
    <>
      <a className="skip" href="#main">
        {t("nav.skip")}
      </a>
      <header className="top">
        <Link href="/" className="brand">
          Needle
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul>
            {NAV.map(([href, key]) => (
              <li key={href}>
                <Link href={href} aria-current={active(href) ? "page" : undefined}>
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span className="scope" title={t("scope.help")}>
            {t("scope.label")} <strong translate="no">{session.scope}</strong>
          </span>
          <span className="muted">
            <span translate="no">{session.user}</span> · {t(`role.${session.role}` as MessageKey)}
          </span>
          <LanguageSelect />
          <button
            type="button"
            aria-pressed={theme === "dark"}
            onClick={() => setTheme(theme === "dark" ? "light" : "dark")}
          >
            {t("settings.dark")}
          </button>
          <button
            type="button"
            onClick={() => {
              void api(z.unknown(), "/api/v1/session", {
                method: "DELETE",
              }).finally(onLogout);
            }}
          >
            {t("nav.logout")}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
