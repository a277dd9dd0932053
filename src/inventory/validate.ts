/**
 * Turns zod validation into Needle's messages (`assets.csv:14: field "criticality":
 * expected a whole number from 1 to 5, got "9"`), and gathers the problems of a whole
 * file so the user fixes them in one pass instead of one per run.
 */
import type { z } from "zod";
import { InputError } from "../domain/errors.js";

const SHOWN_PROBLEMS = 20;

export class ProblemList {
  readonly problems: string[] = [];

  constructor(readonly file: string) {}

  add(where: string, message: string): void {
    this.problems.push(`${where}: ${message}`);
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }

  /** Throws one InputError listing the problems, when there are any; nothing was written. */
  throwIfAny(): void {
    if (this.empty) return;
    const shown = this.problems.slice(0, SHOWN_PROBLEMS);
    const more = this.problems.length - shown.length;
    const tail = more > 0 ? `\n  ... and ${more} more` : "";
    throw new InputError(
      `${this.file}: ${this.problems.length} problem${this.problems.length === 1 ? "" : "s"}, nothing imported:\n  ${shown.join("\n  ")}${tail}`,
    );
  }
}

/** Validates one record; on failure adds a problem per field and returns undefined. */
export function check<S extends z.ZodType>(
  schema: S,
  values: unknown,
  where: string,
  problems: ProblemList,
): z.output<S> | undefined {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? `field "${issue.path.join(".")}": ` : "";
    problems.add(where, `${field}${issue.message}`);
  }
  return undefined;
}
