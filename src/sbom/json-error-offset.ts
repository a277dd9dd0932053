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
  const stack: string[] = [];
  let expect: Expect = "value";
  let i = 0;
  for (;;) {
    i = skipWhitespace(text, i);
    if (i >= text.length) return expect === "end" ? undefined : text.length;
    const c = text[i];
    if (expect === "end") return i;
    if (expect === "colon") {
      if (c !== ":") return i;
      expect = "value";
      i++;
    } else if (expect === "key" || expect === "keyOrClose") {
      if (c === "}" && expect === "keyOrClose") {
        stack.pop();
        expect = afterValue(stack);
        i++;
        continue;
      }
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      expect = "colon";
      i = end;
    } else if (expect === "commaOrClose") {
      const top = stack.at(-1);
      if (c === ",") expect = top === "{" ? "key" : "value";
      else if ((c === "}" && top === "{") || (c === "]" && top === "[")) {
        stack.pop();
        expect = afterValue(stack);
      } else return i;
      i++;
    } else {
      if (c === "]" && expect === "valueOrClose") {
        stack.pop();
        expect = afterValue(stack);
        i++;
      } else if (c === "{" || c === "[") {
        stack.push(c);
        expect = c === "{" ? "keyOrClose" : "valueOrClose";
        i++;
      } else {
        const end = scanScalar(text, i);
        if (end < 0) return -end - 1;
        expect = afterValue(stack);
        i = end;
      }
    }
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
