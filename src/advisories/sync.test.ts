import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { syncFeeds } from "./sync.js";

/** A local feed server: ETag, If-None-Match, Range with If-Range, and a switch to break a download halfway. */
class FeedServer {
  body = Buffer.alloc(256 * 1024, "a");
  etag = '"v1"';
  breakNext = false;
  status = 200;
  readonly requests: IncomingMessage["headers"][] = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.requests.push(req.headers);
    if (this.status !== 200) {
      res.writeHead(this.status).end();
      return;
    }
    if (req.headers["if-none-match"] === this.etag) {
      res.writeHead(304, { etag: this.etag }).end();
      return;
    }
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
    if (range?.[1] !== undefined && req.headers["if-range"] === this.etag) {
      const start = Number(range[1]);
      res.writeHead(206, {
        etag: this.etag,
        "content-range": `bytes ${start}-${this.body.length - 1}/${this.body.length}`,
        "content-length": this.body.length - start,
      });
      res.end(this.body.subarray(start));
      return;
    }
    res.writeHead(200, { etag: this.etag, "content-length": this.body.length, "accept-ranges": "bytes" });
    if (!this.breakNext) {
      res.end(this.body);
      return;
    }
    this.breakNext = false;
    res.write(this.body.subarray(0, 100 * 1024));
    setTimeout(() => res.socket?.destroy(), 100);
  }
}

describe("syncFeeds", () => {
  let server: FeedServer;
  let base: string;
  let cache: string;

  beforeEach(async () => {
    server = new FeedServer();
    base = await server.start();
    cache = mkdtempSync(join(tmpdir(), "needle-sync-"));
  });
  afterEach(() => server.stop());

  const config = () => ({ feeds: [{ id: "osv-maven", url: `${base}/maven/all.zip`, format: "osv" }] });

  it("downloads on 200, then sends If-None-Match and keeps the copy on 304", async () => {
    const first = await syncFeeds(config(), cache);
    expect(first.feeds).toEqual([
      {
        id: "osv-maven",
        status: "updated",
        file: join(cache, "osv-maven.zip"),
        bytes: 256 * 1024,
        resumed: false,
      },
    ]);
    const second = await syncFeeds(config(), cache);
    expect(second.feeds[0]?.status).toBe("unchanged");
    expect(server.requests[1]?.["if-none-match"]).toBe('"v1"');
    expect(readFileSync(join(cache, "osv-maven.zip"))).toEqual(server.body);
  });

  it("keeps the previous copy when a download breaks, then resumes it with Range", async () => {
    await syncFeeds(config(), cache);
    const v1 = Buffer.from(server.body);
    server.body = Buffer.alloc(300 * 1024, "b");
    server.etag = '"v2"';
    server.breakNext = true;

    const broken = await syncFeeds(config(), cache);
    expect(broken.feeds[0]?.status).toBe("failed");
    expect(readFileSync(join(cache, "osv-maven.zip"))).toEqual(v1);
    const partial = readFileSync(join(cache, "osv-maven.zip.part")).length;
    expect(partial).toBeGreaterThan(0);

    const resumed = await syncFeeds(config(), cache);
    expect(resumed.feeds[0]).toMatchObject({ status: "updated", resumed: true, bytes: 300 * 1024 });
    expect(server.requests.at(-1)?.range).toBe(`bytes=${partial}-`);
    expect(server.requests.at(-1)?.["if-range"]).toBe('"v2"');
    expect(readFileSync(join(cache, "osv-maven.zip"))).toEqual(server.body);
    expect(existsSync(join(cache, "osv-maven.zip.part"))).toBe(false);

    // The resumed copy is now the known one: the next sync asks with its ETag.
    expect((await syncFeeds(config(), cache)).feeds[0]?.status).toBe("unchanged");
    expect(server.requests.at(-1)?.["if-none-match"]).toBe('"v2"');
  });

  it("reports an HTTP error for that feed and leaves the previous copy", async () => {
    await syncFeeds(config(), cache);
    server.status = 503;
    server.etag = '"v3"';
    const report = await syncFeeds(config(), cache);
    expect(report.feeds[0]).toMatchObject({ status: "failed", error: expect.stringMatching(/HTTP 503/) });
    expect(readFileSync(join(cache, "osv-maven.zip"))).toEqual(server.body);
  });

  it("starts afresh with a warning when the state file is damaged", async () => {
    writeFileSync(join(cache, "sync-state.json"), "{");
    const report = await syncFeeds(config(), cache);
    expect(report.warnings[0]).toMatch(/sync-state.json: not valid JSON/);
    expect(report.feeds[0]?.status).toBe("updated");
  });

  it("refuses a feed id that could escape the cache directory", async () => {
    await expect(syncFeeds({ feeds: [{ id: "../x", url: base, format: "osv" }] }, cache)).rejects.toThrow(
      /feed id "..\/x"/,
    );
  });
});
