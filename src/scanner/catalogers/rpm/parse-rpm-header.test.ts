import { describe, expect, it } from "vitest";
import { ParseError } from "../../../domain/errors.js";
import { rpmVendor } from "./index.js";
import { encodeRpmHeader, parseRpmHeader, RPMTAG } from "./parse-rpm-header.js";

describe("parseRpmHeader", () => {
  it("decodes string and int32 tags written by the encoder", () => {
    const blob = encodeRpmHeader([
      [RPMTAG.NAME, "openssl-libs"],
      [RPMTAG.VERSION, "3.0.7"],
      [RPMTAG.RELEASE, "24.el9"],
      [RPMTAG.EPOCH, 1],
      [RPMTAG.ARCH, "x86_64"],
    ]);
    expect(parseRpmHeader(blob, "db")).toEqual({
      name: "openssl-libs",
      version: "3.0.7",
      release: "24.el9",
      epoch: 1,
      arch: "x86_64",
      vendor: "",
    });
  });

  it("rejects blobs whose index runs past their end", () => {
    const blob = encodeRpmHeader([[RPMTAG.NAME, "x"]]);
    expect(() => parseRpmHeader(blob.subarray(0, 12), "db")).toThrow(ParseError);
    expect(() => parseRpmHeader(new Uint8Array(3), "db")).toThrow(ParseError);
  });

  it("maps vendors to purl namespaces", () => {
    expect(rpmVendor("Red Hat, Inc.")).toBe("redhat");
    expect(rpmVendor("Fedora Project")).toBe("fedora");
    expect(rpmVendor("Acme Corp.")).toBe("acme");
  });
});
