import { afterEach, beforeEach, expect, it } from "vitest";
import { CLI_ACTOR, createToken } from "../access/index.js";
import { importAssetsText } from "../inventory/import-assets.js";
import { importUnitsText } from "../inventory/import-units.js";
import type { Store } from "../store/store.js";
import { describeEachEngine, freshStore } from "../testing/engines.js";
import { createLogger } from "./app.js";
import { serverConfig } from "./config.js";
import { startServer } from "./start-server.js";
import { cycloneDx } from "./test-support.js";

describeEachEngine("startServer", (engine) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ store, cleanup } = await freshStore(engine));
  });
  afterEach(async () => cleanup());

  const quiet = createLogger("silent");

  it("creates the first admin once, prints the URL and a one-time password that logs in", async () => {
    const lines: string[] = [];
    const config = serverConfig({ port: 0 });
    const server = await startServer(store, {
      config,
      print: (l) => lines.push(l),
      logger: quiet,
      handleSignals: false,
    });
    const password = /password (\S+)$/m.exec(lines.join("\n"))?.[1] ?? "";
    expect(lines[0]).toMatch(/^Needle is serving at http:\/\/127\.0\.0\.1:\d+/);
    expect(password).toHaveLength(22);
    const login = await fetch(`${server.url}/api/v1/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "admin", password }),
    });
    expect(await login.json()).toMatchObject({ user: "admin", role: "admin", scope: "/" });
    await server.close();
    const again: string[] = [];
    const second = await startServer(store, {
      config,
      print: (l) => again.push(l),
      logger: quiet,
      handleSignals: false,
    });
    expect(again.join("\n")).not.toMatch(/password/);
    await second.close();
  });

  it("uses NEEDLE_ADMIN_PASSWORD when given and never prints it", async () => {
    const lines: string[] = [];
    const config = serverConfig({ port: 0, adminPassword: "from the environment" });
    const server = await startServer(store, {
      config,
      print: (l) => lines.push(l),
      logger: quiet,
      handleSignals: false,
    });
    expect(lines.join("\n")).not.toContain("from the environment");
    expect(lines.join("\n")).toContain("NEEDLE_ADMIN_PASSWORD");
    await server.close();
  });

  it("finishes accepted uploads before it stops", async () => {
    await importUnitsText(store, "path,name,kind\n/qc,Q,national\n", "u.csv");
    const rows = Array.from({ length: 10 }, (_, i) => `h${i},server,/qc,3,internal,in-service`).join("\n");
    await importAssetsText(store, `name,kind,unit,criticality,exposure,state\n${rows}\n`, "a.csv");
    const agent = (await createToken(store, { name: "agent", role: "agent", scope: "/qc" }, CLI_ACTOR)).token;
    const config = serverConfig({ port: 0, uploadBatchSize: 2 });
    const server = await startServer(store, { config, print: () => {}, logger: quiet, handleSignals: false });
    const ids = (await store.db.selectFrom("assets").select("id").execute()).map((r) => r.id);
    const answers = await Promise.all(
      ids.map((id, i) =>
        fetch(`${server.url}/api/v1/assets/${id}/scans`, {
          method: "POST",
          headers: { authorization: `Bearer ${agent}`, "content-type": "application/json" },
          body: cycloneDx(`stop${i}`, 50),
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(ids.map(() => 202));
    await server.close();
    const jobs = await store.db.selectFrom("scan_jobs").select("status").execute();
    expect(jobs.map((j) => j.status)).toEqual(ids.map(() => "done"));
  });
});
