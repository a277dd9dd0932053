/** Sign in with a user name and password; the server sets the session cookie. */
import { type FormEvent, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { ApiError, api } from "../lib/api";
import { type Session, session } from "../lib/schemas";
import { LanguageSelect, useTheme } from "../ui/layout";

export function LoginPage({ onLogin }: { onLogin(s: Session): void }) {
  const { t } = useI18n();
  useTheme();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const s = await api(session, "/api/v1/session", {
        method: "POST",
        body: {
          name: String(form.get("name") ?? ""),
          password: String(form.get("password") ?? ""),
        },
      });
      onLogin(s);
    } catch (err) {
      setError(
        err instanceof ApiError && (err.status === 401 || err.status === 400)
          ? t("login.failed")
          : t("error.generic"),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="login" id="main">
      <form onSubmit={submit} aria-describedby={error ? "login-error" : undefined}>
        <h1>{t("login.title")}</h1>
        <p className="muted">{t("login.intro")}</p>
        <label>
          <span>{t("login.name")}</span>
          <input name="name" autoComplete="username" required />
        </label>
        <label>
          <span>{t("login.password")}</span>
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error ? (
          <p className="error" role="alert" id="login-error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {t("login.submit")}
        </button>
        <LanguageSelect />
      </form>
    </main>
  );
}
