import { afterAll, beforeAll, expect, it } from "vitest";
import { addUser, CLI_ACTOR, createToken, revokeToken, setDisabled } from "../access/index.js";
import { describeEachEngine } from "../testing/engines.js";
import { startTestServer, type TestServer } from "./test-support.js";

const PASSWORD = "a long enough password";

function cookiesOf(headers: Headers): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, value] = (pair ?? "").split("=");
    if (name) out.set(name, value ?? "");
  }
  return out;
}

describeEachEngine("authentication and sessions", (engine) => {
  let server: TestServer;
  let web: number;
  beforeAll(async () => {
    server = await startTestServer(engine);
    await addUser(
      server.store,
      { name: "ana", role: "analyst", scope: "/qc/r01", password: PASSWORD },
      CLI_ACTOR,
    );
    web = await server.assetId("web-r01");
  });
  afterAll(async () => server?.close());

  const login = (name: string, password: string) =>
    server.request("POST", "/api/v1/session", { body: { name, password } });

  it("gives each session of one user its own CSRF token, however often it is read", async () => {
    const sessions = [];
    for (let i = 0; i < 2; i++) {
      const jar = cookiesOf((await login("ana", PASSWORD)).headers);
      sessions.push({ cookie: `needle_session=${jar.get("needle_session")}`, csrf: jar.get("needle_csrf") });
    }
    for (const round of [1, 2]) {
      for (const session of sessions) {
        const me = await server.request("GET", "/api/v1/session", { headers: { cookie: session.cookie } });
        expect((me.json as { csrfToken?: string }).csrfToken, `round ${round}`).toBe(session.csrf);
      }
    }
  });

  it("refuses a wrong password or an unknown user with the same 401", async () => {
    const wrong = await login("ana", "not the password");
    const unknown = await login("nobody", "not the password");
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect((wrong.json as { error: { message: string } }).error.message).toBe(
      (unknown.json as { error: { message: string } }).error.message,
    );
  });

  it("logs in with HttpOnly SameSite=Strict cookies, requires the CSRF header on changes, logs out", async () => {
    const r = await login("ana", PASSWORD);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ user: "ana", role: "analyst", scope: "/qc/r01" });
    const lines = r.headers.getSetCookie();
    const session = lines.find((l) => l.startsWith("needle_session="));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(session).not.toMatch(/Secure/);
    expect(lines.find((l) => l.startsWith("needle_csrf="))).not.toMatch(/HttpOnly/);
    const jar = cookiesOf(r.headers);
    const cookie = `needle_session=${jar.get("needle_session")}; needle_csrf=${jar.get("needle_csrf")}`;
    const csrf = jar.get("needle_csrf") ?? "";
    expect(csrf).toBe((r.json as { csrfToken: string }).csrfToken);

    const me = await server.request("GET", "/api/v1/session", { headers: { cookie } });
    expect(me.json).toMatchObject({ user: "ana", kind: "user", scope: "/qc/r01" });

    const change = { state: "shut-down" };
    const url = `/api/v1/assets/${web}`;
    expect((await server.request("PATCH", url, { headers: { cookie }, body: change })).status).toBe(403);
    const wrong = { cookie, "x-csrf-token": `${csrf}x` };
    expect((await server.request("PATCH", url, { headers: wrong, body: change })).status).toBe(403);
    const right = { cookie, "x-csrf-token": csrf };
    const ok = await server.request("PATCH", url, { headers: right, body: change });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ state: "shut-down" });

    expect((await server.request("DELETE", "/api/v1/session", { headers: right })).status).toBe(200);
    expect((await server.request("GET", "/api/v1/session", { headers: { cookie } })).status).toBe(401);
  });

  it("stops a disabled user's logins, sessions and owned tokens", async () => {
    await addUser(
      server.store,
      { name: "gone", role: "viewer", scope: "/qc/r01", password: PASSWORD },
      CLI_ACTOR,
    );
    const owned = await createToken(
      server.store,
      { name: "gone-cli", role: "viewer", scope: "/qc/r01", user: "gone" },
      CLI_ACTOR,
    );
    const session = cookiesOf((await login("gone", PASSWORD)).headers).get("needle_session");
    await setDisabled(server.store, "gone", true, CLI_ACTOR);
    expect((await login("gone", PASSWORD)).status).toBe(401);
    expect(
      (await server.request("GET", "/api/v1/session", { headers: { cookie: `needle_session=${session}` } }))
        .status,
    ).toBe(401);
    expect((await server.request("GET", "/api/v1/session", { token: owned.token })).status).toBe(401);
  });

  it("stops a revoked token, never lists token secrets, and refuses roles without the permission with 404", async () => {
    const created = await createToken(
      server.store,
      { name: "ci", role: "viewer", scope: "/qc/r01" },
      CLI_ACTOR,
    );
    expect((await server.request("GET", "/api/v1/assets", { token: created.token })).status).toBe(200);
    expect(
      (
        await server.request("PATCH", `/api/v1/assets/${web}`, {
          token: created.token,
          body: { criticality: 1 },
        })
      ).status,
    ).toBe(404);
    const admin = await server.token("admin", "/");
    const list = await server.request("GET", "/api/v1/tokens", { token: admin });
    expect(list.text).toContain('"ci"');
    expect(list.text).not.toContain(created.token);
    await revokeToken(server.store, created.view.id, CLI_ACTOR);
    expect((await server.request("GET", "/api/v1/assets", { token: created.token })).status).toBe(401);
  });

  it("lets an admin create users and tokens only within their own scope", async () => {
    const regional = await server.token("admin", "/qc/r01");
    const inside = await server.request("POST", "/api/v1/users", {
      token: regional,
      body: { name: "tech-h1", role: "viewer", scope: "/qc/r01/h1" },
    });
    expect(inside.status).toBe(201);
    expect((inside.json as { password: string }).password).toHaveLength(22);
    const outside = await server.request("POST", "/api/v1/tokens", {
      token: regional,
      body: { name: "agent-r02", role: "agent", scope: "/qc/r02" },
    });
    expect(outside.status).toBe(400);
    const tokens = await server.store.db
      .selectFrom("tokens")
      .select("name")
      .where("name", "=", "agent-r02")
      .execute();
    expect(tokens).toEqual([]);
  });

  it("keeps passwords, tokens and cookies out of the logs", async () => {
    const token = await server.token("admin", "/");
    await server.request("GET", "/api/v1/assets", { token });
    const r = await login("ana", PASSWORD);
    const cookie = cookiesOf(r.headers).get("needle_session") ?? "";
    await server.request("GET", "/api/v1/nowhere", {
      token,
      headers: { cookie: `needle_session=${cookie}` },
    });
    const logs = server.logs.join("");
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [PASSWORD, token, cookie]) expect(logs).not.toContain(secret);
  });
});

describeEachEngine("rate limits", (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { rateLimit: { perSecond: 0.5, burst: 3 } });
  });
  afterAll(async () => server?.close());

  it("answers 429 with Retry-After once a token's bucket is empty, and other tokens go on", async () => {
    const [a, b] = [await server.token("viewer", "/"), await server.token("viewer", "/")];
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await server.request("GET", "/api/v1/units", { token: a })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await server.request("GET", "/api/v1/units", { token: a });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await server.request("GET", "/api/v1/units", { token: b })).status).toBe(200);
    expect((await server.request("GET", "/healthz")).status).toBe(200);
  });
});
