import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadServerConfig } from "./config.js";
import { RateLimiter } from "./rate-limit.js";

describe("server configuration", () => {
  it("layers defaults, file, environment and flags, in that order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "needle-config-"));
    try {
      const file = join(dir, "needle.json");
      writeFileSync(file, JSON.stringify({ port: 8000, host: "0.0.0.0", uploadBatchSize: 10 }));
      const config = await loadServerConfig({
        env: { NEEDLE_PORT: "9000", NEEDLE_RATE_LIMIT: "5" },
        file,
        overrides: { host: "127.0.0.2" },
      });
      expect(config).toMatchObject({ port: 9000, host: "127.0.0.2", uploadBatchSize: 10 });
      expect(config.rateLimit).toEqual({ perSecond: 5, burst: 20 });
      writeFileSync(file, JSON.stringify({ prot: 1 }));
      await expect(loadServerConfig({ env: {}, file })).rejects.toThrow(/needle\.json/);
      await expect(loadServerConfig({ env: { NEEDLE_PORT: "seventy" } })).rejects.toThrow(/NEEDLE_PORT/);
      await expect(loadServerConfig({ env: {}, file: join(dir, "missing.json") })).rejects.toThrow(
        /cannot read/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("token bucket", () => {
  it("allows a burst, then one request per refill interval", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 3, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take("a"))).toEqual([0, 0, 0, 1]);
    now += 500;
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("b")).toBe(0);
  });
});
