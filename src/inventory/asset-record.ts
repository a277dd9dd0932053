/**
 * The columns of an asset file (CSV header or JSON keys), validated into an Asset.
 * Every column is documented in the README; unknown columns are refused so a typo in a
 * header never silently drops data.
 */
import { isIP } from "node:net";
import { z } from "zod";
import {
  ASSET_KINDS,
  type Asset,
  type Criticality,
  DEFAULT_CRITICALITY,
  EXPOSURES,
  OPERATIONAL_STATES,
  type OperatingSystem,
} from "../domain/asset.js";
import { unitPathProblem } from "../domain/org-unit.js";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optionalText = z.preprocess(blankToUndefined, z.string().optional());
const list = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(";")
          .map((s) => s.trim())
          .filter(Boolean)
      : (blankToUndefined(v) ?? []),
  z.array(z.string()),
);
const isoDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    .refine(
      (s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)),
      {
        message: "expected an ISO date such as 2021-12-10 or 2021-12-10T14:32:00Z",
      },
    )
    .optional(),
);

export const assetRecord = z.strictObject({
  name: z.string().min(1, "expected a non-empty name"),
  kind: z.enum(ASSET_KINDS, { message: `expected one of ${ASSET_KINDS.join(", ")}` }),
  unit: z
    .string()
    .refine((p) => unitPathProblem(p) === null, { message: "expected a unit path such as /qc/r06/h123" }),
  criticality: z.preprocess(
    (v) => (typeof v === "string" && v !== "" ? Number(v) : blankToUndefined(v)),
    z.number().int().min(1).max(5, { message: "expected a whole number from 1 to 5" }).optional(),
  ),
  exposure: z.preprocess(
    blankToUndefined,
    z.enum(EXPOSURES, { message: `expected one of ${EXPOSURES.join(", ")}` }).optional(),
  ),
  state: z.preprocess(
    blankToUndefined,
    z.enum(OPERATIONAL_STATES, { message: `expected one of ${OPERATIONAL_STATES.join(", ")}` }).optional(),
  ),
  hostname: list,
  ip: list.refine((ips) => ips.every((ip) => isIP(ip) !== 0), {
    message: "expected IPv4 or IPv6 addresses separated by ;",
  }),
  url: list.refine((urls) => urls.every((u) => URL.canParse(u)), {
    message: "expected absolute URLs separated by ;",
  }),
  segment: optionalText,
  os: optionalText,
  os_family: optionalText,
  os_name: optionalText,
  os_version: optionalText,
  os_build: optionalText,
  os_service_pack: optionalText,
  av_product: optionalText,
  av_signature_date: isoDate,
  owner_contact: optionalText,
  tags: list,
  last_seen: isoDate,
});

export type AssetRecord = z.output<typeof assetRecord>;

export const ASSET_COLUMNS = Object.keys(assetRecord.shape);

export function assetFromRecord(r: AssetRecord): Asset {
  const asset: Asset = {
    name: r.name,
    kind: r.kind,
    unit: r.unit,
    hostnames: r.hostname,
    ips: r.ip,
    urls: r.url,
    criticality: (r.criticality ?? DEFAULT_CRITICALITY) as Criticality,
    exposure: r.exposure ?? "internal",
    state: r.state ?? "in-service",
    tags: r.tags,
  };
  if (r.segment) asset.segment = r.segment;
  const os = operatingSystemOf(r);
  if (os) asset.os = os;
  if (r.av_product !== undefined) {
    asset.antivirus =
      r.av_product.toLowerCase() === "none"
        ? null
        : { product: r.av_product, signatureDate: r.av_signature_date ?? "" };
  }
  if (r.owner_contact) asset.ownerContact = r.owner_contact;
  if (r.last_seen) asset.lastSeen = r.last_seen;
  return asset;
}

/** The explicit os_* columns win; otherwise free text such as "Windows XP SP2" is read. */
function operatingSystemOf(r: AssetRecord): OperatingSystem | undefined {
  const name = r.os_name ?? r.os;
  if (!name && !r.os_family) return undefined;
  const text = name ?? "";
  const sp = /\bSP\s?(\d+)\b/i.exec(text);
  const os: OperatingSystem = {
    family: r.os_family ?? familyOf(text),
    name: sp ? text.replace(sp[0], "").trim() : text,
    version: r.os_version ?? "",
  };
  if (r.os_build) os.build = r.os_build;
  const servicePack = r.os_service_pack ?? (sp ? `SP${sp[1]}` : undefined);
  if (servicePack) os.servicePack = servicePack;
  return os;
}

function familyOf(name: string): string {
  const n = name.toLowerCase();
  if (n.includes("windows")) return "windows";
  if (/(linux|ubuntu|debian|red hat|rhel|centos|suse|alma|rocky|alpine|fedora)/.test(n)) return "linux";
  if (/(mac ?os|os x)/.test(n)) return "macos";
  if (/(solaris|aix|hp-ux|bsd|unix)/.test(n)) return "unix";
  return "other";
}
