/**
 * Runs a scanner as a child process under GNU time (`/usr/bin/time -v`), so Needle and its
 * peer are measured the same way: wall time from here, peak resident memory from the kernel's
 * accounting of the process tree (the largest process, as getrusage reports it).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { NeedleError } from "../domain/errors.js";

export interface ChildRun {
  wallMs: number;
  /** Peak resident set size in MiB; 0 when GNU time is not installed. */
  peakMiB: number;
}

const GNU_TIME = "/usr/bin/time";

export async function runMeasured(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), "needle-time-"));
  const report = join(dir, "time.txt");
  const timed = existsSync(GNU_TIME);
  const [file, argv] = timed ? [GNU_TIME, ["-v", "-o", report, command, ...args]] : [command, args];
  const started = performance.now();
  try {
    const { code, stderr } = await spawnCollect(file, argv, { ...process.env, ...env });
    const wallMs = performance.now() - started;
    if (code !== 0) {
      throw new NeedleError(
        "bench_failed",
        `${command} ${args.join(" ")} exited ${code}: ${stderr.slice(-2000)}`,
      );
    }
    const peak = timed
      ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, "utf8"))
      : null;
    return { wallMs, peakMiB: peak?.[1] ? Number(peak[1]) / 1024 : 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function spawnCollect(
  file: string,
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-8000);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

interface BomNode {
  purl?: string | undefined;
  components?: BomNode[] | undefined;
}

const bomNode: z.ZodType<BomNode> = z.lazy(() =>
  z.object({ purl: z.string().optional(), components: z.array(bomNode).optional() }),
);
const bomSchema = z.object({ components: z.array(bomNode).optional() });

/** purl without qualifiers and subpath, percent-decoded: how the two tools' purls are compared. */
export function comparablePurl(purl: string): string {
  const bare = purl.replace(/[?#].*$/, "");
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/** The distinct purls of a CycloneDX JSON file, nested components included. */
export function bomPurls(file: string): Set<string> {
  const parsed = bomSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new NeedleError("bench_failed", `${file}: not a CycloneDX JSON document`);
  const purls = new Set<string>();
  const visit = (nodes: readonly BomNode[]) => {
    for (const n of nodes) {
      if (n.purl !== undefined) purls.add(comparablePurl(n.purl));
      visit(n.components ?? []);
    }
  };
  visit(parsed.data.components ?? []);
  return purls;
}

const statsSchema = z.object({
  stats: z.object({ archives: z.number(), components: z.number(), durationMs: z.number() }),
});

/** The scanner's own counters from a `needle scan --format json` result. */
export function scanStats(text: string, file: string): z.infer<typeof statsSchema>["stats"] {
  const parsed = statsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new NeedleError("bench_failed", `${file}: not a needle scan result`);
  return parsed.data.stats;
}
