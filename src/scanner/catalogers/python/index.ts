/**
 * Python catalogers: installed distributions (`*.dist-info/METADATA`, `*.egg-info/PKG-INFO`),
 * pinned requirements files and poetry.lock; all as `pkg:pypi/<name>@<version>`, the name
 * normalised as the purl spec says (lower case, `_` -> `-`).
 */
import type { Component } from "../../../domain/component.js";
import { type NeedleError, ParseError } from "../../../domain/errors.js";
import { baseName } from "../../archive-names.js";
import { buildComponent } from "../../component-builder.js";
import { messageOf, textCataloger } from "../text-cataloger.js";
import { type PythonRecord, parseCoreMetadata, parsePoetryLock, parseRequirements } from "./parse-python.js";

function pypi(name: string, version: string, location: string): Component {
  return buildComponent({ type: "pypi", name: name.replace(/[-_.]+/g, "-"), version, location });
}

function build(records: PythonRecord[], path: string): { components: Component[]; errors: NeedleError[] } {
  const components: Component[] = [];
  const errors: NeedleError[] = [];
  for (const r of records) {
    try {
      components.push(pypi(r.name, r.version, path));
    } catch (error) {
      errors.push(new ParseError(`invalid package: ${messageOf(error)}`, { file: path, line: r.line }));
    }
  }
  return { components, errors };
}

const INSTALLED = /\.dist-info\/METADATA$|\.egg-info\/PKG-INFO$/;

export const pythonCatalogers = [
  textCataloger({
    name: "python-installed",
    matches: (path) => INSTALLED.test(path),
    parse(text, path) {
      const { name, version } = parseCoreMetadata(text);
      if (!name || !version) {
        return {
          components: [],
          errors: [new ParseError("expected Name: and Version: headers", { file: path })],
        };
      }
      return build([{ name, version, line: 1 }], path);
    },
  }),
  textCataloger({
    name: "python-requirements",
    matches: (path) => /^requirements[^/]*\.txt$/.test(baseName(path)),
    parse: (text, path) => build(parseRequirements(text), path),
  }),
  textCataloger({
    name: "python-poetry-lock",
    matches: (path) => baseName(path) === "poetry.lock",
    parse: (text, path) => build(parsePoetryLock(text), path),
  }),
];
