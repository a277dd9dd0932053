import { describe, expect, it } from "vitest";
import { manifest } from "../../testdata-gen/jar-builder.js";
import { identify } from "./identify.js";
import { parseFileName } from "./parse-file-name.js";
import { parseManifest } from "./parse-manifest.js";
import { parsePomProperties, parseProperties } from "./parse-pom-properties.js";

describe("parseFileName", () => {
  it.each([
    ["log4j-core-2.0-beta9.jar", "log4j-core", "2.0-beta9"],
    ["commons-lang3-3.12.0.jar", "commons-lang3", "3.12.0"],
    ["guava-31.1-jre.jar", "guava", "31.1-jre"],
    ["spring-boot-2.7.0.RELEASE.jar", "spring-boot", "2.7.0.RELEASE"],
    ["logging.jar", "logging", ""],
    ["web-109.war", "web-109", ""],
  ])("%s -> %s %s", (file, name, version) => {
    expect(parseFileName(file)).toEqual({ name, version });
  });
});

describe("parseManifest", () => {
  it("joins 72-byte continuation lines and stops at the end of the main section", () => {
    const long = "org.example.a.very.long.symbolic.name.that.wraps.over.more.than.one.line.core";
    const text = `${manifest({ "Bundle-SymbolicName": long, "Implementation-Version": "1.0" })}Name: other\r\nImplementation-Version: 9\r\n`;
    expect(text.split("\r\n").every((l) => Buffer.byteLength(l) <= 72)).toBe(true);
    const parsed = parseManifest(text);
    expect(parsed.get("bundle-symbolicname")).toBe(long);
    expect(parsed.get("implementation-version")).toBe("1.0");
  });
});

describe("parsePomProperties", () => {
  it("reads keys with = and :, comments, escapes and continuations", () => {
    const props = parseProperties("# c\n! c\ngroupId = org.a\nartifactId:b\\\n   -c\nversion=1\\u002e0\n");
    expect(Object.fromEntries(props)).toEqual({ groupId: "org.a", artifactId: "b-c", version: "1.0" });
  });

  it("falls back to the path for missing coordinates", () => {
    expect(parsePomProperties("version=2", "META-INF/maven/org.x/y/pom.properties", "/a.jar")).toEqual({
      groupId: "org.x",
      artifactId: "y",
      version: "2",
    });
  });
});

describe("identify", () => {
  const pom = (artifactId: string, version = "1.0") => ({ groupId: "g", artifactId, version });

  it("takes the pom.properties matching the file name as the archive's own among several", () => {
    const ids = identify({
      poms: [pom("dep"), pom("app", "2.0")],
      manifest: new Map(),
      fileName: { name: "app", version: "2.0" },
    });
    expect(ids.map((i) => [i.artifactId, i.own])).toEqual([
      ["dep", false],
      ["app", true],
    ]);
  });

  it("adds a manifest identity when no pom.properties is the archive's own", () => {
    const manifestAttrs = new Map([
      ["implementation-title", "shell"],
      ["implementation-version", "3.1"],
      ["implementation-vendor-id", "org.shell"],
    ]);
    const ids = identify({
      poms: [pom("a"), pom("b")],
      manifest: manifestAttrs,
      fileName: { name: "x", version: "" },
    });
    expect(ids.map((i) => `${i.groupId}:${i.artifactId}:${i.version}:${i.evidence}:${i.own}`)).toEqual([
      "g:a:1.0:pom.properties:false",
      "g:b:1.0:pom.properties:false",
      "org.shell:shell:3.1:manifest:true",
    ]);
  });

  it("looks up well-known groupIds for file-name-only archives and says so", () => {
    const [id] = identify({
      poms: [],
      manifest: new Map(),
      fileName: { name: "log4j-core", version: "2.0-beta9" },
    });
    expect(id).toMatchObject({
      groupId: "org.apache.logging.log4j",
      evidence: "file-name",
      groupGuessed: true,
    });
  });

  it("finds nothing in an archive without any identity", () => {
    expect(identify({ poms: [], manifest: new Map(), fileName: { name: "app", version: "" } })).toEqual([]);
  });
});
