/** Durations as policies write them: a whole number and a unit, `30m`, `72h`, `14d`, `2w`. */
const UNIT_MS: Record<string, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Milliseconds of a duration, or null when the text is not one. */
export function parseDuration(text: string): number | null {
  const m = /^(\d{1,6})([mhdw])$/.exec(text.trim());
  if (!m) return null;
  const ms = UNIT_MS[m[2] ?? ""];
  return ms === undefined ? null : Number(m[1]) * ms;
}

/** "3 d 4 h" style text of a span, for humans. */
export function formatSpan(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "-";
  const minutes = Math.floor(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  return `${m} min`;
}
