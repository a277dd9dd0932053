/** The shapes of the API answers the pages read (the server's zod schemas, as the browser sees them). */
import { z } from "zod";

export const session = z.object({
  user: z.string(),
  kind: z.string(),
  role: z.string(),
  scope: z.string(),
  csrfToken: z.string().optional(),
});
export type Session = z.output<typeof session>;

const counts = z.object({
  assets: z.number(),
  internetFacing: z.number(),
  critical: z.number(),
  criticalInternetFacing: z.number(),
  kev: z.number(),
  neverScanned: z.number(),
  antivirusGaps: z.number(),
});

export const overview = z.object({
  scope: z.string(),
  totals: counts,
  groups: z.array(counts.extend({ unit: z.string(), name: z.string(), severity: z.string() })),
  trend: z.array(z.object({ week: z.string(), scanned: z.number(), critical: z.number() })),
});
export type Overview = z.output<typeof overview>;

export const advisoryList = z.object({
  advisories: z.array(
    z.object({
      id: z.string(),
      summary: z.string().nullable(),
      severity: z.string(),
      score: z.number().nullable(),
      kevDueDate: z.string().nullable(),
      affectedAssets: z.number(),
    }),
  ),
});

export const affectedEntry = z.object({
  asset: z.string(),
  assetId: z.number(),
  unit: z.string(),
  kind: z.string(),
  exposure: z.string(),
  criticality: z.number(),
  state: z.string(),
  ownerContact: z.string().nullable(),
  purl: z.string(),
  version: z.string(),
  location: z.string(),
  fixed: z.array(z.string()),
});
export type AffectedEntry = z.output<typeof affectedEntry>;

const unitCount = z.object({
  unit: z.string(),
  assets: z.number(),
  internetFacing: z.number(),
});

export const exposure = z.object({
  advisory: z.object({
    id: z.string(),
    aliases: z.array(z.string()),
    summary: z.string().nullable(),
    severity: z.string(),
    score: z.number().nullable(),
    kev: z.object({ dateAdded: z.string(), dueDate: z.string() }).nullable(),
    osLevel: z.boolean(),
  }),
  affected: z.array(affectedEntry),
  countsByUnit: z.array(unitCount),
  countsByRegion: z.array(unitCount),
  totals: z.object({
    assets: z.number(),
    internetFacing: z.number(),
    occurrences: z.number(),
    unknown: z.number(),
  }),
  unknown: z.array(
    z.object({
      assetId: z.number(),
      asset: z.string(),
      unit: z.string(),
      kind: z.string(),
      exposure: z.string(),
      criticality: z.number(),
      ownerContact: z.string().nullable(),
    }),
  ),
});
export type Exposure = z.output<typeof exposure>;

export const findings = z.object({
  items: z.array(
    affectedEntry.extend({
      advisory: z.string(),
      severity: z.string(),
      score: z.number().nullable(),
      kevDueDate: z.string().nullable(),
    }),
  ),
});
export type Finding = z.output<typeof findings>["items"][number];

export const asset = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.string(),
  unit: z.string(),
  hostnames: z.array(z.string()),
  ips: z.array(z.string()),
  urls: z.array(z.string()),
  segment: z.string().optional(),
  os: z
    .object({
      family: z.string(),
      name: z.string(),
      version: z.string(),
      build: z.string().optional(),
      servicePack: z.string().optional(),
    })
    .optional(),
  criticality: z.number(),
  exposure: z.string(),
  state: z.string(),
  antivirus: z.object({ product: z.string(), signatureDate: z.string() }).nullable().optional(),
  ownerContact: z.string().optional(),
  tags: z.array(z.string()),
  lastSeen: z.string().optional(),
});
export type Asset = z.output<typeof asset>;

export const assetComponents = z.object({
  items: z.array(
    z.object({
      purl: z.string(),
      name: z.string(),
      version: z.string(),
      location: z.string(),
      source: z.string(),
    }),
  ),
});

export const assetFindings = z.object({
  items: z.array(
    z.object({
      advisory: z.string(),
      severity: z.string(),
      score: z.number().nullable(),
      kevDueDate: z.string().nullable(),
      purl: z.string(),
      version: z.string(),
      location: z.string(),
      fixed: z.array(z.string()),
    }),
  ),
});

export const scans = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      source: z.string(),
      format: z.string(),
      tool: z.string().nullable(),
      imported_at: z.string(),
      component_count: z.number(),
    }),
  ),
});

export const componentHits = z.object({
  items: z.array(
    z.object({
      assetId: z.number(),
      asset: z.string(),
      unit: z.string(),
      purl: z.string(),
      version: z.string(),
      location: z.string(),
      exposure: z.string(),
      criticality: z.number(),
    }),
  ),
  truncated: z.boolean(),
});
export type ComponentHit = z.output<typeof componentHits>["items"][number];

export const gaps = z.object({
  items: z.array(
    z.object({
      assetId: z.number(),
      asset: z.string(),
      unit: z.string(),
      kind: z.string(),
      exposure: z.string(),
      criticality: z.number(),
      ownerContact: z.string().nullable(),
      reason: z.string(),
      signatureDate: z.string().nullable(),
    }),
  ),
});
export type Gap = z.output<typeof gaps>["items"][number];

export const units = z.object({
  items: z.array(
    z.object({
      path: z.string(),
      name: z.string(),
      kind: z.string(),
      depth: z.number(),
    }),
  ),
});

export const campaigns = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      advisories: z.array(z.string()),
      scope: z.string(),
      startedAt: z.string(),
      tasks: z.number(),
    }),
  ),
});

export const campaignProgress = z.object({
  campaign: z.object({
    id: z.number(),
    name: z.string(),
    advisories: z.array(z.string()),
    scope: z.string(),
    startedAt: z.string(),
    startedBy: z.string(),
  }),
  tasks: z.number(),
  totals: z.record(z.string(), z.number()),
  byRegion: z.array(
    z.object({
      unit: z.string(),
      total: z.number(),
      counts: z.record(z.string(), z.number()),
    }),
  ),
  medianDownToReopenMs: z.number().nullable(),
  overdue: z.array(
    z.object({
      asset: z.string(),
      unit: z.string(),
      state: z.string(),
      deadline: z.string(),
      criticality: z.number(),
    }),
  ),
});
export type CampaignProgress = z.output<typeof campaignProgress>;

const task = z.object({
  id: z.number(),
  assetId: z.number(),
  asset: z.string(),
  unit: z.string(),
  state: z.string(),
  exposure: z.string(),
  criticality: z.number(),
  deadline: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export const tasks = z.object({
  items: z.array(task.extend({ actions: z.array(z.string()) })),
});
export type Task = z.output<typeof tasks>["items"][number];
export const reopenQueue = z.object({ items: z.array(task) });

export const burnDown = z.object({
  points: z.array(
    z.object({
      at: z.string(),
      open: z.number(),
      closed: z.number(),
      reopened: z.number(),
    }),
  ),
});

/** GET /api/v1/assets/:id/tasks: the asset's campaign tasks, each with its history. */
export const assetTasks = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      campaignId: z.number(),
      campaign: z.string(),
      advisories: z.array(z.string()),
      state: z.string(),
      deadline: z.string().nullable(),
      actions: z.array(z.string()),
      components: z.array(z.object({ purl: z.string(), location: z.string(), fixed: z.array(z.string()) })),
      closedAt: z.string().nullable(),
      patchedAt: z.string().nullable(),
      verifiedAt: z.string().nullable(),
      verifiedBy: z.string().nullable(),
      history: z.array(
        z.object({
          from: z.string().nullable(),
          to: z.string(),
          actor: z.string(),
          reason: z.string(),
          at: z.string(),
        }),
      ),
    }),
  ),
});
export type AssetTask = z.output<typeof assetTasks>["items"][number];
