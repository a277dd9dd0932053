/**
 * npm catalogers: package-lock.json (v1-v3), installed node_modules/<name>/package.json,
 * yarn.lock (v1 and Berry), pnpm-lock.yaml; all as `pkg:npm/<scope>/<name>@<version>`.
 */
import type { Component } from "../../../domain/component.js";
import { type NeedleError, ParseError } from "../../../domain/errors.js";
import { baseName } from "../../archive-names.js";
import { buildComponent } from "../../component-builder.js";
import { textCataloger } from "../text-cataloger.js";
import { type NpmRecord, parseInstalledPackageJson, parsePackageLock } from "./parse-package-lock.js";
import { parsePnpmLock } from "./parse-pnpm-lock.js";
import { parseYarnLock } from "./parse-yarn-lock.js";

export function npmComponent(record: NpmRecord, location: string): Component {
  const slash = record.name.startsWith("@") ? record.name.indexOf("/") : -1;
  return buildComponent({
    type: "npm",
    namespace: slash > 0 ? record.name.slice(0, slash) : "",
    name: slash > 0 ? record.name.slice(slash + 1) : record.name,
    version: record.version,
    location,
  });
}

/** Runs a whole-file parser and turns each record into a component; a bad record is an error. */
function build(records: () => NpmRecord[], path: string): { components: Component[]; errors: NeedleError[] } {
  const components: Component[] = [];
  const errors: NeedleError[] = [];
  try {
    for (const record of records()) {
      try {
        components.push(npmComponent(record, path));
      } catch (error) {
        errors.push(
          new ParseError(`invalid package ${record.name}@${record.version}: ${String(error)}`, {
            file: path,
          }),
        );
      }
    }
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    errors.push(error);
  }
  return { components, errors };
}

const INSTALLED_MANIFEST = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@][^/]*\/package\.json$/;

export const npmCatalogers = [
  textCataloger({
    name: "npm-package-lock",
    matches: (path) => ["package-lock.json", "npm-shrinkwrap.json"].includes(baseName(path)),
    parse: (text, path) => build(() => parsePackageLock(text, path), path),
  }),
  textCataloger({
    name: "npm-package-json",
    matches: (path) => INSTALLED_MANIFEST.test(path),
    parse: (text, path) =>
      build(() => {
        const record = parseInstalledPackageJson(text, path);
        return record ? [record] : [];
      }, path),
  }),
  textCataloger({
    name: "npm-yarn-lock",
    matches: (path) => baseName(path) === "yarn.lock",
    parse: (text, path) => build(() => parseYarnLock(text, path), path),
  }),
  textCataloger({
    name: "npm-pnpm-lock",
    matches: (path) => baseName(path) === "pnpm-lock.yaml",
    parse: (text, path) => build(() => parsePnpmLock(text, path), path),
  }),
];
