/**
 * What every action adapter receives and returns. An adapter carries one action (shut down,
 * isolate, reopen, notify) for one asset to the system that does it: an orchestrator over a
 * webhook, a local command, or the owning unit's people.
 */
export interface ActionRequest {
  /** shut-down, isolate, reopen or notify:<channel>. */
  action: string;
  /** The same for every retry of one run, so the receiver can drop duplicates. */
  idempotencyKey: string;
  taskId: number;
  campaign: { id: number; name: string; advisories: readonly string[] };
  asset: {
    id: number;
    name: string;
    unit: string;
    kind: string;
    exposure: string;
    criticality: number;
    hostnames: readonly string[];
    ips: readonly string[];
    urls: readonly string[];
  };
}

export interface ActionOutcome {
  /** succeeded: done; failed: every attempt failed; manual: waiting for a person to confirm. */
  status: "succeeded" | "failed" | "manual";
  attempts: number;
  /** The last failure, when there was one. */
  error?: string;
}

/** Retry settings shared by the webhook and command adapters. */
export interface RetrySettings {
  retries: number;
  backoffMs: number;
}

/** Waits `ms`; replaceable in tests so backoff does not slow them down. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A failure that retrying will not fix (a 4xx answer, a missing executable). */
export class PermanentFailure extends Error {}

/**
 * Runs `attempt` until it succeeds, at most 1 + retries times, waiting backoffMs, 2x, 4x ...
 * between tries (exponential backoff); every failure's message is kept, the last returned.
 */
export async function withRetries(
  settings: RetrySettings,
  sleep: Sleep,
  attempt: () => Promise<void>,
): Promise<ActionOutcome> {
  let error = "";
  for (let i = 0; i <= settings.retries; i++) {
    if (i > 0) await sleep(settings.backoffMs * 2 ** (i - 1));
    try {
      await attempt();
      return { status: "succeeded", attempts: i + 1 };
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      if (e instanceof PermanentFailure) return { status: "failed", attempts: i + 1, error };
    }
  }
  return { status: "failed", attempts: settings.retries + 1, error };
}
