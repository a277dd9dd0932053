/**
 * Entry of a parse worker thread: catalogs each disk file it is sent, with the scan's
 * limits and what is left of its inflate budget, and sends back what it found.
 */
import { parentPort } from "node:worker_threads";
import { catalogDiskFile } from "./disk-file.js";
import { catalogers } from "./registry.js";
import { ScanSession } from "./session.js";
import { type OutcomeBatch, type ParseOutcome, type ParseRequest, parseBatch } from "./worker-protocol.js";

async function parseFile(request: ParseRequest): Promise<ParseOutcome> {
  const session = new ScanSession(catalogers, { limits: request.limits });
  session.budget.remaining = request.budget;
  await catalogDiskFile(session, request.path, request.size);
  return {
    components: session.components,
    warnings: session.warnings,
    archives: session.archives,
    bytes: session.bytes,
    consumed: request.budget - session.budget.remaining,
  };
}

export async function parseInWorker(message: unknown): Promise<OutcomeBatch> {
  const batch = parseBatch(message);
  const outcomes: ParseOutcome[] = [];
  for (const file of batch.files) outcomes.push(await parseFile(file));
  return { id: batch.id, outcomes };
}

// Requests are handled one at a time, in the order sent, so outcomes come back in order.
let chain: Promise<void> = Promise.resolve();
parentPort?.on("message", (message: unknown) => {
  chain = chain.then(async () => parentPort?.postMessage(await parseInWorker(message)));
});
