/**
 * The webhook adapter: POSTs the action as JSON to a configured URL, so an orchestrator, a
 * load balancer or a firewall does the work. Each try has a timeout (a hanging receiver
 * fails instead of hanging the campaign); failures are retried with exponential backoff;
 * the Idempotency-Key header is the same on every try of one run
 * (https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/).
 */
import type { WebhookConfig } from "../policy-schema.js";
import {
  type ActionOutcome,
  type ActionRequest,
  PermanentFailure,
  type Sleep,
  withRetries,
} from "./adapter.js";

export async function runWebhook(
  config: WebhookConfig,
  request: ActionRequest,
  sleep: Sleep,
): Promise<ActionOutcome> {
  const body = JSON.stringify(request);
  return withRetries(config, sleep, async () => {
    let response: Response;
    try {
      response = await fetch(config.url, {
        method: "POST",
        headers: {
          ...config.headers,
          "content-type": "application/json",
          "idempotency-key": request.idempotencyKey,
        },
        body,
        signal: AbortSignal.timeout(config.timeoutMs),
      });
    } catch (error) {
      throw new Error(`POST ${config.url}: ${failureText(error, config.timeoutMs)}`, { cause: error });
    }
    await response.body?.cancel();
    if (response.ok) return;
    const message = `POST ${config.url}: HTTP ${response.status}`;
    // 408 and 429 say "try again later"; any other 4xx will answer the same to every retry.
    const retriable = response.status >= 500 || response.status === 408 || response.status === 429;
    throw retriable ? new Error(message) : new PermanentFailure(message);
  });
}

function failureText(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError"))
    return `no answer within ${timeoutMs} ms (timed out)`;
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.message}${cause}`;
  }
  return String(error);
}
