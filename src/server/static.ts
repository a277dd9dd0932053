/**
 * Serves the built web app (dist/web, written by `npm run build:web`) at `/`: hashed assets
 * under /assets/ with a year of caching, and index.html for every other page path so the
 * single-page app's own router takes over (a pasted link to /advisories/CVE-2021-44228
 * opens that page). Paths outside the app's pages stay 404s. /api/ paths never fall back to the page: an unknown one stays a JSON 404.
 * Written here rather than adding a static-files plugin: the app is a handful of files.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";

/** src/server/ and dist/server/ both sit two levels below the package root. */
export const WEB_ROOT = fileURLToPath(new URL("../../dist/web/", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

/** The first path segments the web app's router knows (web/src/app.tsx); anything else is a 404. */
const PAGES = new Set(["", "advisories", "assets", "components", "findings", "gaps", "campaigns"]);

/** What the browser may run and load: only this origin (no inline script), so an injected string stays text. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export function registerWebApp(app: FastifyInstance, root: string = WEB_ROOT): void {
  const cache = new Map<string, Buffer>();
  const load = async (file: string): Promise<Buffer | null> => {
    const hit = cache.get(file);
    if (hit) return hit;
    try {
      const bytes = await readFile(file);
      cache.set(file, bytes);
      return bytes;
    } catch {
      return null;
    }
  };
  app.get("/*", async (request, reply) => {
    const path = decodeURIComponent(request.url.split("?")[0] ?? "/");
    if (path.startsWith("/api/") || path === "/api") return reply.callNotFound();
    const file = normalize(join(root, path));
    const inside = file.startsWith(root.endsWith(sep) ? root : root + sep);
    const asset = inside && extname(file) !== "" ? await load(file) : null;
    if (asset) {
      const immutable = path.startsWith("/assets/");
      reply.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      return reply.type(TYPES[extname(file)] ?? "application/octet-stream").send(asset);
    }
    if (extname(path) !== "" || !PAGES.has(path.split("/")[1] ?? "")) return reply.callNotFound();
    const page = await load(join(root, "index.html"));
    if (!page) {
      return reply
        .code(404)
        .type("text/plain; charset=utf-8")
        .send("The web UI is not built: run `npm run build:web` (or `npm run build`), then restart.");
    }
    reply.header("cache-control", "no-cache");
    reply.header("content-security-policy", CSP);
    return reply.type(TYPES[".html"] ?? "text/html").send(page);
  });
}

/** True when the built app is present (tests build it when it is not). */
export function webAppBuilt(root: string = WEB_ROOT): boolean {
  return existsSync(join(root, "index.html"));
}
