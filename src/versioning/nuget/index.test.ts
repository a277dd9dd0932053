import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InvalidVersionError } from "../errors.js";
import { consistencyFailures, loadOrderingFixture, orderingFailures } from "../ordering-fixture.js";
import { nuget } from "./index.js";

const facts = loadOrderingFixture(fileURLToPath(new URL("testdata/nuget.txt", import.meta.url)));

describe("nuget", () => {
  it("holds every fact of testdata/nuget.txt", () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    expect(orderingFailures(nuget, facts)).toEqual([]);
  });

  it("is antisymmetric and transitive over the fixture's versions", () => {
    expect(consistencyFailures(nuget, facts)).toEqual([]);
  });

  it("normalizes to NuGet's form with lower-cased labels", () => {
    expect(nuget.normalize("1.0")).toBe("1.0.0");
    expect(nuget.normalize("1.2.3.4-Beta.01+meta")).toBe("1.2.3.4-beta.1");
    expect(nuget.normalize("1.2.3.0")).toBe("1.2.3");
  });

  it("tells pre-releases from releases", () => {
    expect(nuget.isStable("13.0.3")).toBe(true);
    expect(nuget.isStable("6.0.0-rc.1.21451.13")).toBe(false);
  });

  it("refuses what is not a NuGet version", () => {
    for (const bad of ["", "1.2.3.4.5", "v1.0.0", "1.0.0-", "1.0.0-beta..1", "1.0.0+", " 1.0", "1.0_1"]) {
      expect(nuget.isValid(bad), bad).toBe(false);
    }
    expect(() => nuget.compare("1.0", "1.0.0.0.0")).toThrow(InvalidVersionError);
  });
});
