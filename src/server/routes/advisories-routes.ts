/**
 * Advisories and who they affect, within the caller's scope: the list, one advisory's
 * exposure ("who is affected by CVE-2021-44228?"), findings across advisories, analysts'
 * decisions, and an offline feed upload for air-gapped networks. Advisories are global
 * facts; what they affect is always read through the caller's scope.
 */
import { sql } from "kysely";
import { z } from "zod";
import { narrowScope, recordAudit } from "../../access/index.js";
import { detectFeedParser } from "../../advisories/parsers.js";
import { type Advisory, AliasIndex } from "../../domain/advisory.js";
import { EXPOSURES } from "../../domain/asset.js";
import { InputError, NotFoundError } from "../../domain/errors.js";
import { DECISION_STATUSES, recordDecision } from "../../exposure/decisions.js";
import { exposureOf } from "../../exposure/exposure.js";
import { listFindings } from "../../exposure/findings.js";
import { ensureBundledAdvisories, storeAdvisories } from "../../exposure/store-advisories.js";
import { withinScope } from "../../store/scope.js";
import { assetInScope } from "../asset-query.js";
import { defineRoute } from "../route.js";
import { decodeCursor, encodeCursor, limitText, unitPath } from "../schemas.js";

const advisoryId = z.string().min(1).max(128);
const pageCursor = z.object({ offset: z.number().int().min(0) });
const exposure = z.enum(EXPOSURES);
const advisorySummary = z.object({
  id: z.string(),
  summary: z.string().nullable(),
  severity: z.string(),
  score: z.number().nullable(),
  kevDueDate: z.string().nullable(),
  affectedAssets: z.number(),
});
const entry = z.object({
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
const unitCount = z.object({ unit: z.string(), assets: z.number(), internetFacing: z.number() });

export const advisoriesRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/advisories",
    summary: "Stored advisories, most severe first, with the affected assets in the caller's scope",
    tag: "advisories",
    access: ["read"],
    query: z.strictObject({
      q: z.string().max(128).optional(),
      kev: z.enum(["true", "false"]).optional(),
      limit: limitText(1000, 100),
    }),
    example: { query: { q: "CVE-2021" } },
    // Named `advisories`, not `items`: advisories are global facts, not rows owned by units; only
    // their `affectedAssets` counts are scoped.
    response: z.object({ advisories: z.array(advisorySummary) }),
    handler: async ({ query, services, caller }) => {
      const db = services.store.db;
      await ensureBundledAdvisories(services.store);
      let q = db
        .selectFrom("advisories")
        .select(["id", "summary", "severity_level", "score", "kev_due_date"]);
      if (query.q) {
        const like = `%${query.q.replace(/[%_\\]/g, "\\$&")}%`;
        q = q.where((eb) =>
          eb.or([
            eb(
              "id",
              "in",
              eb
                .selectFrom("advisory_ids")
                .select("advisory_id")
                .where(sql<boolean>`alias like ${like} escape '\\'`),
            ),
            sql<boolean>`summary like ${like} escape '\\'`,
          ]),
        );
      }
      if (query.kev === "true") q = q.where("kev_date_added", "is not", null);
      const rows = await q
        .orderBy(sql`coalesce(score, -1)`, "desc")
        .orderBy("id")
        .limit(query.limit)
        .execute();
      const ids = rows.map((r) => r.id);
      const counts = new Map<string, number>();
      if (ids.length > 0) {
        const scope = caller().scope;
        const found = await db
          .selectFrom("package_matches as pm")
          .innerJoin("occurrences as o", "o.package_id", "pm.package_id")
          .innerJoin("assets as a", "a.id", "o.asset_id")
          .select((eb) => ["pm.advisory_id as id", eb.fn.count<number>("a.id").distinct().as("n")])
          .where("pm.advisory_id", "in", ids)
          .where((eb) => withinScope(eb, "a.unit_path", scope))
          .groupBy("pm.advisory_id")
          .execute();
        for (const f of found) counts.set(f.id, Number(f.n));
      }
      return {
        advisories: rows.map((r) => ({
          id: r.id,
          summary: r.summary,
          severity: r.severity_level,
          score: r.score,
          kevDueDate: r.kev_due_date,
          affectedAssets: counts.get(r.id) ?? 0,
        })),
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/exposure",
    summary:
      "Who an advisory (by any alias) affects in the caller's scope: assets, components, locations, fixed versions, counts, unknowns",
    tag: "advisories",
    access: ["read"],
    // Paged: the first `limit` affected rows (and never-scanned assets), with every count over all of them.
    query: z.strictObject({
      advisory: advisoryId,
      unit: unitPath.optional(),
      exposure: exposure.optional(),
      limit: limitText(50_000, 500),
      cursor: z.string().max(256).optional(),
    }),
    example: { query: { advisory: "CVE-2021-44228" } },
    response: z.object({
      advisory: z.object({
        id: z.string(),
        aliases: z.array(z.string()),
        summary: z.string().nullable(),
        severity: z.string(),
        score: z.number().nullable(),
        kev: z.object({ dateAdded: z.string(), dueDate: z.string() }).nullable(),
        osLevel: z.boolean(),
      }),
      affected: z.array(entry),
      notAffected: z.array(
        entry.extend({
          status: z.string(),
          justification: z.string().nullable(),
          reason: z.string().nullable(),
          by: z.string(),
          at: z.string(),
        }),
      ),
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
    }),
    handler: async ({ query, services, caller }) => {
      await ensureBundledAdvisories(services.store);
      const scope = narrowScope(caller().scope, query.unit);
      // A unit outside the caller's scope reads as an empty scope, never as an error that would confirm it exists.
      const report = await exposureOf(services.store, query.advisory, {
        scope: scope ?? "/\uffff",
        ...(query.exposure !== undefined && { exposure: query.exposure }),
      });
      const offset = query.cursor === undefined ? 0 : (decodeCursor(query.cursor, pageCursor)?.offset ?? -1);
      if (offset < 0) throw new InputError("cursor: not a cursor this route gave");
      const end = offset + query.limit;
      const more = end < report.affected.length || end < report.unknown.length;
      return {
        ...report,
        affected: report.affected.slice(offset, end),
        unknown: report.unknown.slice(offset, end),
        page: { offset, limit: query.limit, nextCursor: more ? encodeCursor({ offset: end }) : null },
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/findings",
    summary: "Findings across advisories in the caller's scope, most severe first",
    tag: "advisories",
    access: ["read"],
    query: z.strictObject({
      minScore: z
        .string()
        .regex(/^\d+(\.\d+)?$/, "expected a CVSS score such as 9")
        .transform(Number)
        .optional(),
      kev: z.enum(["true", "false"]).optional(),
      unit: unitPath.optional(),
      exposure: exposure.optional(),
      limit: limitText(10_000, 1000),
    }),
    example: { query: { minScore: "9" } },
    response: z.object({
      items: z.array(
        entry.extend({
          advisory: z.string(),
          severity: z.string(),
          score: z.number().nullable(),
          kevDueDate: z.string().nullable(),
        }),
      ),
    }),
    handler: async ({ query, services, caller }) => {
      const scope = narrowScope(caller().scope, query.unit);
      if (scope === null) return { items: [] };
      await ensureBundledAdvisories(services.store);
      const items = await listFindings(services.store, {
        scope,
        limit: query.limit,
        ...(query.minScore !== undefined && { minScore: query.minScore }),
        ...(query.kev === "true" && { kevOnly: true }),
        ...(query.exposure !== undefined && { exposure: query.exposure }),
      });
      return { items };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/decisions",
    summary: "An analyst's decision about an asset for an advisory (who, when, why), audited",
    tag: "advisories",
    access: ["write"],
    status: 201,
    body: z.strictObject({
      advisory: advisoryId,
      assetId: z.number().int().positive(),
      purl: z.string().max(1024).optional(),
      status: z.enum(DECISION_STATUSES),
      justification: z.string().max(128).optional(),
      reason: z.string().min(1).max(4000),
    }),
    example: {
      body: { advisory: "CVE-2021-44228", assetId: 1, status: "not_affected", reason: "JndiLookup removed" },
    },
    response: z.object({
      advisory: z.string(),
      assetId: z.number().nullable(),
      status: z.string(),
      by: z.string(),
      at: z.string(),
    }),
    handler: async ({ body, services, caller, actor }) => {
      const asset = await assetInScope(services.store.db, body.assetId, caller().scope);
      if (!asset) throw new NotFoundError(`no asset ${body.assetId}`);
      const who = actor();
      const decision = await recordDecision(services.store, {
        advisory: body.advisory,
        asset: `#${asset.id}`,
        status: body.status,
        reason: body.reason,
        actor: who.name,
        ...(body.purl !== undefined && { purl: body.purl }),
        ...(body.justification !== undefined && { justification: body.justification }),
      });
      await recordAudit(services.store.db, {
        actor: who.name,
        action: "decision.record",
        unitPath: asset.unit,
        targetType: "asset",
        targetId: asset.id,
        before: null,
        after: decision,
        requestId: who.requestId,
      });
      return {
        advisory: decision.advisoryId,
        assetId: decision.assetId,
        status: decision.status,
        by: decision.actor,
        at: decision.decidedAt,
      };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/advisories",
    summary: "Import one feed document (OSV, NVD 2.0, CISA KEV, CSAF 2.0 or CycloneDX VEX), offline",
    tag: "advisories",
    access: ["manage"],
    body: z.unknown(),
    example: { body: [] },
    response: z.object({
      created: z.number(),
      updated: z.number(),
      unchanged: z.number(),
      errors: z.array(z.string()),
    }),
    handler: async ({ body, services, actor }) => {
      const parser = detectFeedParser(body);
      if (!parser)
        throw new InputError(
          "no feed format recognises this document (expected OSV, NVD CVE 2.0, CISA KEV, CSAF 2.0 or CycloneDX VEX)",
        );
      const index = new AliasIndex();
      const errors: string[] = [];
      for await (const item of parser.parse(body, { file: "upload" })) {
        if ("advisory" in item) index.add(item.advisory);
        else if ("error" in item) errors.push(`${item.error.record}: ${item.error.message}`);
      }
      const advisories: Advisory[] = index.all();
      const stored = await storeAdvisories(services.store, advisories);
      const who = actor();
      await recordAudit(services.store.db, {
        actor: who.name,
        action: "advisories.import",
        unitPath: "/",
        targetType: "advisory",
        targetId: advisories[0]?.id ?? "",
        before: null,
        after: {
          format: parser.id,
          ids: advisories.map((a) => a.id).slice(0, 100),
          created: stored.created,
          updated: stored.updated,
        },
        requestId: who.requestId,
      });
      return { created: stored.created, updated: stored.updated, unchanged: stored.unchanged, errors };
    },
  }),
];
