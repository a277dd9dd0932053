import { describe, expect, it } from "vitest";
import { ParseError } from "../../../domain/errors.js";
import { parsePackageLock } from "./parse-package-lock.js";
import { parsePnpmKey } from "./parse-pnpm-lock.js";
import { parseYarnLock, specName } from "./parse-yarn-lock.js";

describe("npm parsers", () => {
  it("splits yarn and pnpm specs, scoped names included", () => {
    expect(specName("@babel/core@^7.0.0")).toBe("@babel/core");
    expect(specName("lodash@npm:4.17.21")).toBe("lodash");
    expect(parsePnpmKey("/@types/node/18.0.0_typescript@5.0.0", true)).toEqual({
      name: "@types/node",
      version: "18.0.0",
    });
    expect(parsePnpmKey("/@types/semver@7.5.0(typescript@5.0.0)", false)).toEqual({
      name: "@types/semver",
      version: "7.5.0",
    });
    expect(parsePnpmKey("ws@8.14.2", false)).toEqual({ name: "ws", version: "8.14.2" });
  });

  it("reports a malformed package-lock as a ParseError naming the file", () => {
    expect(() => parsePackageLock("{not json", "/x/package-lock.json")).toThrow(ParseError);
    expect(() => parsePackageLock('{"packages": 3}', "/x/package-lock.json")).toThrow(/package-lock.json/);
  });

  it("reads yarn v1 headers with several specs", () => {
    expect(parseYarnLock('"a@^1", a@^1.1:\n  version "1.2.0"\n', "y")).toEqual([
      { name: "a", version: "1.2.0" },
    ]);
  });
});
