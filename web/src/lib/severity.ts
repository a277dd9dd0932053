/** Severity levels: the only thing colour means in this UI, always shown with a text label. */
export const SEVERITIES = ["critical", "high", "medium", "low", "none"] as const;
export type Severity = (typeof SEVERITIES)[number];

export function asSeverity(value: string | null | undefined): Severity {
  const v = (value ?? "").toLowerCase();
  return SEVERITIES.find((s) => s === v) ?? "none";
}

/** CVSS v3 qualitative rating (https://www.first.org/cvss/v3.1/specification-document#Qualitative-Severity-Rating-Scale). */
export function severityOfScore(score: number | null): Severity {
  if (score === null || score <= 0) return "none";
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  return "low";
}
