/**
 * Terminal output for every command: results go to stdout (only JSON under --json),
 * messages, warnings and progress go to stderr, so `needle x --json | jq` always works.
 */
import { SingleBar } from "cli-progress";

export interface Output {
  /** True when the user asked for --json: stdout holds exactly one JSON document. */
  readonly json: boolean;
  /** Writes the machine result (JSON) or nothing when not in JSON mode. */
  result(value: unknown): void;
  /** Writes a human line to stdout; suppressed under --json. */
  line(text?: string): void;
  /** Writes a note to stderr (always, never to stdout). */
  note(text: string): void;
  /** Writes a warning to stderr. */
  warn(text: string): void;
  /** A progress bar on stderr when it is a TTY and not in JSON mode; silent otherwise. */
  progress(label: string, total: number): Progress;
}

export interface Progress {
  tick(by?: number): void;
  setTotal(total: number): void;
  done(): void;
}

const silentProgress: Progress = { tick() {}, setTotal() {}, done() {} };

export function createOutput(json: boolean): Output {
  return {
    json,
    result(value) {
      if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    line(text = "") {
      if (!json) process.stdout.write(`${text}\n`);
    },
    note(text) {
      process.stderr.write(`${text}\n`);
    },
    warn(text) {
      process.stderr.write(`warning: ${text}\n`);
    },
    progress(label, total) {
      if (!process.stderr.isTTY) return silentProgress;
      const bar = new SingleBar({
        format: `${label} [{bar}] {percentage}% {value}/{total} {eta_formatted}`,
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      });
      bar.start(total, 0);
      return {
        tick: (by = 1) => bar.increment(by),
        setTotal: (t) => bar.setTotal(t),
        done: () => bar.stop(),
      };
    },
  };
}

/** Renders rows as an aligned text table (for the human form of list commands). */
export function formatTable(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [fmt(headers), fmt(widths.map((w) => "-".repeat(w))), ...cells.map(fmt)].join("\n");
}
