/**
 * The one translation layer (written here rather than adding an i18n package): every
 * string the UI shows is a key in messages-en.ts, translated in messages-fr.ts (whose type
 * makes a missing key a compile error). `{name}` placeholders are filled in; numbers and
 * dates go through Intl for the chosen locale. The choice is remembered per user in
 * localStorage.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { en, type MessageKey } from "./messages-en";
import { fr } from "./messages-fr";

export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = {
  en,
  fr,
};

const INTL: Record<Locale, string> = { en: "en-CA", fr: "fr-CA" };
const storageKey = (user: string | undefined) => `needle.locale${user ? `.${user}` : ""}`;

export function storedLocale(user?: string): Locale {
  const saved = localStorage.getItem(storageKey(user)) ?? localStorage.getItem(storageKey(undefined));
  if (saved === "en" || saved === "fr") return saved;
  return navigator.language.toLowerCase().startsWith("fr") ? "fr" : "en";
}

export type Vars = Record<string, string | number>;

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** Remember the choice under this user from now on (after login). */
  setUser(user: string | undefined): void;
  t(key: MessageKey, vars?: Vars): string;
  /** `key_one` / `key_other` by the locale's plural rules, with `{n}` filled in. */
  tn(key: MessageKey, n: number, vars?: Vars): string;
  num(n: number): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  /** Hours and minutes only ("14:32"), for "verified by scan at 14:32". */
  time(iso: string | null | undefined): string;
}

const Context = createContext<I18n | null>(null);

export function fill(template: string, vars: Vars | undefined, num: (n: number) => string): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    if (v === undefined) return m;
    return typeof v === "number" ? num(v) : v;
  });
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [user, setUserState] = useState<string | undefined>(undefined);
  const [locale, setLocaleState] = useState<Locale>(() => storedLocale());
  const setLocale = useCallback(
    (next: Locale) => {
      localStorage.setItem(storageKey(user), next);
      localStorage.setItem(storageKey(undefined), next);
      setLocaleState(next);
    },
    [user],
  );
  const setUser = useCallback((next: string | undefined) => {
    setUserState(next);
    if (next && localStorage.getItem(storageKey(next))) setLocaleState(storedLocale(next));
  }, []);
  const value = useMemo<I18n>(() => {
    const tag = INTL[locale];
    const numbers = new Intl.NumberFormat(tag);
    const dates = new Intl.DateTimeFormat(tag, {
      dateStyle: "medium",
      timeZone: "UTC",
    });
    const times = new Intl.DateTimeFormat(tag, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
    });
    const clock = new Intl.DateTimeFormat(tag, {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: "UTC",
    });
    const plural = new Intl.PluralRules(tag);
    const dict = DICTIONARIES[locale];
    const num = (n: number) => numbers.format(n);
    const t = (key: MessageKey, vars?: Vars) => fill(dict[key], vars, num);
    const pick = (key: MessageKey, n: number): MessageKey => {
      const form = `${key}_${plural.select(n) === "one" ? "one" : "other"}`;
      return form in dict ? (form as MessageKey) : key;
    };
    const safe = (f: Intl.DateTimeFormat, iso: string | null | undefined) => {
      if (!iso) return "";
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : f.format(d);
    };
    return {
      locale,
      setLocale,
      setUser,
      t,
      tn: (key, n, vars) => t(pick(key, n), { n, ...vars }),
      num,
      date: (iso) => safe(dates, iso),
      dateTime: (iso) => safe(times, iso),
      time: (iso) => safe(clock, iso),
    };
  }, [locale, setLocale, setUser]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
