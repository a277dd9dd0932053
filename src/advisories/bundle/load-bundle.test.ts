import { describe, expect, it } from "vitest";
import type { Advisory } from "../../domain/advisory.js";
import { affects, affectsCpe } from "../match.js";
import { loadBundledAdvisories } from "./load-bundle.js";

const advisories = loadBundledAdvisories();
const byId = new Map(advisories.map((a) => [a.id, a]));
const LOG4SHELL_FAMILY = ["CVE-2021-44228", "CVE-2021-45046", "CVE-2021-45105", "CVE-2021-44832"];

function affecting(type: string, namespace: string, name: string, version: string, ids: string[]): string[] {
  const component = { type, namespace, name, version };
  return ids.filter((id) => byId.get(id)?.affected.some((pkg) => affects(pkg, component)));
}

const log4jCore = (version: string) =>
  affecting("maven", "org.apache.logging.log4j", "log4j-core", version, LOG4SHELL_FAMILY);

describe("bundled notable advisories", () => {
  it("loads every record with its aliases, computed scores and notes", () => {
    expect(advisories.map((a) => a.id)).toEqual([
      "CVE-2003-0352",
      "CVE-2006-3439",
      "CVE-2019-17571",
      "CVE-2021-4104",
      "CVE-2021-44228",
      "CVE-2021-44832",
      "CVE-2021-45046",
      "CVE-2021-45105",
      "CVE-2022-22965",
    ]);
    const scores = Object.fromEntries(
      advisories.map((a) => [a.id, a.severity.cvss3?.score ?? a.severity.cvss2?.score]),
    );
    expect(scores).toEqual({
      "CVE-2003-0352": 7.5,
      "CVE-2006-3439": 10,
      "CVE-2019-17571": 9.8,
      "CVE-2021-4104": 7.5,
      "CVE-2021-44228": 10,
      "CVE-2021-44832": 6.6,
      "CVE-2021-45046": 9,
      "CVE-2021-45105": 5.9,
      "CVE-2022-22965": 9.8,
    });
    expect(byId.get("CVE-2021-44228")?.aliases).toEqual(["GHSA-jfh8-c2jp-5v3q"]);
    expect(byId.get("CVE-2021-44228")?.kev).toMatchObject({ dateAdded: "2021-12-10", dueDate: "2021-12-24" });
    expect(byId.get("CVE-2021-44832")?.notes?.join(" ")).toMatch(/CVE record is followed/);
    for (const a of advisories) expect(a.notes?.length, a.id).toBeGreaterThan(0);
  });

  // Each line of the Log4Shell family, from the CVE records' affected versions.
  const truth: [string, string[]][] = [
    ["2.0-beta9", LOG4SHELL_FAMILY],
    ["2.0-beta8", ["CVE-2021-45105", "CVE-2021-44832"]],
    ["2.0-beta6", ["CVE-2021-45105"]],
    ["2.0", LOG4SHELL_FAMILY],
    ["2.3", LOG4SHELL_FAMILY],
    ["2.3.1", ["CVE-2021-44832"]],
    ["2.3.2", []],
    ["2.4", LOG4SHELL_FAMILY],
    ["2.11.2", LOG4SHELL_FAMILY],
    ["2.12.1", LOG4SHELL_FAMILY],
    ["2.12.2", ["CVE-2021-45105", "CVE-2021-44832"]],
    ["2.12.3", ["CVE-2021-44832"]],
    ["2.12.4", []],
    ["2.13.0", LOG4SHELL_FAMILY],
    ["2.14.1", LOG4SHELL_FAMILY],
    ["2.15.0", ["CVE-2021-45046", "CVE-2021-45105", "CVE-2021-44832"]],
    ["2.16.0", ["CVE-2021-45105", "CVE-2021-44832"]],
    ["2.17.0", ["CVE-2021-44832"]],
    ["2.17.1", []],
    ["2.17.2", []],
    ["2.20.0", []],
    ["2.24.3", []],
  ];
  for (const [version, expected] of truth) {
    it(`log4j-core ${version}: ${expected.join(", ") || "none"}`, () =>
      expect(log4jCore(version)).toEqual(expected));
  }

  it("does not touch log4j-api, which carries none of the flaws", () => {
    expect(affecting("maven", "org.apache.logging.log4j", "log4j-api", "2.14.1", LOG4SHELL_FAMILY)).toEqual(
      [],
    );
  });

  it("log4j 1.x has no fixed version", () => {
    for (const version of ["1.2", "1.2.8", "1.2.17"]) {
      expect(affecting("maven", "log4j", "log4j", version, ["CVE-2021-4104", "CVE-2019-17571"])).toHaveLength(
        2,
      );
    }
    expect(affecting("maven", "log4j", "log4j", "1.1.3", ["CVE-2021-4104", "CVE-2019-17571"])).toEqual([]);
  });

  it("Spring4Shell: spring-beans, webmvc and webflux before 5.2.20 and 5.3.18", () => {
    const spring = (name: string, version: string) =>
      affecting("maven", "org.springframework", name, version, ["CVE-2022-22965"]).length === 1;
    expect(spring("spring-beans", "5.3.17")).toBe(true);
    expect(spring("spring-beans", "5.3.18")).toBe(false);
    expect(spring("spring-webmvc", "5.2.19.RELEASE")).toBe(true);
    expect(spring("spring-webmvc", "5.2.20.RELEASE")).toBe(false);
    expect(spring("spring-webflux", "4.3.30.RELEASE")).toBe(true);
    expect(spring("spring-core", "5.3.17")).toBe(false);
  });

  const windows = (a: Advisory | undefined, product: string, update: string) =>
    affectsCpe(a?.cpeMatches ?? [], `cpe:2.3:o:microsoft:${product}:-:${update}:*:*:*:*:*:*`);

  it("MS03-026 (Welchia): XP SP1 yes, XP SP2 no; Windows 2000 SP0-SP4 and NT 4.0 yes", () => {
    const dcom = byId.get("CVE-2003-0352");
    expect(windows(dcom, "windows_xp", "sp1")).toBe(true);
    expect(windows(dcom, "windows_xp", "-")).toBe(true);
    expect(windows(dcom, "windows_xp", "sp2")).toBe(false);
    expect(windows(dcom, "windows_xp", "sp3")).toBe(false);
    for (const sp of ["-", "sp1", "sp2", "sp3", "sp4"])
      expect(windows(dcom, "windows_2000", sp), sp).toBe(true);
    expect(affectsCpe(dcom?.cpeMatches ?? [], "cpe:2.3:o:microsoft:windows_nt:4.0:sp6a:*:*:*:*:*:*")).toBe(
      true,
    );
    expect(windows(dcom, "windows_server_2003", "-")).toBe(true);
    expect(windows(dcom, "windows_server_2003", "sp1")).toBe(false);
    expect(windows(dcom, "windows_7", "sp1")).toBe(false);
  });

  it("MS06-040 (RINBOT): XP SP2 yes, XP SP3 no, Server 2003 SP1 yes, SP2 no", () => {
    const server = byId.get("CVE-2006-3439");
    expect(windows(server, "windows_xp", "sp2")).toBe(true);
    expect(windows(server, "windows_xp", "sp3")).toBe(false);
    expect(windows(server, "windows_2000", "sp4")).toBe(true);
    expect(windows(server, "windows_server_2003", "sp1")).toBe(true);
    expect(windows(server, "windows_server_2003", "sp2")).toBe(false);
  });
});
