import { describe, expect, it } from "vitest";
import { compileExclude } from "./glob.js";

describe("compileExclude", () => {
  it("matches base names at any depth when the pattern has no slash", () => {
    const excluded = compileExclude(["*.log", "node_modules"]);
    expect(excluded("/var/log/app.log")).toBe(true);
    expect(excluded("/srv/app/node_modules")).toBe(true);
    expect(excluded("/srv/app/node_modules.txt")).toBe(false);
    expect(excluded("/var/log/app.log.1")).toBe(false);
  });

  it("anchors patterns that start with a slash", () => {
    const excluded = compileExclude(["/srv/*/cache"]);
    expect(excluded("/srv/app/cache")).toBe(true);
    expect(excluded("/data/srv/app/cache")).toBe(false);
    expect(excluded("/srv/a/b/cache")).toBe(false);
  });

  it("matches whole trailing segments, with ** crossing them", () => {
    const excluded = compileExclude(["build/**/tmp", "{a,b}/x?.jar"]);
    expect(excluded("/w/build/tmp")).toBe(true);
    expect(excluded("/w/build/one/two/tmp")).toBe(true);
    expect(excluded("/w/rebuild/tmp")).toBe(false);
    expect(excluded("/w/a/x1.jar")).toBe(true);
    expect(excluded("/w/c/x1.jar")).toBe(false);
  });

  it("excludes nothing without patterns", () => {
    expect(compileExclude([])("/anything")).toBe(false);
  });
});
