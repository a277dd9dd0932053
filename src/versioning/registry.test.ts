import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { UnknownSchemeError } from "./errors.js";
import {
  schemeById,
  schemeByName,
  schemeForEcosystem,
  schemeForPurlType,
  schemeIds,
  schemes,
} from "./registry.js";

const here = fileURLToPath(new URL(".", import.meta.url));

describe("registry", () => {
  it("lists every scheme folder", () => {
    const folders = readdirSync(here, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "testdata")
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual([...schemeIds()].sort());
  });

  it("has unique ids and unique ecosystems, each scheme documented", () => {
    expect(new Set(schemeIds()).size).toBe(schemes.length);
    const ecosystems = schemes.flatMap((s) => s.ecosystems);
    expect(new Set(ecosystems).size).toBe(ecosystems.length);
    for (const scheme of schemes) {
      expect(scheme.specUrl).toMatch(/^https:\/\//);
      expect(scheme.displayName).not.toBe("");
    }
  });

  it("finds schemes by id", () => {
    expect(schemeById("maven").id).toBe("maven");
    expect(schemeById("generic").id).toBe("generic");
  });

  it("finds schemes by OSV ecosystem, with release suffixes", () => {
    const cases: [string, string][] = [
      ["Maven", "maven"],
      ["npm", "npm"],
      ["PyPI", "pypi"],
      ["Debian", "deb"],
      ["Debian:12", "deb"],
      ["Ubuntu", "deb"],
      ["Ubuntu:22.04:LTS", "deb"],
      ["Red Hat", "rpm"],
      ["Red Hat:enterprise_linux:8::appstream", "rpm"],
      ["AlmaLinux", "rpm"],
      ["AlmaLinux:8", "rpm"],
      ["Rocky Linux:9", "rpm"],
      ["Go", "golang"],
      ["NuGet", "nuget"],
    ];
    for (const [ecosystem, id] of cases) expect(schemeForEcosystem(ecosystem).id, ecosystem).toBe(id);
  });

  it("finds schemes by a name a person types: id or OSV ecosystem", () => {
    expect(schemeByName("deb").id).toBe("deb");
    expect(schemeByName("Debian:12").id).toBe("deb");
    expect(() => schemeByName("debian")).toThrow(
      /unknown version scheme "debian" \(known: maven, .*, Debian,/,
    );
  });

  it("finds schemes by purl type", () => {
    for (const type of ["maven", "npm", "pypi", "deb", "rpm", "golang", "nuget", "generic"]) {
      expect(schemeForPurlType(type).id).toBe(type);
    }
  });

  it("never falls back: unknown names are errors naming the known ones", () => {
    expect(() => schemeById("semver")).toThrow(UnknownSchemeError);
    expect(() => schemeById("semver")).toThrow(/unknown version scheme "semver" \(known: maven, npm/);
    expect(() => schemeForEcosystem("maven")).toThrow(/known: AlmaLinux, Debian, Go, Mageia, Maven, NuGet/);
    expect(() => schemeForEcosystem("crates.io")).toThrow(UnknownSchemeError);
    expect(() => schemeForEcosystem("")).toThrow(UnknownSchemeError);
    expect(() => schemeForPurlType("cargo")).toThrow(/unknown version purl type "cargo"/);
    expect(() => schemeForPurlType("toString")).toThrow(UnknownSchemeError);
  });
});
