/**
 * CVSS base scores computed from vectors, for feeds that give only the vector (OSV's
 * `severity[].score` is a vector). v3.x: https://www.first.org/cvss/v3.1/specification-document
 * section 7; v2: https://www.first.org/cvss/v2/guide section 3.2.1.
 */
import { InvalidCvssError } from "./errors.js";

const V3_WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  PR: { N: 0.85, L: 0.62, H: 0.27 },
  UI: { N: 0.85, R: 0.62 },
  S: { U: 0, C: 1 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
} as const;

/** Privileges Required weighs more when the scope changes. */
const V3_PR_CHANGED = { PR: { N: 0.85, L: 0.68, H: 0.5 } } as const;

const V2_WEIGHTS = {
  AV: { L: 0.395, A: 0.646, N: 1.0 },
  AC: { H: 0.35, M: 0.61, L: 0.71 },
  Au: { M: 0.45, S: 0.56, N: 0.704 },
  C: { N: 0, P: 0.275, C: 0.66 },
  I: { N: 0, P: 0.275, C: 0.66 },
  A: { N: 0, P: 0.275, C: 0.66 },
} as const;

type Weights = Record<string, Record<string, number>>;

/** Splits `K:V/K:V` into a map, checking every base metric is present with a known value. */
function readMetrics(vector: string, body: string, weights: Weights): Map<string, string> {
  const metrics = new Map<string, string>();
  for (const part of body.split("/")) {
    const [key, value, extra] = part.split(":");
    if (key === undefined || value === undefined || extra !== undefined) {
      throw new InvalidCvssError(vector, `"${part}" is not METRIC:VALUE`);
    }
    if (metrics.has(key)) throw new InvalidCvssError(vector, `metric ${key} appears twice`);
    metrics.set(key, value);
  }
  for (const [key, values] of Object.entries(weights)) {
    const value = metrics.get(key);
    if (value === undefined) throw new InvalidCvssError(vector, `base metric ${key} is missing`);
    if (!(value in values)) {
      throw new InvalidCvssError(
        vector,
        `${key}:${value} (expected one of ${Object.keys(values).join(", ")})`,
      );
    }
  }
  return metrics;
}

function weight(weights: Weights, metrics: Map<string, string>, key: string): number {
  return weights[key]?.[metrics.get(key) ?? ""] ?? 0;
}

/** The v3.1 Roundup: the smallest number with one decimal >= input, robust to float noise. */
function roundUp1(input: number): number {
  const scaled = Math.round(input * 100000);
  return scaled % 10000 === 0 ? scaled / 100000 : (Math.floor(scaled / 10000) + 1) / 10;
}

/** Base score of a `CVSS:3.0/...` or `CVSS:3.1/...` vector; throws InvalidCvssError. */
export function cvss3BaseScore(vector: string): number {
  const match = /^CVSS:3\.[01]\/(.+)$/.exec(vector);
  if (!match?.[1]) throw new InvalidCvssError(vector, 'expected a "CVSS:3.1/" or "CVSS:3.0/" prefix');
  const m = readMetrics(vector, match[1], V3_WEIGHTS);
  const changed = m.get("S") === "C";
  const iss =
    1 -
    (1 - weight(V3_WEIGHTS, m, "C")) * (1 - weight(V3_WEIGHTS, m, "I")) * (1 - weight(V3_WEIGHTS, m, "A"));
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  const pr = changed ? weight(V3_PR_CHANGED, m, "PR") : weight(V3_WEIGHTS, m, "PR");
  const exploitability =
    8.22 * weight(V3_WEIGHTS, m, "AV") * weight(V3_WEIGHTS, m, "AC") * pr * weight(V3_WEIGHTS, m, "UI");
  if (impact <= 0) return 0;
  const raw = changed ? 1.08 * (impact + exploitability) : impact + exploitability;
  return roundUp1(Math.min(raw, 10));
}

/** Base score of a v2 vector (`AV:N/AC:L/Au:N/C:P/I:P/A:P`, optionally prefixed `(` `)`). */
export function cvss2BaseScore(vector: string): number {
  const body = vector.replace(/^\((.*)\)$/, "$1");
  const m = readMetrics(vector, body, V2_WEIGHTS);
  const w = (k: string) => weight(V2_WEIGHTS, m, k);
  const impact = 10.41 * (1 - (1 - w("C")) * (1 - w("I")) * (1 - w("A")));
  const exploitability = 20 * w("AV") * w("AC") * w("Au");
  const f = impact === 0 ? 0 : 1.176;
  return Math.round((0.6 * impact + 0.4 * exploitability - 1.5) * f * 10) / 10;
}

/** Normalises a v3 vector given without its prefix (CycloneDX ratings often omit it). */
export function withCvss3Prefix(vector: string, version: "3.0" | "3.1" = "3.1"): string {
  return vector.startsWith("CVSS:") ? vector : `CVSS:${version}/${vector}`;
}
