import { describe, expect, it } from "vitest";
import { compareDigits, defineScheme } from "./define-scheme.js";
import { InvalidVersionError } from "./errors.js";

function countingScheme(cacheSize: number) {
  const calls = { parse: 0 };
  const scheme = defineScheme<number>(
    {
      id: "counting",
      displayName: "Counting",
      specUrl: "https://example.invalid/",
      ecosystems: [],
      expected: "digits",
      parse: (v) => {
        calls.parse++;
        if (v === "boom") throw new Error("parser bug");
        return /^\d+$/.test(v) ? Number(v) : null;
      },
      compare: (a, b) => a - b,
      normalize: String,
      isStable: () => true,
    },
    { cacheSize },
  );
  return { scheme, calls };
}

describe("defineScheme", () => {
  it("parses each version once while it stays in the cache", () => {
    const { scheme, calls } = countingScheme(100);
    for (let i = 0; i < 10; i++) expect(scheme.compare("1", "20")).toBe(-1);
    expect(calls.parse).toBe(2);
    expect(scheme.isValid("x")).toBe(false);
    expect(scheme.isValid("x")).toBe(false);
    expect(calls.parse).toBe(3);
  });

  it("stays bounded and correct when the working set is larger than the cache", () => {
    const { scheme, calls } = countingScheme(4);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 50; i++) expect(scheme.compare(String(i), String(i + 1))).toBe(-1);
    }
    expect(calls.parse).toBeGreaterThan(50);
  });

  it("keeps predicates from throwing and makes compare throw a typed error", () => {
    const { scheme } = countingScheme(10);
    expect(scheme.isValid("boom")).toBe(false);
    expect(scheme.equals("boom", "1")).toBe(false);
    expect(scheme.isStable("boom")).toBe(false);
    expect(scheme.normalize("boom")).toBeNull();
    expect(() => scheme.compare("1", "boom")).toThrow(InvalidVersionError);
    expect(() => scheme.compare("1", "boom")).toThrow('counting: invalid version "boom": expected digits');
  });

  it("returns -1, 0 or 1 from compare", () => {
    const { scheme } = countingScheme(10);
    expect(scheme.compare("1", "100")).toBe(-1);
    expect(scheme.compare("100", "1")).toBe(1);
    expect(scheme.compare("007", "7")).toBe(0);
  });
});

describe("compareDigits", () => {
  it("compares digit runs of any length by value", () => {
    expect(compareDigits("", "0")).toBe(0);
    expect(compareDigits("007", "7")).toBe(0);
    expect(Math.sign(compareDigits("10", "9"))).toBe(1);
    expect(Math.sign(compareDigits("99999999999999999999", "100000000000000000000"))).toBe(-1);
    expect(Math.sign(compareDigits("123", "124"))).toBe(-1);
  });
});
