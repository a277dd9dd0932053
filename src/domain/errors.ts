/**
 * The one error hierarchy of Needle. Every error carries a stable string `code`
 * (the server maps codes to HTTP statuses, the CLI to exit codes) and an optional
 * standard `cause`. Messages say what failed, where, and what was expected.
 */
export class NeedleError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Bad input from a user or a file: the CLI exits 2, the server answers 400. */
export class InputError extends NeedleError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("invalid_input", message, options);
  }
}

/** A parse failure tied to a place in a file: `file:line: field: what was expected`. */
export class ParseError extends NeedleError {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(
    detail: string,
    where: { file?: string; line?: number; field?: string } = {},
    options?: { cause?: unknown },
  ) {
    super("parse_error", formatWhere(where) + detail, options);
    this.file = where.file;
    this.line = where.line;
    this.field = where.field;
  }
}

/** Something named does not exist (a unit, an asset, an advisory). */
export class NotFoundError extends NeedleError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("not_found", message, options);
  }
}

/** The caller may not see or change this; the server answers 404 to avoid leaking existence. */
export class AccessError extends NeedleError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("access_denied", message, options);
  }
}

/** A state change that the rules forbid (for example an illegal task transition). */
export class ConflictError extends NeedleError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("conflict", message, options);
  }
}

function formatWhere(where: { file?: string; line?: number; field?: string }): string {
  let prefix = "";
  if (where.file !== undefined) prefix += where.file;
  if (where.line !== undefined) prefix += `${prefix ? ":" : "line "}${where.line}`;
  if (prefix) prefix += ": ";
  if (where.field !== undefined) prefix += `${where.field}: `;
  return prefix;
}
