/**
 * os-release: the operating system itself, as a component with a CPE (NVD's dictionary
 * names: https://nvd.nist.gov/products/cpe). A purl has no type for an OS, so it is
 * `pkg:generic/<ID>@<VERSION_ID>` with property `needle:component-type` = `operating-system`.
 */
import { ParseError } from "../../../domain/errors.js";
import { buildComponent } from "../../component-builder.js";
import { endsWithSegments, textCataloger } from "../text-cataloger.js";
import { parseOsRelease } from "./parse-os-release.js";

/** os-release ID -> CPE vendor:product. */
const CPE_NAMES: Readonly<Record<string, string>> = {
  debian: "debian:debian_linux",
  ubuntu: "canonical:ubuntu_linux",
  rhel: "redhat:enterprise_linux",
  centos: "centos:centos",
  fedora: "fedoraproject:fedora",
  alpine: "alpinelinux:alpine_linux",
  sles: "suse:linux_enterprise_server",
  opensuse: "opensuse:opensuse",
  rocky: "rocky:rocky_linux",
  almalinux: "almalinux:almalinux",
  amzn: "amazon:amazon_linux",
  ol: "oracle:linux",
};

const WILD = ":*:*:*:*:*:*:*";

/** CPE 2.3 formatted string; a CPE 2.2 URI from CPE_NAME (`cpe:/o:a:b:1`) is rewritten to it. */
export function osCpe(fields: Map<string, string>): string {
  const stated = fields.get("CPE_NAME");
  if (stated?.startsWith("cpe:2.3:")) return stated;
  if (stated?.startsWith("cpe:/")) {
    const parts = stated.slice(5).split(":").slice(0, 4);
    while (parts.length < 4) parts.push("*");
    return `cpe:2.3:${parts.map((p) => p || "*").join(":")}${WILD}`;
  }
  const id = (fields.get("ID") ?? "").toLowerCase();
  const version = fields.get("VERSION_ID") || "*";
  return `cpe:2.3:o:${CPE_NAMES[id] ?? `${id}:${id}`}:${version}${WILD}`;
}

export const osReleaseCataloger = textCataloger({
  name: "os-release",
  matches: (path) => endsWithSegments(path, "etc/os-release") || endsWithSegments(path, "usr/lib/os-release"),
  parse(text, path) {
    const fields = parseOsRelease(text);
    const id = fields.get("ID");
    if (!id) return { components: [], errors: [new ParseError("expected an ID= line", { file: path })] };
    const properties: Record<string, string> = { "needle:component-type": "operating-system" };
    const pretty = fields.get("PRETTY_NAME");
    if (pretty) properties["needle:os:pretty-name"] = pretty;
    const component = buildComponent({
      type: "generic",
      name: id.toLowerCase(),
      version: fields.get("VERSION_ID") ?? "",
      location: path,
      cpe: osCpe(fields),
      properties,
    });
    return { components: [component], errors: [] };
  },
});
