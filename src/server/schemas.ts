/** Request pieces shared by many routes: ids, unit paths, list limits and cursors. */
import { z } from "zod";
import { unitPathProblem } from "../domain/org-unit.js";

/** A positive 32-bit id (both engines' integer key); anything else is a 400, never a 500. */
export const idText = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, "expected a positive whole number")
  .transform(Number)
  .refine((n) => n <= 2_147_483_647, "expected a number below 2^31");

export const unitPath = z.string().superRefine((value, ctx) => {
  const problem = value === "/" ? null : unitPathProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const limitText = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/, "expected a positive whole number")
    .transform(Number)
    .refine((n) => n <= max, `expected at most ${max}`)
    .default(fallback);

/** An opaque cursor: base64url of JSON that names where the previous page ended. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(cursor: string, schema: S): z.output<S> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const result = schema.safeParse(parsed);
  return result.success ? result.data : null;
}
