/** What every route handler may use: the store, the configuration and the server's own parts. */
import type { Store } from "../store/store.js";
import type { ServerConfig } from "./config.js";
import type { Metrics } from "./metrics.js";
import type { RateLimiter } from "./rate-limit.js";
import type { Route } from "./route.js";
import type { UploadQueue } from "./upload-queue.js";

export interface ServerServices {
  store: Store;
  config: ServerConfig;
  queue: UploadQueue;
  metrics: Metrics;
  limiter: RateLimiter;
  /** Cookies carry Secure (TLS, or a TLS proxy in front). */
  secureCookies: boolean;
  /** The route table being served (the OpenAPI document is made from it). */
  routes: readonly Route[];
}
