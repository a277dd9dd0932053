import { describe, expect, it } from "vitest";
import type { AffectedPackage } from "../domain/advisory.js";
import { InvalidCpeError } from "./errors.js";
import {
  affects,
  affectsCpe,
  cpeMatches,
  ecosystemOfPurlType,
  namesComponent,
  packageNameFor,
} from "./match.js";

const pkg = (
  ecosystem: string,
  name: string,
  events: AffectedPackage["ranges"][number]["events"],
  versions: string[] = [],
) => ({ ecosystem, name, ranges: [{ type: "ECOSYSTEM", events }], versions }) satisfies AffectedPackage;

describe("purl to OSV", () => {
  it("maps purl types (and distro namespaces) to OSV ecosystems", () => {
    expect(ecosystemOfPurlType("maven")).toBe("Maven");
    expect(ecosystemOfPurlType("npm")).toBe("npm");
    expect(ecosystemOfPurlType("pypi")).toBe("PyPI");
    expect(ecosystemOfPurlType("golang")).toBe("Go");
    expect(ecosystemOfPurlType("nuget")).toBe("NuGet");
    expect(ecosystemOfPurlType("deb", "debian")).toBe("Debian");
    expect(ecosystemOfPurlType("deb", "ubuntu")).toBe("Ubuntu");
    expect(ecosystemOfPurlType("rpm", "redhat")).toBe("Red Hat");
    expect(ecosystemOfPurlType("rpm", "almalinux")).toBe("AlmaLinux");
    expect(ecosystemOfPurlType("rpm", "fedora")).toBeUndefined();
    expect(ecosystemOfPurlType("generic")).toBeUndefined();
  });

  it("writes package names as OSV does", () => {
    expect(packageNameFor({ type: "maven", namespace: "org.apache.logging.log4j", name: "log4j-core" })).toBe(
      "org.apache.logging.log4j:log4j-core",
    );
    expect(packageNameFor({ type: "npm", namespace: "@angular", name: "core" })).toBe("@angular/core");
    expect(packageNameFor({ type: "npm", namespace: "angular", name: "core" })).toBe("@angular/core");
    expect(packageNameFor({ type: "pypi", namespace: "", name: "Django_REST.framework" })).toBe(
      "django-rest-framework",
    );
    expect(packageNameFor({ type: "golang", namespace: "github.com/gin-gonic", name: "gin" })).toBe(
      "github.com/gin-gonic/gin",
    );
    expect(packageNameFor({ type: "deb", namespace: "debian", name: "openssl" })).toBe("openssl");
  });
});

describe("affects", () => {
  it("evaluates ranges with the ecosystem's rules (Maven qualifiers, npm pre-releases, PEP 440)", () => {
    const maven = pkg("Maven", "g:a", [{ introduced: "2.0-beta9" }, { fixed: "2.15.0" }]);
    expect(affects(maven, { type: "maven", namespace: "g", name: "a", version: "2.0-rc1" })).toBe(true);
    expect(affects(maven, { type: "maven", namespace: "g", name: "a", version: "2.0-beta1" })).toBe(false);
    expect(affects(maven, { type: "maven", namespace: "g", name: "a", version: "2.15.0" })).toBe(false);
    const npm = pkg("npm", "@scope/lib", [{ introduced: "0" }, { fixed: "1.2.3" }]);
    expect(affects(npm, { type: "npm", namespace: "@scope", name: "lib", version: "1.2.3-rc.1" })).toBe(true);
    expect(affects(npm, { type: "npm", namespace: "@scope", name: "lib", version: "1.2.3" })).toBe(false);
    const pypi = pkg("PyPI", "Example_Pkg", [{ introduced: "0" }, { fixed: "1.0" }]);
    expect(affects(pypi, { type: "pypi", namespace: "", name: "example-pkg", version: "1.0rc1" })).toBe(true);
    expect(affects(pypi, { type: "pypi", namespace: "", name: "example.pkg", version: "1.0.post1" })).toBe(
      false,
    );
  });

  it("matches Debian releases, NuGet ids case-insensitively and explicit version lists", () => {
    const deb = pkg("Debian:12", "openssl", [{ introduced: "0" }, { fixed: "3.0.11-1~deb12u1" }]);
    expect(affects(deb, { type: "deb", namespace: "debian", name: "openssl", version: "3.0.9-1" })).toBe(
      true,
    );
    expect(
      affects(deb, { type: "deb", namespace: "debian", name: "openssl", version: "3.0.11-1~deb12u1" }),
    ).toBe(false);
    const nuget = pkg("NuGet", "Newtonsoft.Json", [{ introduced: "0" }, { fixed: "13.0.1" }]);
    expect(affects(nuget, { type: "nuget", namespace: "", name: "newtonsoft.json", version: "12.0.3" })).toBe(
      true,
    );
    const listed = pkg("npm", "evil", [{ introduced: "0" }, { limit: "0" }], ["1.0.0"]);
    expect(affects(listed, { type: "npm", namespace: "", name: "evil", version: "1.0.0" })).toBe(true);
  });

  it("never matches another ecosystem, another name or an unknown version", () => {
    const maven = pkg("Maven", "g:a", [{ introduced: "0" }]);
    expect(affects(maven, { type: "npm", namespace: "", name: "g:a", version: "1" })).toBe(false);
    expect(affects(maven, { type: "maven", namespace: "g", name: "b", version: "1" })).toBe(false);
    expect(affects(maven, { type: "maven", namespace: "g", name: "a", version: "" })).toBe(false);
    expect(namesComponent(maven, { type: "maven", namespace: "g", name: "a", version: "" })).toBe(true);
  });

  it("refuses to guess for an ecosystem with no version scheme", () => {
    const hex = pkg("Hex", "plug", [{ introduced: "0" }, { fixed: "1.0.0" }]);
    expect(() => affects(hex, { type: "hex", namespace: "", name: "plug", version: "0.9.0" })).toThrow(/Hex/);
  });
});

describe("cpeMatches", () => {
  const xpSp1 = "cpe:2.3:o:microsoft:windows_xp:-:sp1:*:*:*:*:*:*";
  const xpSp2 = "cpe:2.3:o:microsoft:windows_xp:-:sp2:*:*:*:*:*:*";

  it("matches the update field: XP SP1 vs SP2, and an unknown service pack as possibly affected", () => {
    const criterion = { criteria: xpSp1, vulnerable: true };
    expect(cpeMatches(criterion, xpSp1)).toBe(true);
    expect(cpeMatches(criterion, xpSp2)).toBe(false);
    expect(cpeMatches(criterion, "cpe:2.3:o:microsoft:windows_xp:-:*:*:*:*:*:*:*")).toBe(true);
    expect(cpeMatches(criterion, "cpe:2.3:o:Microsoft:Windows_XP:-:SP1:professional:*:*:*:x86:*")).toBe(true);
  });

  it("evaluates NVD version bounds, with the version from the CPE or given apart", () => {
    const range = {
      criteria: "cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*",
      vulnerable: true,
      versionStartIncluding: "2.13.0",
      versionEndExcluding: "2.15.0",
    };
    expect(cpeMatches(range, "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*")).toBe(true);
    expect(cpeMatches(range, "cpe:2.3:a:apache:log4j:2.15.0:*:*:*:*:*:*:*")).toBe(false);
    expect(cpeMatches(range, "cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*", "2.13.0")).toBe(true);
    expect(cpeMatches(range, "cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*")).toBe(false);
    expect(
      cpeMatches({ ...range, versionEndIncluding: "2.14.1" }, "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*"),
    ).toBe(true);
  });

  it("supports wildcards and quoted characters in criteria", () => {
    const wild = { criteria: "cpe:2.3:o:microsoft:windows_server_20*:*:*:*:*:*:*:*:*", vulnerable: true };
    expect(cpeMatches(wild, "cpe:2.3:o:microsoft:windows_server_2003:-:sp1:*:*:*:*:*:*")).toBe(true);
    expect(cpeMatches(wild, xpSp1)).toBe(false);
    const quoted = { criteria: "cpe:2.3:a:example:foo\\:bar:1.0:*:*:*:*:*:*:*", vulnerable: true };
    expect(cpeMatches(quoted, "cpe:2.3:a:example:foo\\:bar:1.0:*:*:*:*:*:*:*")).toBe(true);
  });

  it("skips platform-only criteria in affectsCpe", () => {
    expect(affectsCpe([{ criteria: xpSp1, vulnerable: false }], xpSp1)).toBe(false);
  });

  it("names a CPE that does not parse", () => {
    expect(() =>
      cpeMatches({ criteria: xpSp1, vulnerable: true }, "cpe:/o:microsoft:windows_xp::sp1"),
    ).toThrow(InvalidCpeError);
    expect(() => cpeMatches({ criteria: xpSp1, vulnerable: true }, "cpe:2.3:o:microsoft:windows_xp")).toThrow(
      /"cpe:2.3:o:microsoft:windows_xp": expected 13 colon-separated fields, found 5/,
    );
  });
});
