import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InvalidVersionError } from "../errors.js";
import { consistencyFailures, loadOrderingFixture, orderingFailures } from "../ordering-fixture.js";
import { npm } from "./index.js";

const facts = loadOrderingFixture(fileURLToPath(new URL("testdata/npm.txt", import.meta.url)));

describe("npm", () => {
  it("holds every fact of testdata/npm.txt", () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    expect(orderingFailures(npm, facts)).toEqual([]);
  });

  it("is antisymmetric and transitive over the fixture's versions", () => {
    expect(consistencyFailures(npm, facts)).toEqual([]);
  });

  it("normalizes away build metadata", () => {
    expect(npm.normalize("1.2.3-rc.1+build.5")).toBe("1.2.3-rc.1");
    expect(npm.normalize("v1.2.3")).toBe("1.2.3");
  });

  it("tells pre-releases from releases", () => {
    expect(npm.isStable("4.17.21")).toBe(true);
    expect(npm.isStable("1.0.0-rc.1")).toBe(false);
  });

  it("refuses loose and malformed versions", () => {
    for (const bad of [
      "",
      "1.2",
      "1",
      "01.2.3",
      "1.2.3-01",
      "=1.2.3",
      " 1.2.3",
      "1.2.3 ",
      "1.2.3-",
      "1.2.3.4",
    ]) {
      expect(npm.isValid(bad), bad).toBe(false);
    }
    expect(() => npm.compare("1.2", "1.2.0")).toThrow(InvalidVersionError);
  });
});
