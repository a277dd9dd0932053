import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InvalidVersionError } from "../errors.js";
import { consistencyFailures, loadOrderingFixture, orderingFailures } from "../ordering-fixture.js";
import { deb } from "./index.js";

const facts = loadOrderingFixture(fileURLToPath(new URL("testdata/deb.txt", import.meta.url)));

describe("deb", () => {
  it("holds every fact of testdata/deb.txt", () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    expect(orderingFailures(deb, facts)).toEqual([]);
  });

  it("is antisymmetric and transitive over the fixture's versions", () => {
    expect(consistencyFailures(deb, facts)).toEqual([]);
  });

  it("normalizes equal versions alike", () => {
    expect(deb.normalize("0:1.00-0")).toBe("1.");
    expect(deb.normalize("1:2.36-9+deb12u4")).toBe("1:2.36-9+deb12u4");
  });

  it("treats a tilde as a pre-release", () => {
    expect(deb.isStable("2.36-9+deb12u4")).toBe(true);
    expect(deb.isStable("1.0~rc1-1")).toBe(false);
  });

  it("refuses what Debian policy does not allow", () => {
    for (const bad of ["", "a1.0", "1.0-", "1:", ":1.0", "1.0:1", "1.0 1", "x:1.0", "1.0-1_2", "1.0-a:b"]) {
      expect(deb.isValid(bad), bad).toBe(false);
    }
    expect(() => deb.compare("1.0", "a1.0")).toThrow(InvalidVersionError);
  });
});
