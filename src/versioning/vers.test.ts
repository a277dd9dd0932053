import { describe, expect, it } from "vitest";
import { InvalidVersionError, InvalidVersRangeError } from "./errors.js";
import { containsVersion, formatVers, parseVers } from "./vers.js";

describe("parseVers", () => {
  it("reads the log4j range with Maven's order", () => {
    const range = parseVers("vers:maven/>=2.0-beta9|<2.15.0");
    expect(range.scheme.id).toBe("maven");
    expect(range.constraints).toEqual([
      { comparator: ">=", version: "2.0-beta9" },
      { comparator: "<", version: "2.15.0" },
    ]);
    expect(range.warnings).toEqual([]);
  });

  it("reads a star, exact versions, != and an explicit =", () => {
    expect(parseVers("vers:npm/*").any).toBe(true);
    expect(parseVers("vers:npm/1.2.3").constraints).toEqual([{ comparator: "=", version: "1.2.3" }]);
    expect(parseVers("vers:npm/=1.2.3|!=1.2.4").constraints).toEqual([
      { comparator: "=", version: "1.2.3" },
      { comparator: "!=", version: "1.2.4" },
    ]);
  });

  it("ignores spaces, stray pipes, and unquotes %-escapes", () => {
    const range = parseVers(" vers:pypi / >= 1.0 || < 2.0 | ");
    expect(formatVers(range)).toBe("vers:pypi/>=1.0|<2.0");
    expect(parseVers("vers:generic/1.0%2B1").constraints[0]?.version).toBe("1.0+1");
  });

  it("sorts and drops exact duplicates with warnings", () => {
    const range = parseVers("vers:maven/<2.15.0|>=2.0-beta9|<2.15.0");
    expect(formatVers(range)).toBe("vers:maven/>=2.0-beta9|<2.15.0");
    expect(range.warnings).toEqual([
      "constraints were not sorted by version; sorted them",
      'duplicate constraint "<2.15.0" dropped',
    ]);
  });

  it("sorts by the scheme, not by text", () => {
    expect(formatVers(parseVers("vers:npm/<1.10.0|>=1.9.0"))).toBe("vers:npm/>=1.9.0|<1.10.0");
    expect(formatVers(parseVers("vers:deb/<1.0|>=1.0~rc1"))).toBe("vers:deb/>=1.0~rc1|<1.0");
  });

  it("names the wrong part of a malformed range", () => {
    const cases: [string, RegExp][] = [
      ["maven/>=1.0", /URI scheme: must start with "vers:"/],
      ["VERS:maven/1.0", /URI scheme/],
      ["vers:maven", /versioning scheme: expected/],
      ["vers:/1.0", /versioning scheme: missing/],
      ["vers:Maven/1.0", /versioning scheme "Maven": must be lower case/],
      ["vers:cargo/1.0", /versioning scheme "cargo": unknown \(known: maven, npm/],
      ["vers:npm/", /constraints: empty/],
      ["vers:npm/|", /constraints: no constraint/],
      ["vers:npm/*|1.0.0", /"\*" must stand alone/],
      ["vers:npm/>=", /constraint ">=": the version is empty/],
      ["vers:npm/>=1.0", /constraint ">=1.0": "1.0" is not a valid npm version/],
      ["vers:npm/1.0.0%zz", /malformed %-escape/],
      ["vers:npm/<1.0.0|<2.0.0", /constraints "<1.0.0" then "<2.0.0": after "<" or "<="/],
      ["vers:npm/>1.0.0|>=2.0.0", /after ">" or ">=" a "<" or "<=" must follow/],
      ["vers:npm/1.0.0|<2.0.0", /after "=" only/],
      ["vers:npm/<1.0.0|>=1.0.0", /constraints "<1.0.0" and ">=1.0.0": each version may appear/],
      ["vers:npm/1.0.0\u00e9", /only printable ASCII/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseVers(text), text).toThrow(InvalidVersRangeError);
      expect(() => parseVers(text), text).toThrow(message);
    }
  });
});

describe("containsVersion", () => {
  const log4j = parseVers("vers:maven/>=2.0-beta9|<2.3.1|>=2.4|<2.12.2|>=2.13.0|<2.15.0");

  it("follows the spec on the Log4Shell ranges", () => {
    const inside = ["2.0-beta9", "2.0-rc1", "2.0", "2.3", "2.4", "2.12.1", "2.13.0", "2.14.1"];
    const outside = ["2.0-alpha1", "1.2.17", "2.3.1", "2.3.2", "2.12.2", "2.12.4", "2.15.0", "2.17.1"];
    for (const v of inside) expect(containsVersion(log4j, v), v).toBe(true);
    for (const v of outside) expect(containsVersion(log4j, v), v).toBe(false);
  });

  it("handles open ends, inclusive bounds, = and !=", () => {
    expect(containsVersion("vers:npm/<1.0.0", "0.9.0")).toBe(true);
    expect(containsVersion("vers:npm/<1.0.0", "1.0.0")).toBe(false);
    expect(containsVersion("vers:npm/<=1.0.0", "1.0.0")).toBe(true);
    expect(containsVersion("vers:npm/>1.0.0", "1.0.0")).toBe(false);
    expect(containsVersion("vers:npm/>1.0.0", "1.0.1")).toBe(true);
    expect(containsVersion("vers:npm/>=1.0.0", "1.0.0")).toBe(true);
    expect(containsVersion("vers:npm/1.0.0|2.0.0", "2.0.0")).toBe(true);
    expect(containsVersion("vers:npm/1.0.0|2.0.0", "1.5.0")).toBe(false);
    expect(containsVersion("vers:npm/>=1.0.0|!=1.2.0|<2.0.0", "1.2.0")).toBe(false);
    expect(containsVersion("vers:npm/>=1.0.0|!=1.2.0|<2.0.0", "1.3.0")).toBe(true);
    expect(containsVersion("vers:npm/!=1.2.0", "1.3.0")).toBe(true);
    expect(containsVersion("vers:npm/*", "0.0.1")).toBe(true);
    expect(containsVersion("vers:npm/<1.0.0|>=2.0.0", "1.5.0")).toBe(false);
    expect(containsVersion("vers:npm/<1.0.0|>=2.0.0", "3.0.0")).toBe(true);
  });

  it("compares with the scheme's equality, not the text", () => {
    expect(containsVersion("vers:maven/2.0", "2.0.0")).toBe(true);
    expect(containsVersion("vers:pypi/>=1.0|<2.0", "2.0.0rc1")).toBe(true);
    expect(containsVersion("vers:deb/<1.0", "1.0~rc1")).toBe(true);
  });

  it("throws a typed error for a version the scheme cannot read", () => {
    expect(() => containsVersion("vers:npm/*", "1.0")).toThrow(InvalidVersionError);
    expect(() => containsVersion(log4j, "")).toThrow(/maven: invalid version ""/);
  });
});
