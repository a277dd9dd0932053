/**
 * dpkg-status: installed Debian packages (`Status: install ok installed` only), as
 * `pkg:deb/debian/<name>@<version>?arch=<arch>` (https://github.com/package-url/purl-spec).
 */
import type { Component } from "../../../domain/component.js";
import { type NeedleError, ParseError } from "../../../domain/errors.js";
import { buildComponent } from "../../component-builder.js";
import { endsWithSegments, textCataloger } from "../text-cataloger.js";
import { parseDpkgStatus } from "./parse-dpkg-status.js";

export const dpkgStatusCataloger = textCataloger({
  name: "dpkg-status",
  matches: (path) => endsWithSegments(path, "var/lib/dpkg/status"),
  parse(text, path) {
    const components: Component[] = [];
    const errors: NeedleError[] = [];
    for (const record of parseDpkgStatus(text)) {
      const status = record.fields.get("Status")?.split(/\s+/);
      if (status?.[0] !== "install" || status[2] !== "installed") continue;
      const name = record.fields.get("Package");
      const version = record.fields.get("Version");
      if (!name || !version) {
        errors.push(new ParseError("expected Package and Version", { file: path, line: record.line }));
        continue;
      }
      const arch = record.fields.get("Architecture") ?? "";
      components.push(
        buildComponent({
          type: "deb",
          namespace: "debian",
          name,
          version,
          qualifiers: { arch },
          location: path,
        }),
      );
    }
    return { components, errors };
  },
});
