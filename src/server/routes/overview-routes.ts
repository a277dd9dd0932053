/**
 * The overview screen's reads, within the caller's scope: critical and KEV findings per
 * region (or per establishment for a regional caller), never-scanned servers, antivirus
 * gaps, a weekly trend; the lists behind those numbers; one asset's findings.
 */
import { z } from "zod";
import { narrowScope } from "../../access/index.js";
import { listFindings } from "../../exposure/findings.js";
import { ensureBundledAdvisories } from "../../exposure/store-advisories.js";
import { loadCampaign } from "../../response/index.js";
import { historyOfCampaign } from "../../store/tasks-repository.js";
import { defineRoute } from "../route.js";
import { idText, unitPath } from "../schemas.js";
import { requireAsset } from "./assets-routes.js";
import { assetFindings, burnDown, GAP_KINDS, gapList, overviewOf } from "./overview-queries.js";

const counts = z.object({
  assets: z.number(),
  internetFacing: z.number(),
  critical: z.number(),
  criticalInternetFacing: z.number(),
  kev: z.number(),
  neverScanned: z.number(),
  antivirusGaps: z.number(),
});

const finding = z.object({
  advisory: z.string(),
  severity: z.string(),
  score: z.number().nullable(),
  kevDueDate: z.string().nullable(),
  purl: z.string(),
  version: z.string(),
  location: z.string(),
  fixed: z.array(z.string()),
});

export const overviewRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/overview",
    summary:
      "Critical and KEV exposure per region (or establishment), never-scanned assets, antivirus gaps, trend",
    tag: "overview",
    access: ["read"],
    query: z.strictObject({ unit: unitPath.optional() }),
    response: z.object({
      scope: z.string(),
      totals: counts,
      groups: z.array(
        counts.extend({
          unit: z.string(),
          name: z.string(),
          severity: z.string(),
        }),
      ),
      trend: z.array(
        z.object({
          week: z.string(),
          scanned: z.number(),
          critical: z.number(),
        }),
      ),
    }),
    handler: async ({ query, services, caller }) => {
      const scope = narrowScope(caller().scope, query.unit);
      await ensureBundledAdvisories(services.store);
      // A unit outside the caller's scope reads as an empty scope, as in /exposure.
      return overviewOf(services.store, scope ?? "/\uffff");
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/gaps",
    summary:
      "The assets behind the overview's gap counts: never-scanned servers, sites and services, or antivirus gaps",
    tag: "overview",
    access: ["read"],
    query: z.strictObject({
      kind: z.enum(GAP_KINDS),
      unit: unitPath.optional(),
    }),
    example: { query: { kind: "never-scanned" } },
    response: z.object({
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
    }),
    handler: async ({ query, services, caller }) => {
      const scope = narrowScope(caller().scope, query.unit);
      if (scope === null) return { items: [] };
      return { items: await gapList(services.store.db, scope, query.kind) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/assets/:id/findings",
    summary: "The findings of one asset, most severe first, decisions applied",
    tag: "assets",
    access: ["read"],
    resource: "asset",
    params: z.strictObject({ id: idText }),
    response: z.object({ items: z.array(finding) }),
    handler: async ({ params, services, caller }) => {
      const asset = await requireAsset(services.store.db, params.id, caller().scope);
      await ensureBundledAdvisories(services.store);
      const all = await listFindings(services.store, { scope: asset.unit });
      return { items: assetFindings(all, asset.id) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/campaigns/:id/burndown",
    summary: "A campaign's tasks over time in the caller's scope: still open, services closed, reopened",
    tag: "campaigns",
    access: ["read"],
    resource: "campaign",
    params: z.strictObject({ id: idText }),
    response: z.object({
      points: z.array(
        z.object({
          at: z.string(),
          open: z.number(),
          closed: z.number(),
          reopened: z.number(),
        }),
      ),
    }),
    handler: async ({ params, services, caller }) => {
      const scope = caller().scope;
      await loadCampaign(services.store.db, params.id, scope);
      return {
        points: burnDown(await historyOfCampaign(services.store.db, params.id, scope)),
      };
    },
  }),
];
