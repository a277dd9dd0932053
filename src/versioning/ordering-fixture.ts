/**
 * Ordering fixtures: plain text facts `a < b` or `a = b`, one a line, `#` comments and
 * blank lines ignored. Each scheme's test loads its `testdata/<scheme>.txt` through here.
 */
import { readFileSync } from "node:fs";
import { ParseError } from "../domain/errors.js";
import type { Scheme } from "./scheme.js";

export interface OrderingFact {
  readonly a: string;
  readonly relation: "<" | "=";
  readonly b: string;
  readonly line: number;
}

const FACT = /^(\S+)\s+([<=])\s+(\S+)$/;

export function parseOrderingFixture(text: string, file: string): OrderingFact[] {
  const facts: OrderingFact[] = [];
  text.split("\n").forEach((raw, index) => {
    const content = raw.replace(/#.*$/, "").trim();
    if (content === "") return;
    const match = FACT.exec(content);
    if (match === null) {
      throw new ParseError(`expected "a < b" or "a = b", got ${JSON.stringify(content)}`, {
        file,
        line: index + 1,
      });
    }
    const [, a, relation, b] = match;
    if (a === undefined || b === undefined || (relation !== "<" && relation !== "=")) return;
    facts.push({ a, relation, b, line: index + 1 });
  });
  return facts;
}

export function loadOrderingFixture(path: string): OrderingFact[] {
  return parseOrderingFixture(readFileSync(path, "utf8"), path);
}

/** Every fact that the scheme gets wrong, as readable lines (empty when all hold). */
export function orderingFailures(scheme: Scheme, facts: readonly OrderingFact[]): string[] {
  const failures: string[] = [];
  for (const fact of facts) {
    const forward = scheme.compare(fact.a, fact.b);
    const backward = scheme.compare(fact.b, fact.a);
    const want = fact.relation === "<" ? -1 : 0;
    const label = `line ${fact.line}: ${fact.a} ${fact.relation} ${fact.b}`;
    if (forward !== want) failures.push(`${label}: compare gave ${forward}`);
    if (backward !== -want) failures.push(`${label}: reversed compare gave ${backward}`);
    if (scheme.equals(fact.a, fact.b) !== (want === 0)) failures.push(`${label}: equals disagrees`);
    const sameForm = scheme.normalize(fact.a) === scheme.normalize(fact.b);
    if (sameForm !== (want === 0)) failures.push(`${label}: normalize disagrees`);
  }
  return failures;
}

export interface ConsistencyOptions {
  /** Also check that sorting gives a consistent order (Maven 3.8.7 itself has cycles). */
  transitive?: boolean;
}

/** Antisymmetry (and transitivity unless turned off) over every version named in the facts. */
export function consistencyFailures(
  scheme: Scheme,
  facts: readonly OrderingFact[],
  options: ConsistencyOptions = {},
): string[] {
  const versions = [...new Set(facts.flatMap((f) => [f.a, f.b]))];
  const failures: string[] = [];
  for (const a of versions) {
    for (const b of versions) {
      if (scheme.compare(a, b) !== -scheme.compare(b, a)) failures.push(`not antisymmetric: ${a} vs ${b}`);
    }
  }
  if (options.transitive === false) return failures;
  const sorted = [...versions].sort(scheme.compare);
  for (let i = 0; i + 1 < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const x = sorted[i] ?? "";
      const y = sorted[j] ?? "";
      if (scheme.compare(x, y) > 0) failures.push(`not transitive: sorted ${x} before ${y}`);
    }
  }
  return failures;
}
