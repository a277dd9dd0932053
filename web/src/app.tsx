/**
 * The shell: who is signed in (else the login form), the header with the visible scope,
 * the navigation, language and theme switches, and the page the URL names.
 */
import { type ReactNode, useEffect, useState } from "react";
import { useI18n } from "./i18n/i18n";
import { ApiError, api, setCsrfToken } from "./lib/api";
import { match, useLocation } from "./lib/router";
import { type Session, session as sessionSchema } from "./lib/schemas";
import { AdvisoriesPage } from "./pages/advisories";
import { AdvisoryPage } from "./pages/advisory";
import { AssetPage } from "./pages/asset";
import { CampaignPage, CampaignsPage } from "./pages/campaigns";
import { ComponentsPage } from "./pages/components";
import { FindingsPage } from "./pages/findings";
import { GapsPage } from "./pages/gaps";
import { LoginPage } from "./pages/login";
import { OverviewPage } from "./pages/overview";
import { Loading } from "./ui/common";
import { Layout } from "./ui/layout";

type Page = (params: Record<string, string>, session: Session) => ReactNode;

const ROUTES: [string, Page][] = [
  ["/", (_p, s) => <OverviewPage session={s} />],
  ["/advisories", () => <AdvisoriesPage />],
  ["/advisories/:id", (p, s) => <AdvisoryPage id={p.id ?? ""} session={s} />],
  ["/assets/:id", (p) => <AssetPage id={p.id ?? ""} />],
  ["/components", () => <ComponentsPage />],
  ["/findings", () => <FindingsPage />],
  ["/gaps", () => <GapsPage />],
  ["/campaigns", () => <CampaignsPage />],
  ["/campaigns/:id", (p, s) => <CampaignPage id={p.id ?? ""} session={s} />],
];

function route(path: string, session: Session): ReactNode {
  for (const [pattern, page] of ROUTES) {
    const params = match(pattern, path);
    if (params) return page(params, session);
  }
  return null;
}

export function App() {
  const { path } = useLocation();
  const { setUser } = useI18n();
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  useEffect(() => {
    api(sessionSchema, "/api/v1/session").then(
      (s) => {
        setCsrfToken(s.csrfToken);
        setUser(s.user);
        setSession(s);
      },
      (error: unknown) => {
        if (!(error instanceof ApiError && error.status === 401)) console.error(error);
        setSession(null);
      },
    );
  }, [setUser]);
  if (session === undefined) return <Loading />;
  if (session === null) {
    return (
      <LoginPage
        onLogin={(s) => {
          setCsrfToken(s.csrfToken);
          setUser(s.user);
          setSession(s);
        }}
      />
    );
  }
  return (
    <Layout session={session} onLogout={() => setSession(null)}>
      {route(path, session) ?? <NotFound />}
    </Layout>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("error.pageNotFound")}</h1>
    </section>
  );
}
