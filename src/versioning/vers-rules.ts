/**
 * The validation rules of the purl `vers` spec over parsed constraints: sort by version,
 * drop exact duplicates (a warning), and check that comparators alternate.
 * https://github.com/package-url/purl-spec/blob/master/VERSION-RANGE-SPEC.rst
 */
import { InvalidVersRangeError } from "./errors.js";
import type { Scheme } from "./scheme.js";

export type VersComparator = "=" | "!=" | "<" | "<=" | ">" | ">=";

export interface VersConstraint {
  readonly comparator: VersComparator;
  readonly version: string;
}

export interface NormalizedConstraints {
  readonly constraints: VersConstraint[];
  readonly warnings: string[];
}

const text = (c: VersConstraint): string => `${c.comparator === "=" ? "" : c.comparator}${c.version}`;
const isLess = (c: VersConstraint): boolean => c.comparator === "<" || c.comparator === "<=";
const isGreater = (c: VersConstraint): boolean => c.comparator === ">" || c.comparator === ">=";

/** Sorts by the scheme's order and removes repeated constraints; a version used twice differently is an error. */
export function sortAndDedupe(
  range: string,
  scheme: Scheme,
  input: readonly VersConstraint[],
): NormalizedConstraints {
  const warnings: string[] = [];
  const sorted = [...input].sort((a, b) => scheme.compare(a.version, b.version));
  if (sorted.some((c, i) => c !== input[i]))
    warnings.push("constraints were not sorted by version; sorted them");
  const constraints: VersConstraint[] = [];
  for (const constraint of sorted) {
    const previous = constraints[constraints.length - 1];
    if (previous !== undefined && scheme.compare(previous.version, constraint.version) === 0) {
      if (previous.comparator !== constraint.comparator) {
        throw new InvalidVersRangeError(
          range,
          `constraints "${text(previous)}" and "${text(constraint)}"`,
          "each version may appear in only one constraint",
        );
      }
      warnings.push(`duplicate constraint "${text(constraint)}" dropped`);
      continue;
    }
    constraints.push(constraint);
  }
  return { constraints, warnings };
}

/**
 * Ignoring `!=`, a `=` is followed only by `=`, `>` or `>=`; ignoring `=` too, lesser and greater
 * comparators alternate. Anything else is an empty or redundant range, which the spec forbids.
 */
export function checkAlternation(range: string, constraints: readonly VersConstraint[]): void {
  const fail = (a: VersConstraint, b: VersConstraint, expected: string): never => {
    throw new InvalidVersRangeError(range, `constraints "${text(a)}" then "${text(b)}"`, expected);
  };
  const withoutUnequal = constraints.filter((c) => c.comparator !== "!=");
  withoutUnequal.forEach((c, i) => {
    const next = withoutUnequal[i + 1];
    if (c.comparator === "=" && next !== undefined && isLess(next)) {
      fail(c, next, 'after "=" only "=", ">" or ">=" may follow');
    }
  });
  const bounds = withoutUnequal.filter((c) => c.comparator !== "=");
  bounds.forEach((c, i) => {
    const next = bounds[i + 1];
    if (next === undefined) return;
    if (isLess(c) && isLess(next)) fail(c, next, 'after "<" or "<=" a ">" or ">=" must follow');
    if (isGreater(c) && isGreater(next)) fail(c, next, 'after ">" or ">=" a "<" or "<=" must follow');
  });
}
