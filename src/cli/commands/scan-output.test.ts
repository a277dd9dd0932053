import { describe, expect, it } from "vitest";
import type { Component } from "../../domain/component.js";
import type { ScanWarning } from "../../scanner/index.js";
import { chooseFormat, componentsByPurl, summariseWarnings } from "./scan-output.js";

const log4j = (location: string, extra: Partial<Component> = {}): Component => ({
  purl: "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
  type: "maven",
  namespace: "org.apache.logging.log4j",
  name: "log4j-core",
  version: "2.14.1",
  qualifiers: "",
  locations: [location],
  ...extra,
});

describe("componentsByPurl", () => {
  it("unites the locations of copies and keeps only the facts every copy shares", () => {
    const merged = componentsByPurl([
      log4j("/b.jar", {
        properties: { "needle:log4j:jndilookup-removed": "true", "needle:identity": "pom.properties" },
        hashes: [{ alg: "SHA-256", value: "aa" }],
      }),
      log4j("/a.ear!/web.war!/WEB-INF/lib/log4j-core-2.14.1.jar", {
        properties: { "needle:identity": "pom.properties" },
        hashes: [{ alg: "SHA-256", value: "bb" }],
      }),
    ]);
    expect(merged).toEqual([
      log4j("", {
        locations: ["/a.ear!/web.war!/WEB-INF/lib/log4j-core-2.14.1.jar", "/b.jar"],
        properties: { "needle:identity": "pom.properties" },
      }),
    ]);
  });

  it("leaves a single copy as it is", () => {
    const one = log4j("/x.jar", { properties: { "needle:log4j:jndilookup-removed": "true" } });
    expect(componentsByPurl([one])).toEqual([one]);
  });
});

describe("summariseWarnings", () => {
  const warnings: ScanWarning[] = [
    ...["/a", "/b", "/c", "/d"].map((path) => ({ path, code: "archive-corrupt" as const, message: "bad" })),
    { path: "/proc", code: "pseudo-filesystem", message: "skipped" },
  ];

  it("counts by code, most frequent first, with the first paths of each", () => {
    expect(summariseWarnings(warnings, false)).toEqual([
      "5 paths not read fully: 4 archive-corrupt, 1 pseudo-filesystem",
      "  archive-corrupt: /a, /b, /c (+1 more)",
      "  pseudo-filesystem: /proc",
      "  (all of them with --debug)",
    ]);
  });

  it("lists every warning when asked", () => {
    expect(summariseWarnings(warnings, true)).toHaveLength(5);
    expect(summariseWarnings([], false)).toEqual([]);
  });
});

describe("chooseFormat", () => {
  it("defaults to a table on a terminal and CycloneDX elsewhere", () => {
    expect(chooseFormat(undefined, true)).toBe("table");
    expect(chooseFormat(undefined, false)).toBe("cyclonedx");
    expect(chooseFormat("SPDX", false)).toBe("spdx");
  });
});
