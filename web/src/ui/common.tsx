/** Small shared pieces: links through the router, severity badges, big numbers, empty and error states. */
import { type AnchorHTMLAttributes, type ReactNode, useEffect, useState } from "react";
import type { z } from "zod";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages-en";
import { ApiError, api } from "../lib/api";
import { navigate } from "../lib/router";
import { asSeverity } from "../lib/severity";

export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { href, onClick, ...rest } = props;
  return (
    <a
      {...rest}
      href={href}
      onClick={(e) => {
        onClick?.(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
    />
  );
}

/** Colour means severity only, and always comes with its word. */
export function SeverityBadge({ severity }: { severity: string | null | undefined }) {
  const { t } = useI18n();
  const s = asSeverity(severity);
  return <span className={`sev sev-${s}`}>{t(`severity.${s}`)}</span>;
}

export function Stat(props: {
  label: string;
  value: number;
  href?: string;
  note?: string;
  severity?: string;
}) {
  const { num } = useI18n();
  const body = (
    <>
      <span className="stat-value">{num(props.value)}</span>
      <span className="stat-label">{props.label}</span>
      {props.note ? <span className="stat-note">{props.note}</span> : null}
    </>
  );
  const cls = `stat${props.severity ? ` stat-${asSeverity(props.severity)}` : ""}`;
  return props.href ? (
    <Link className={cls} href={props.href}>
      {body}
    </Link>
  ) : (
    <div className={cls}>{body}</div>
  );
}

export function Empty({ title, next }: { title: string; next: ReactNode }) {
  return (
    <div className="empty" role="status">
      <p className="empty-title">{title}</p>
      <p>{next}</p>
    </div>
  );
}

export function ErrorBox({ error }: { error: unknown }) {
  const { t } = useI18n();
  const status = error instanceof ApiError ? error.status : 0;
  const key: MessageKey =
    status === 404 ? "error.notFound" : status === 401 ? "error.signIn" : "error.generic";
  return (
    <div className="error" role="alert">
      <p>{t(key)}</p>
      {error instanceof Error ? (
        <p className="muted" translate="no">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t("common.loading")}
    </p>
  );
}

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/** Fetches and validates `path` (null: nothing to fetch yet); refetches when it changes. */
export function useApi<S extends z.ZodType>(schema: S, path: string | null): Loaded<z.output<S>> {
  const [state, setState] = useState<{
    data?: z.output<S>;
    error?: unknown;
    loading: boolean;
  }>({
    loading: path !== null,
  });
  const [tick, setTick] = useState(0);
  // `tick` is the reload signal; the schema is a module constant, so it is left out of the dependencies.
  useEffect(() => {
    if (path === null) {
      setState({ loading: false });
      return;
    }
    const abort = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    api(schema, path, { signal: abort.signal }).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ error, loading: false });
      },
    );
    return () => abort.abort();
  }, [path, tick]);
  return {
    data: state.data,
    error: state.error,
    loading: state.loading,
    reload: () => setTick((n) => n + 1),
  };
}

/** The page title in the tab, and focus moved to the heading so screen readers announce the new page. */
export function PageTitle({ children, text }: { children: ReactNode; text: string }) {
  useEffect(() => {
    document.title = `${text} · Needle`;
  }, [text]);
  return (
    <h1 tabIndex={-1} id="page-title">
      {children}
    </h1>
  );
}

export function Criticality({ value }: { value: number }) {
  const { t } = useI18n();
  return <span title={t("asset.criticality")}>{t("criticality.level", { n: value })}</span>;
}
