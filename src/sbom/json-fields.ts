/**
 * Typed access to fields of parsed JSON. Each reader checks the type of the one field it reads
 * and, when it is wrong, throws a ParseError naming the file and the field's path
 * (`components[3].hashes[0].content`). Hand-written rather than a zod schema per component:
 * an SBOM is read for a few fields only, and the import path reads thousands of SBOMs, so the
 * checks stay on the fields Needle uses and cost next to nothing.
 */
import { ParseError } from "../domain/errors.js";

/** A JSON object, as returned by JSON.parse. */
export type JsonObject = { readonly [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads fields of one file's JSON, naming the file in every error. */
export class FieldReader {
  constructor(readonly file: string) {}

  /** A string field, undefined when absent or null. */
  string(obj: JsonObject, key: string, path: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string") throw this.wrongType(join(path, key), "a string", value);
    return value;
  }

  /** An array field, empty when absent or null. */
  array(obj: JsonObject, key: string, path: string): readonly unknown[] {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.wrongType(join(path, key), "an array", value);
    return value;
  }

  /** An object field, undefined when absent or null. */
  object(obj: JsonObject, key: string, path: string): JsonObject | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (!isJsonObject(value)) throw this.wrongType(join(path, key), "an object", value);
    return value;
  }

  /** Checks that an array element is an object. */
  element(value: unknown, path: string): JsonObject {
    if (!isJsonObject(value)) throw this.wrongType(path, "an object", value);
    return value;
  }

  wrongType(field: string, expected: string, value: unknown): ParseError {
    return new ParseError(`expected ${expected}, got ${describe(value)}`, { file: this.file, field });
  }
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 40)}...` : text}`;
}
