import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InvalidVersionError } from "../errors.js";
import { consistencyFailures, loadOrderingFixture, orderingFailures } from "../ordering-fixture.js";
import { generic } from "./index.js";

const facts = loadOrderingFixture(fileURLToPath(new URL("testdata/generic.txt", import.meta.url)));

describe("generic", () => {
  it("holds every fact of testdata/generic.txt", () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    expect(orderingFailures(generic, facts)).toEqual([]);
  });

  it("is antisymmetric and transitive over the fixture's versions", () => {
    expect(consistencyFailures(generic, facts)).toEqual([]);
  });

  it("normalizes segments", () => {
    expect(generic.normalize("01.0RC1-0")).toBe("1.0.rc.1");
    expect(generic.normalize("2.0.0")).toBe("2");
  });

  it("is stable only when every segment is a number", () => {
    expect(generic.isStable("1.2.3")).toBe(true);
    expect(generic.isStable("1.2.3-beta")).toBe(false);
  });

  it("refuses empty segments and other characters", () => {
    for (const bad of ["", "1..0", ".1", "1.", "1 0", "1/0", "1~0"]) {
      expect(generic.isValid(bad), bad).toBe(false);
    }
    expect(() => generic.compare("1..0", "1")).toThrow(InvalidVersionError);
  });
});
