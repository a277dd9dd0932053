/** Building CpeMatch values from validated input (absent range bounds stay absent). */
import type { CpeMatch } from "../domain/advisory.js";

export const CPE_RANGE_KEYS = [
  "versionStartIncluding",
  "versionStartExcluding",
  "versionEndIncluding",
  "versionEndExcluding",
] as const;

export type CpeMatchInput = Pick<CpeMatch, "criteria" | "vulnerable"> & {
  [K in (typeof CPE_RANGE_KEYS)[number]]?: string | undefined;
};

export function toCpeMatch(match: CpeMatchInput): CpeMatch {
  const out: CpeMatch = { criteria: match.criteria, vulnerable: match.vulnerable };
  for (const key of CPE_RANGE_KEYS) {
    const value = match[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
