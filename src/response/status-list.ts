/**
 * The public status list: the campaign's published services (internet-facing, or tagged
 * `public`) as reopened, still closed, or under inspection, with counts and the time of the
 * last change. Only the service's name leaves: no versions, addresses, units or owners.
 */
import type { Store } from "../store/store.js";
import { historyOfCampaign, type TaskView, tasksOfCampaign } from "../store/tasks-repository.js";
import { loadCampaign } from "./campaign-access.js";

export const SERVICE_STATUSES = ["reopened", "closed", "inspection"] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export interface StatusList {
  campaign: { id: number; name: string; startedAt: string };
  /** The time of the last change to any published service (the start when none changed yet). */
  updatedAt: string;
  counts: Record<ServiceStatus, number> & { total: number };
  services: { name: string; status: ServiceStatus; since: string }[];
}

/**
 * reopened: back in service (reopened after closing, or cleared without ever closing);
 * closed: shut down or isolated and not reopened; inspection: not yet cleared.
 */
export function serviceStatus(t: Pick<TaskView, "state" | "closed_at" | "reopened_at">): ServiceStatus {
  if (t.state === "reopened") return "reopened";
  if (t.closed_at !== null && t.reopened_at === null) return "closed";
  if (t.state === "not-affected" || t.state === "verified") return "reopened";
  return "inspection";
}

export async function statusList(store: Store, campaignId: number): Promise<StatusList> {
  const { campaign } = await loadCampaign(store.db, campaignId);
  const tasks = (await tasksOfCampaign(store.db, campaignId, "/")).filter((t) => t.published === 1);
  const published = new Set(tasks.map((t) => t.id));
  const lastChange = new Map<number, string>();
  for (const h of await historyOfCampaign(store.db, campaignId, "/"))
    if (published.has(h.task_id)) lastChange.set(h.task_id, h.at);
  const counts = { reopened: 0, closed: 0, inspection: 0, total: tasks.length };
  const services = tasks.map((t) => {
    const status = serviceStatus(t);
    counts[status]++;
    return { name: t.asset, status, since: lastChange.get(t.id) ?? campaign.started_at };
  });
  const rank = (s: ServiceStatus) => SERVICE_STATUSES.indexOf(s);
  services.sort(
    (a, b) => rank(a.status) - rank(b.status) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const updatedAt =
    [campaign.started_at, ...services.map((s) => s.since)].sort().at(-1) ?? campaign.started_at;
  return {
    campaign: { id: campaign.id, name: campaign.name, startedAt: campaign.started_at },
    updatedAt,
    counts,
    services,
  };
}

export function statusCsv(list: StatusList): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const quote = (raw: string) => {
    const v = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
    return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const lines = [
    "service,status,since",
    ...list.services.map((s) => [s.name, s.status, s.since].map(quote).join(",")),
  ];
  return `${lines.join("\n")}\n`;
}
