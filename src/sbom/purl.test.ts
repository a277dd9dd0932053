import { describe, expect, it } from "vitest";
import { parseCpe } from "./cpe.js";
import { canonicalPurl, genericPurl } from "./purl.js";

describe("canonicalPurl", () => {
  it.each([
    ["pkg:NPM/%40Scope/Left-Pad@1.0.0", "pkg:npm/%40scope/left-pad@1.0.0"],
    ["pkg:maven/Org.Apache/Commons-IO@2.6?type=jar", "pkg:maven/Org.Apache/Commons-IO@2.6?type=jar"],
    ["pkg:pypi/Flask_Login@0.6.2", "pkg:pypi/flask-login@0.6.2"],
    [
      "pkg:deb/debian/curl@7.88.1-10?distro=debian-12&arch=amd64",
      "pkg:deb/debian/curl@7.88.1-10?arch=amd64&distro=debian-12",
    ],
    ["pkg:maven/a/b@1?repository_url=https%3A%2F%2Fr&download_url=x&checksum=sha1%3Aab", "pkg:maven/a/b@1"],
    ["pkg:golang/github.com/gorilla/mux@v1.8.0#subpkg", "pkg:golang/github.com/gorilla/mux@v1.8.0"],
  ])("%s -> %s", (input, expected) => {
    expect(canonicalPurl(input)).toMatchObject({ purl: expected });
  });

  it("fills the identity fields", () => {
    expect(canonicalPurl("pkg:rpm/fedora/curl@7.50.3-1.fc25?arch=i386&distro=fedora-25")).toEqual({
      purl: "pkg:rpm/fedora/curl@7.50.3-1.fc25?arch=i386&distro=fedora-25",
      type: "rpm",
      namespace: "fedora",
      name: "curl",
      version: "7.50.3-1.fc25",
      qualifiers: "arch=i386&distro=fedora-25",
    });
    expect(canonicalPurl("pkg:npm/lodash")).toMatchObject({ namespace: "", version: "", qualifiers: "" });
  });

  it("returns the reason for an invalid purl, and caches it too", () => {
    expect(canonicalPurl("log4j-core-2.14.1.jar")).toEqual({ error: expect.stringContaining("pkg") });
    expect(canonicalPurl("log4j-core-2.14.1.jar")).toBe(canonicalPurl("log4j-core-2.14.1.jar"));
  });

  it("builds generic purls, encoding what needs it", () => {
    expect(genericPurl("", "my tool", "1.0").purl).toBe("pkg:generic/my%20tool@1.0");
    expect(genericPurl("acme", "tool", "").purl).toBe("pkg:generic/acme/tool");
  });
});

describe("parseCpe", () => {
  it("reads CPE 2.3 formatted strings, with escapes", () => {
    expect(parseCpe("cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*")).toEqual({
      vendor: "apache",
      product: "log4j",
      version: "2.14.1",
    });
    expect(parseCpe("cpe:2.3:a:vendor\\:x:prod\\-uct:*:*:*:*:*:*:*:*")).toEqual({
      vendor: "vendor:x",
      product: "prod-uct",
      version: "",
    });
  });

  it("reads CPE 2.2 URIs", () => {
    expect(parseCpe("cpe:/a:openbsd:openssh:8.2%20p1")).toEqual({
      vendor: "openbsd",
      product: "openssh",
      version: "8.2 p1",
    });
  });

  it("refuses CPEs without a concrete vendor and product", () => {
    expect(parseCpe("cpe:2.3:a:*:log4j:1:*:*:*:*:*:*:*")).toBeUndefined();
    expect(parseCpe("not a cpe")).toBeUndefined();
  });
});
