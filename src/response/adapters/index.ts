/**
 * The explicit list of action adapters: webhook, command and manual. `manual` does nothing
 * by itself: the action becomes a task for the owning unit, confirmed by a person.
 */
import type { AdapterConfig } from "../policy-schema.js";
import { type ActionOutcome, type ActionRequest, realSleep, type Sleep } from "./adapter.js";
import { runCommand } from "./command.js";
import { runWebhook } from "./webhook.js";

export type { ActionOutcome, ActionRequest, Sleep } from "./adapter.js";

export async function runAdapter(
  config: AdapterConfig,
  request: ActionRequest,
  sleep: Sleep = realSleep,
): Promise<ActionOutcome> {
  switch (config.type) {
    case "webhook":
      return runWebhook(config, request, sleep);
    case "command":
      return runCommand(config, request, sleep);
    case "manual":
      return { status: "manual", attempts: 0 };
  }
}
