import { describe, expect, it } from "vitest";
import { findJsonErrorOffset } from "./json-error-offset.js";
import { lineAndColumn } from "./json-text.js";

describe("findJsonErrorOffset", () => {
  it.each([
    ['{"a": [1, 2, {"b": null}], "c": "x\\u00e9\\n"}', undefined],
    ["  [true, false, -1.5e3]  ", undefined],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ["[1 2]", 3],
    ['{"a": tru}', 6],
    ['{"a": "x\\q"}', 8],
    ['{"a": 01}', 7],
    ["[1] [2]", 4],
    ['{"a": [1, 2', 11],
    ['{"a": "unterminated', 19],
    ["", 0],
    ["}", 0],
  ])("%j -> %s", (text, offset) => {
    expect(findJsonErrorOffset(text)).toBe(offset);
  });
});

describe("lineAndColumn", () => {
  it("counts 1-based lines and columns", () => {
    expect(lineAndColumn("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\ncd\nef", 8)).toEqual({ line: 3, column: 3 });
  });
});
