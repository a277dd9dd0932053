/**
 * Python package versions: PEP 440, read with @renovatebot/pep440 and ordered here from the
 * parsed parts (the library's own compare re-parses both sides on every call). See readme.md.
 */
import { parse } from "@renovatebot/pep440";
import { z } from "zod";
import { defineScheme } from "../define-scheme.js";

const letterNumber = z.tuple([z.string(), z.number()]).nullable();
/** The library's parsed form, checked: its published types do not describe it exactly. */
const parsedShape = z.object({
  epoch: z.number(),
  release: z.array(z.number()),
  pre: letterNumber,
  post: letterNumber,
  dev: letterNumber,
});

export interface Pep440 {
  readonly epoch: number;
  /** Release numbers with trailing zeros removed (1.0.0 = 1). */
  readonly release: readonly number[];
  /** Pre-release phase (a = 0, b = 1, rc = 2) and number, or null. */
  readonly pre: readonly [number, number] | null;
  readonly post: number | null;
  readonly dev: number | null;
  /** Local segments: numbers as digit strings without leading zeros, words lower-cased. */
  readonly local: readonly string[] | null;
}

const PHASES: Readonly<Record<string, number>> = { a: 0, b: 1, rc: 2 };
const NUMERIC = /^\d+$/;

function parsePep440(version: string): Pep440 | null {
  const checked = parsedShape.safeParse(parse(version));
  if (!checked.success) return null;
  const { epoch, release, pre, post, dev } = checked.data;
  const trimmed = [...release];
  while (trimmed.length > 1 && trimmed[trimmed.length - 1] === 0) trimmed.pop();
  const phase = pre === null ? undefined : PHASES[pre[0]];
  if (pre !== null && phase === undefined) return null;
  const plus = version.indexOf("+");
  const local =
    plus === -1
      ? null
      : version
          .slice(plus + 1)
          .toLowerCase()
          .split(/[._-]/)
          .map((s) => (NUMERIC.test(s) ? s.replace(/^0+(?=\d)/, "") : s));
  return {
    epoch,
    release: trimmed,
    pre: pre === null || phase === undefined ? null : [phase, pre[1]],
    post: post === null ? null : post[1],
    dev: dev === null ? null : dev[1],
    local,
  };
}

/** PEP 440 keys: a bare dev release sorts before every pre-release of the same release. */
function preKey(v: Pep440): readonly [number, number] {
  if (v.pre !== null) return v.pre;
  return v.post === null && v.dev !== null ? [-1, 0] : [3, 0];
}

function compareNumbers(a: readonly number[], b: readonly number[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Local segments: numbers sort after words, numbers by value, words lexically; longer wins ties. */
function compareLocal(a: readonly string[] | null, b: readonly string[] | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    const xn = NUMERIC.test(x);
    const yn = NUMERIC.test(y);
    if (xn !== yn) return xn ? 1 : -1;
    if (xn && x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

function comparePep440(a: Pep440, b: Pep440): number {
  return (
    a.epoch - b.epoch ||
    compareNumbers(a.release, b.release) ||
    compareNumbers(preKey(a), preKey(b)) ||
    (a.post ?? -1) - (b.post ?? -1) ||
    (a.dev ?? Number.POSITIVE_INFINITY) - (b.dev ?? Number.POSITIVE_INFINITY) ||
    compareLocal(a.local, b.local)
  );
}

function normalizePep440(v: Pep440): string {
  let text = `${v.epoch === 0 ? "" : `${v.epoch}!`}${v.release.join(".")}`;
  if (v.pre !== null) text += `${["a", "b", "rc"][v.pre[0]]}${v.pre[1]}`;
  if (v.post !== null) text += `.post${v.post}`;
  if (v.dev !== null) text += `.dev${v.dev}`;
  if (v.local !== null) text += `+${v.local.join(".")}`;
  return text;
}

export const pypi = defineScheme<Pep440>({
  id: "pypi",
  displayName: "PyPI (PEP 440)",
  specUrl: "https://peps.python.org/pep-0440/",
  ecosystems: ["PyPI"],
  expected: "a PEP 440 version such as 1.0, 2!1.0, 1.0rc1, 1.0.post2, 1.0.dev3 or 1.0+local.7",
  parse: parsePep440,
  compare: comparePep440,
  normalize: normalizePep440,
  isStable: (v) => v.pre === null && v.dev === null,
});
