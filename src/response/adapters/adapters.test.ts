import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { adapterSchema } from "../policy-schema.js";
import type { ActionRequest } from "./adapter.js";
import { runAdapter } from "./index.js";

const request: ActionRequest = {
  action: "shut-down",
  idempotencyKey: "needle-c1-t7-shut-down-1",
  taskId: 7,
  campaign: { id: 1, name: "log4shell", advisories: ["CVE-2021-44228"] },
  asset: {
    id: 42,
    name: "portal; rm -rf / $(touch /tmp/x) `id`",
    unit: "/qc/r06",
    kind: "website",
    exposure: "internet",
    criticality: 5,
    hostnames: ["portal.example"],
    ips: ["10.6.0.10"],
    urls: [],
  },
};
const noSleep = async () => {};

describe("the webhook adapter", () => {
  let server: Server;
  let url = "";
  let answers: number[] = [];
  let hang = 0;
  const seen: { key: string; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += String(c);
      });
      req.on("end", () => {
        seen.push({ key: String(req.headers["idempotency-key"]), body });
        if (hang > 0) {
          hang--;
          return; // never answers: the adapter's timeout must end the try
        }
        res.writeHead(answers.shift() ?? 200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  afterEach(() => {
    seen.length = 0;
    answers = [];
    hang = 0;
  });

  const webhook = (extra: object = {}) =>
    adapterSchema.parse({ type: "webhook", url, retries: 3, backoffMs: 1, ...extra });

  it("posts the action as JSON with an Idempotency-Key, the same on every retry", async () => {
    answers = [503, 500];
    const outcome = await runAdapter(webhook(), request, noSleep);
    expect(outcome).toEqual({ status: "succeeded", attempts: 3 });
    expect(seen.map((s) => s.key)).toEqual(Array(3).fill(request.idempotencyKey));
    expect(JSON.parse(seen[0]!.body)).toMatchObject({ action: "shut-down", asset: { id: 42 } });
  });

  it("waits longer before each retry (exponential backoff)", async () => {
    answers = [500, 500, 500, 500];
    const waits: number[] = [];
    const outcome = await runAdapter(webhook({ backoffMs: 100 }), request, async (ms) => {
      waits.push(ms);
    });
    expect(waits).toEqual([100, 200, 400]);
    expect(outcome).toMatchObject({
      status: "failed",
      attempts: 4,
      error: expect.stringMatching(/HTTP 500/),
    });
  });

  it("times out a hanging webhook and retries it", async () => {
    hang = 1;
    const started = Date.now();
    const outcome = await runAdapter(webhook({ timeoutMs: 200 }), request, noSleep);
    expect(outcome).toEqual({ status: "succeeded", attempts: 2 });
    expect(Date.now() - started).toBeLessThan(5000);
    hang = 5;
    const failed = await runAdapter(webhook({ timeoutMs: 100, retries: 1 }), request, noSleep);
    expect(failed).toMatchObject({
      status: "failed",
      attempts: 2,
      error: expect.stringMatching(/timed out/),
    });
  });

  it("does not retry an answer that will not change (4xx)", async () => {
    answers = [404];
    expect(await runAdapter(webhook(), request, noSleep)).toMatchObject({ status: "failed", attempts: 1 });
  });
});

describe("the command adapter", () => {
  const dir = mkdtempSync(join(tmpdir(), "needle-command-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("passes each field as one argv entry, never through a shell", async () => {
    const out = join(dir, "argv.json");
    const config = adapterSchema.parse({
      type: "command",
      command: process.execPath,
      args: [
        "-e",
        "require('fs').writeFileSync(process.argv[1], JSON.stringify(process.argv.slice(2)))",
        out,
        "{action}",
        "{name}",
        "--ip={ip}",
      ],
    });
    const outcome = await runAdapter(config, request, noSleep);
    expect(outcome).toEqual({ status: "succeeded", attempts: 1 });
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual([
      "shut-down",
      request.asset.name,
      "--ip=10.6.0.10",
    ]);
  });

  it("retries a failing command and shows its error; a missing executable fails at once", async () => {
    const failing = adapterSchema.parse({
      type: "command",
      command: process.execPath,
      args: ["-e", "console.error('no route to fw'); process.exit(3)"],
      retries: 2,
      backoffMs: 1,
    });
    expect(await runAdapter(failing, request, noSleep)).toMatchObject({
      status: "failed",
      attempts: 3,
      error: expect.stringMatching(/no route to fw/),
    });
    const missing = adapterSchema.parse({ type: "command", command: "/nonexistent/fw", retries: 2 });
    expect(await runAdapter(missing, request, noSleep)).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("names an unknown placeholder", async () => {
    const config = adapterSchema.parse({ type: "command", command: process.execPath, args: ["{password}"] });
    expect(await runAdapter(config, request, noSleep)).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/unknown placeholder \{password\}/),
    });
  });
});
