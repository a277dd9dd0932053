import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InvalidVersionError } from "../errors.js";
import { consistencyFailures, loadOrderingFixture, orderingFailures } from "../ordering-fixture.js";
import { golang } from "./index.js";

const facts = loadOrderingFixture(fileURLToPath(new URL("testdata/golang.txt", import.meta.url)));

describe("golang", () => {
  it("holds every fact of testdata/golang.txt", () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    expect(orderingFailures(golang, facts)).toEqual([]);
  });

  it("is antisymmetric and transitive over the fixture's versions", () => {
    expect(consistencyFailures(golang, facts)).toEqual([]);
  });

  it("normalizes to the v form without +incompatible", () => {
    expect(golang.normalize("1.2.3")).toBe("v1.2.3");
    expect(golang.normalize("v2.0.0+incompatible")).toBe("v2.0.0");
  });

  it("treats pseudo-versions as pre-releases", () => {
    expect(golang.isStable("v1.2.3")).toBe(true);
    expect(golang.isStable("v0.0.0-20210101000000-abcdefabcdef")).toBe(false);
  });

  it("refuses what is not a module version", () => {
    for (const bad of [
      "",
      "v1",
      "v1.2",
      "vv1.2.3",
      "v1.2.3+build",
      "v1.0.0+incompatible",
      "V1.2.3",
      "go1.21",
    ]) {
      expect(golang.isValid(bad), bad).toBe(false);
    }
    expect(() => golang.compare("v1", "v1.0.0")).toThrow(InvalidVersionError);
  });
});
