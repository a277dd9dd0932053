import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InvalidVersionError } from "../errors.js";
import { consistencyFailures, loadOrderingFixture, orderingFailures } from "../ordering-fixture.js";
import { maven } from "./index.js";

const facts = loadOrderingFixture(fileURLToPath(new URL("testdata/maven.txt", import.meta.url)));

describe("maven", () => {
  it("holds every fact of testdata/maven.txt (checked against Maven 3.8.7)", () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    expect(orderingFailures(maven, facts)).toEqual([]);
  });

  it("is antisymmetric over the fixture's versions", () => {
    expect(consistencyFailures(maven, facts, { transitive: false })).toEqual([]);
  });

  it("keeps Maven's own cycle between a dotted qualifier and a nested list", () => {
    // Maven 3.8.7 prints exactly this cycle; matching follows Maven, not a tidier order.
    expect(maven.compare("1.foo.1", "1-alpha")).toBe(-1);
    expect(maven.compare("1-alpha", "1")).toBe(-1);
    expect(maven.compare("1", "1.foo.1")).toBe(-1);
  });

  it("is transitive over ordinary release lines", () => {
    const plain = /^[\d.]+(-(alpha|beta|milestone|rc|cr|snapshot|sp|m)\d*)?$/i;
    const ordinary = facts.filter((f) => plain.test(f.a) && plain.test(f.b));
    expect(ordinary.length).toBeGreaterThan(30);
    expect(consistencyFailures(maven, ordinary)).toEqual([]);
  });

  it("orders the log4j-core releases around Log4Shell", () => {
    const sorted = ["2.17.1", "2.0", "2.12.4", "2.0-rc1", "2.3.2", "2.0-beta9"].sort(maven.compare);
    expect(sorted).toEqual(["2.0-beta9", "2.0-rc1", "2.0", "2.3.2", "2.12.4", "2.17.1"]);
  });

  it("normalizes like Maven's canonical form", () => {
    expect(maven.normalize("2.0-beta9")).toBe("2-beta-9");
    expect(maven.normalize("1.0.0.RELEASE")).toBe("1");
    expect(maven.normalize("1-ga-1")).toBe("1--1");
  });

  it("tells pre-releases from releases", () => {
    expect(maven.isStable("2.17.1")).toBe(true);
    expect(maven.isStable("5.3.0.RELEASE")).toBe(true);
    expect(maven.isStable("2.0-beta9")).toBe(false);
    expect(maven.isStable("1.0-SNAPSHOT")).toBe(false);
    expect(maven.isStable("3.0.0-M5")).toBe(false);
    expect(maven.isStable("1.0-cr1")).toBe(false);
  });

  it("rejects empty text and spaces; compare throws a typed error", () => {
    expect(maven.isValid("")).toBe(false);
    expect(maven.isValid("1.0 beta")).toBe(false);
    expect(maven.equals("", "")).toBe(false);
    expect(() => maven.compare("1.0", "")).toThrow(InvalidVersionError);
  });
});
