import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InvalidVersionError } from "../errors.js";
import { consistencyFailures, loadOrderingFixture, orderingFailures } from "../ordering-fixture.js";
import { pypi } from "./index.js";

const facts = loadOrderingFixture(fileURLToPath(new URL("testdata/pypi.txt", import.meta.url)));

describe("pypi", () => {
  it("holds every fact of testdata/pypi.txt", () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    expect(orderingFailures(pypi, facts)).toEqual([]);
  });

  it("is antisymmetric and transitive over the fixture's versions", () => {
    expect(consistencyFailures(pypi, facts)).toEqual([]);
  });

  it("normalizes equal versions alike", () => {
    expect(pypi.normalize("v1.0.0")).toBe("1");
    expect(pypi.normalize("1!2.0-ALPHA-1.post-2.dev3+Ubuntu-01")).toBe("1!2a1.post2.dev3+ubuntu.1");
  });

  it("tells pre-releases and dev releases from releases", () => {
    expect(pypi.isStable("2.32.0")).toBe(true);
    expect(pypi.isStable("1.0.post1")).toBe(true);
    expect(pypi.isStable("1.0rc1")).toBe(false);
    expect(pypi.isStable("1.0.dev1")).toBe(false);
  });

  it("refuses what PEP 440 does not allow", () => {
    for (const bad of ["", "1.0-beta-2-x", "latest", "1.0+", "1.0+a..b", "1.0.*", "a1.0"]) {
      expect(pypi.isValid(bad), bad).toBe(false);
    }
    expect(() => pypi.compare("latest", "1.0")).toThrow(InvalidVersionError);
  });
});
