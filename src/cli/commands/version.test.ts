import { afterEach, describe, expect, it } from "vitest";
import { runCommand } from "./command-test-support.js";
import { versionCommand } from "./version.js";

const run = (...args: string[]) => runCommand(versionCommand, args);

afterEach(() => {
  process.exitCode = 0;
});

describe("needle version compare", () => {
  it("prints <, = or > with the scheme's rules", async () => {
    expect((await run("version", "compare", "maven", "2.0-beta9", "2.0")).stdout).toBe("<\n");
    expect((await run("version", "compare", "maven", "2.0", "2.0.0")).stdout).toBe("=\n");
    expect((await run("version", "compare", "deb", "1.0", "1.0~rc1")).stdout).toBe(">\n");
    expect((await run("version", "compare", "Debian:12", "1:1.0", "2.0")).stdout).toBe(">\n");
  });

  it("prints an object under --json", async () => {
    const { stdout, exitCode } = await run("--json", "version", "compare", "npm", "1.0.0-rc.1", "1.0.0");
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      scheme: "npm",
      a: "1.0.0-rc.1",
      b: "1.0.0",
      result: "<",
      order: -1,
    });
  });

  it("exits 2 naming the bad version and scheme", async () => {
    const { stdout, stderr, exitCode } = await run("version", "compare", "npm", "1.0", "1.0.0");
    expect(exitCode).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/npm: invalid version "1.0": expected a SemVer 2.0.0 version/);
  });

  it("exits 2 naming an unknown scheme and the known ones", async () => {
    const { stderr, exitCode } = await run("version", "compare", "cargo", "1.0.0", "1.0.1");
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/unknown version scheme "cargo" \(known: maven, npm, pypi/);
  });
});

describe("needle version in-range", () => {
  const log4j = "vers:maven/>=2.0-beta9|<2.3.1|>=2.4|<2.12.2|>=2.13.0|<2.15.0";

  it("prints true or false", async () => {
    expect((await run("version", "in-range", "2.14.1", log4j)).stdout).toBe("true\n");
    expect((await run("version", "in-range", "2.12.4", log4j)).stdout).toBe("false\n");
    expect((await run("version", "in-range", "2.17.1", log4j)).stdout).toBe("false\n");
  });

  it("prints an object under --json and warns about normalisations on stderr", async () => {
    const { stdout, stderr } = await run(
      "--json",
      "version",
      "in-range",
      "2.0-rc1",
      "vers:maven/<2.15.0|>=2.0-beta9",
    );
    expect(JSON.parse(stdout)).toEqual({
      version: "2.0-rc1",
      range: "vers:maven/>=2.0-beta9|<2.15.0",
      scheme: "maven",
      contains: true,
    });
    expect(stderr).toMatch(/warning: .*not sorted by version/);
  });

  it("exits 2 naming the wrong part of the range", async () => {
    const bad = await run("version", "in-range", "1.0.0", "vers:npm/<1.0.0|<2.0.0");
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/constraints "<1.0.0" then "<2.0.0"/);
    const scheme = await run("version", "in-range", "1.0.0", "vers:crates/<1.0.0");
    expect(scheme.stderr).toMatch(/versioning scheme "crates": unknown/);
    const version = await run("version", "in-range", "latest", "vers:npm/<1.0.0");
    expect(version.exitCode).toBe(2);
    expect(version.stderr).toMatch(/npm: invalid version "latest"/);
  });
});
