/**
 * Finds the offset of the first syntax error in JSON text (RFC 8259), for error messages only:
 * it runs after JSON.parse has already failed. Iterative, so deep nesting cannot overflow the stack.
 */

type Expect = "value" | "valueOrClose" | "key" | "keyOrClose" | "colon" | "commaOrClose" | "end";

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"];

/**
 * The UTF-16 offset where the text stops being valid JSON (`text.length` when it ends too early),
 * or undefined when the scanner finds no fault.
 */
export function findJsonErrorOffset(text: string): number | undefined {
  const scanner = new Scanner(text);
  for (;;) {
    scanner.i = skipWhitespace(text, scanner.i);
    if (scanner.i >= text.length) return scanner.expect === "end" ? undefined : text.length;
    const fault = scanner.step(text[scanner.i] ?? "");
    if (fault !== undefined) return fault;
  }
}

/** A pushdown automaton over JSON tokens: `expect` is what may come next, `stack` the open containers. */
class Scanner {
  i = 0;
  expect: Expect = "value";
  readonly stack: string[] = [];

  constructor(private readonly text: string) {}

  /** Consumes the token starting with `c`; returns the fault offset if it may not come here. */
  step(c: string): number | undefined {
    switch (this.expect) {
      case "end":
        return this.i;
      case "colon":
        if (c !== ":") return this.i;
        this.expect = "value";
        this.i++;
        return undefined;
      case "key":
      case "keyOrClose":
        if (c === "}" && this.expect === "keyOrClose") return this.close();
        if (c !== '"') return this.i;
        this.expect = "colon";
        return this.advance(scanString(this.text, this.i));
      case "commaOrClose":
        return this.afterComma(c);
      default:
        return this.value(c);
    }
  }

  private afterComma(c: string): number | undefined {
    const top = this.stack.at(-1);
    if ((c === "}" && top === "{") || (c === "]" && top === "[")) return this.close();
    if (c !== ",") return this.i;
    this.expect = top === "{" ? "key" : "value";
    this.i++;
    return undefined;
  }

  private value(c: string): number | undefined {
    if (c === "]" && this.expect === "valueOrClose") return this.close();
    if (c === "{" || c === "[") {
      this.stack.push(c);
      this.expect = c === "{" ? "keyOrClose" : "valueOrClose";
      this.i++;
      return undefined;
    }
    this.expect = afterValue(this.stack);
    return this.advance(scanScalar(this.text, this.i));
  }

  private close(): undefined {
    this.stack.pop();
    this.expect = afterValue(this.stack);
    this.i++;
    return undefined;
  }

  /** Moves past a scanned token, or reports its fault (encoded as -(offset)-1). */
  private advance(end: number): number | undefined {
    if (end < 0) return -end - 1;
    this.i = end;
    return undefined;
  }
}

function afterValue(stack: string[]): Expect {
  return stack.length > 0 ? "commaOrClose" : "end";
}

function skipWhitespace(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return j;
    j++;
  }
}

/** End offset of the string starting at `start`, or -(fault offset)-1. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c === 0x5c) {
      const e = text[i + 1];
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -i - 1;
        i += 6;
        continue;
      }
      if (e === undefined || !'"\\/bfnrt'.includes(e)) return -i - 1;
      i += 2;
      continue;
    }
    i++;
  }
  return -text.length - 1;
}

/** End offset of the number or literal at `start`, or -(fault offset)-1. */
function scanScalar(text: string, start: number): number {
  if (text[start] === '"') return scanString(text, start);
  for (const literal of LITERALS) {
    if (text.startsWith(literal, start)) return start + literal.length;
  }
  NUMBER.lastIndex = start;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  return -start - 1;
}
