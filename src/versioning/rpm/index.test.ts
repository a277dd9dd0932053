import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InvalidVersionError } from "../errors.js";
import { consistencyFailures, loadOrderingFixture, orderingFailures } from "../ordering-fixture.js";
import { rpm } from "./index.js";

const facts = loadOrderingFixture(fileURLToPath(new URL("testdata/rpm.txt", import.meta.url)));

describe("rpm", () => {
  it("holds every fact of testdata/rpm.txt", () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    expect(orderingFailures(rpm, facts)).toEqual([]);
  });

  it("is antisymmetric and transitive over the fixture's versions", () => {
    expect(consistencyFailures(rpm, facts)).toEqual([]);
  });

  it("normalizes equal versions alike", () => {
    expect(rpm.normalize("0:1.01_0-1.el8")).toBe("1.1.0-1.el.8");
    expect(rpm.normalize("1:1.1.1k-7.el8_6")).toBe("1:1.1.1.k-7.el.8.6");
  });

  it("treats a tilde as a pre-release", () => {
    expect(rpm.isStable("2.17.1-1.el8")).toBe(true);
    expect(rpm.isStable("1.0~rc1-1")).toBe(false);
  });

  it("refuses what is not epoch:version-release", () => {
    for (const bad of ["", "1.0-1-2", "1.0 1", "a:1.0", ":1.0", "1.0-", "-1"]) {
      expect(rpm.isValid(bad), bad).toBe(false);
    }
    expect(() => rpm.compare("1.0", "1.0-1-2")).toThrow(InvalidVersionError);
  });
});
