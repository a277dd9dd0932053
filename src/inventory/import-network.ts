/**
 * `needle import network FILE`: one JSON document of segments, links, flows and service
 * dependencies. Every reference (unit, segment, asset) must resolve; one transaction.
 */
import { isIP } from "node:net";
import { z } from "zod";
import { ParseError } from "../domain/errors.js";
import type { Link, Segment } from "../domain/network.js";
import { unitPathProblem } from "../domain/org-unit.js";
import { existingSegmentNames, type NetworkCounts, upsertNetwork } from "../store/network-repository.js";
import type { Store } from "../store/store.js";
import { existingUnitPaths } from "../store/units-repository.js";
import { DEFAULT_MAX_TABLE_BYTES, jsonErrorDetail, readBoundedFile } from "./read-records.js";
import { resolveAsset } from "./resolve-asset.js";
import { check, ProblemList } from "./validate.js";

const cidr = z.string().refine(
  (c) => {
    const [ip, bits, extra] = c.split("/");
    const family = isIP(ip ?? "");
    const max = family === 6 ? 128 : 32;
    return extra === undefined && family !== 0 && /^\d+$/.test(bits ?? "") && Number(bits) <= max;
  },
  { message: "expected a CIDR such as 10.6.0.0/16" },
);
const name = z.string().min(1, "expected a non-empty name");
const ports = z
  .string()
  .regex(
    /^(\d{1,5}(-\d{1,5})?(,\d{1,5}(-\d{1,5})?)*)?$/,
    'expected ports such as "135", "80,443" or "1024-65535"',
  );

const networkDocument = z.strictObject({
  segments: z
    .array(
      z.strictObject({
        name,
        unit: z.string().refine((p) => unitPathProblem(p) === null, "expected a unit path"),
        cidrs: z.array(cidr),
      }),
    )
    .default([]),
  links: z
    .array(z.strictObject({ from: name, to: name, kbps: z.number().int().positive("expected kbit/s > 0") }))
    .default([]),
  flows: z
    .array(
      z.strictObject({
        from: name,
        to: name,
        protocol: z.enum(["tcp", "udp", "icmp", "any"]),
        ports: ports.default(""),
      }),
    )
    .default([]),
  dependencies: z.array(z.strictObject({ from: name, to: name, label: name })).default([]),
});

export async function importNetworkFile(store: Store, file: string): Promise<NetworkCounts> {
  const text = (await readBoundedFile(file, DEFAULT_MAX_TABLE_BYTES)).toString("utf8");
  return importNetworkText(store, text, file);
}

export async function importNetworkText(store: Store, text: string, file: string): Promise<NetworkCounts> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ParseError(`not valid JSON (${jsonErrorDetail(text, error)})`, { file });
  }
  const problems = new ProblemList(file);
  const doc = check(networkDocument, raw, file, problems);
  problems.throwIfAny();
  if (!doc) return { segments: 0, links: 0, flows: 0, dependencies: 0 };
  return store.db.transaction().execute(async (tx) => {
    const units = await existingUnitPaths(
      tx,
      doc.segments.map((s) => s.unit),
    );
    doc.segments.forEach((s, i) => {
      if (!units.has(s.unit)) problems.add(file, `segments[${i}].unit: no unit "${s.unit}"`);
    });
    const segments = new Set([...(await existingSegmentNames(tx)), ...doc.segments.map((s) => s.name)]);
    const checkSegment = (list: string, i: number, field: string, value: string) => {
      if (!segments.has(value)) problems.add(file, `${list}[${i}].${field}: no segment "${value}"`);
    };
    doc.links.forEach((l, i) => {
      checkSegment("links", i, "from", l.from);
      checkSegment("links", i, "to", l.to);
    });
    doc.flows.forEach((f, i) => {
      checkSegment("flows", i, "from", f.from);
      checkSegment("flows", i, "to", f.to);
    });
    const dependencies: { from: number; to: number; label: string }[] = [];
    for (const [i, d] of doc.dependencies.entries()) {
      const ends = await Promise.all(
        (["from", "to"] as const).map((end) =>
          resolveAsset(tx, d[end]).catch((error: Error) => {
            problems.add(file, `dependencies[${i}].${end}: ${error.message}`);
            return undefined;
          }),
        ),
      );
      if (ends[0] && ends[1]) dependencies.push({ from: ends[0].id, to: ends[1].id, label: d.label });
    }
    problems.throwIfAny();
    return upsertNetwork(tx, {
      segments: doc.segments as Segment[],
      links: doc.links as Link[],
      flows: doc.flows,
      dependencies,
    });
  });
}
