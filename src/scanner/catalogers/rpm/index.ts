/**
 * rpm-db: packages in rpm's SQLite database (`rpmdb.sqlite`, table Packages(hnum, blob)),
 * opened from memory, read-only, as `pkg:rpm/<vendor>/<name>@<version>-<release>?arch=&epoch=`.
 * A database in WAL mode is read as its main file only (not yet checkpointed changes are missed).
 */
import Database from "better-sqlite3";
import { z } from "zod";
import type { Component } from "../../../domain/component.js";
import { type NeedleError, ParseError } from "../../../domain/errors.js";
import { baseName } from "../../archive-names.js";
import type { Cataloger, CatalogResult } from "../../cataloger.js";
import { buildComponent } from "../../component-builder.js";
import { ScanProblem } from "../../errors.js";
import { messageOf } from "../text-cataloger.js";
import { parseRpmHeader, type RpmHeader } from "./parse-rpm-header.js";

const Row = z.object({ hnum: z.number(), blob: z.instanceof(Uint8Array) });

const VENDORS: readonly [RegExp, string][] = [
  [/red ?hat/i, "redhat"],
  [/fedora/i, "fedora"],
  [/centos/i, "centos"],
  [/rocky/i, "rocky"],
  [/alma/i, "almalinux"],
  [/suse/i, "suse"],
  [/amazon/i, "amazon"],
  [/oracle/i, "oracle"],
];

export function rpmVendor(vendor: string): string {
  return (
    VENDORS.find(([pattern]) => pattern.test(vendor))?.[1] ??
    (vendor.split(/\s/)[0] ?? "").toLowerCase().replace(/[^a-z0-9]/g, "")
  );
}

function toComponent(h: RpmHeader, location: string): Component {
  const qualifiers: Record<string, string> = { arch: h.arch };
  if (h.epoch !== undefined) qualifiers.epoch = String(h.epoch);
  return buildComponent({
    type: "rpm",
    namespace: rpmVendor(h.vendor),
    name: h.name,
    version: h.release ? `${h.version}-${h.release}` : h.version,
    qualifiers,
    location,
  });
}

function openFromMemory(bytes: Uint8Array): Database.Database {
  const copy = Buffer.from(bytes);
  // Header bytes 18-19 are the write/read format versions; 2 means WAL, which an in-memory
  // database cannot use (https://www.sqlite.org/fileformat.html#file_format_version_numbers).
  if (copy.byteLength > 19 && copy[18] === 2) copy[18] = 1;
  if (copy.byteLength > 19 && copy[19] === 2) copy[19] = 1;
  return new Database(copy, { readonly: true });
}

function readPackages(bytes: Uint8Array, path: string): CatalogResult {
  const components: Component[] = [];
  const errors: NeedleError[] = [];
  const db = openFromMemory(bytes);
  try {
    for (const raw of db.prepare("SELECT hnum, blob FROM Packages").iterate()) {
      const row = Row.safeParse(raw);
      if (!row.success) {
        errors.push(new ParseError("expected a row (hnum integer, blob)", { file: path, field: "Packages" }));
        continue;
      }
      try {
        const header = parseRpmHeader(row.data.blob, `${path} (Packages hnum ${row.data.hnum})`);
        if (header.name !== "gpg-pubkey") components.push(toComponent(header, path));
      } catch (error) {
        errors.push(error instanceof ParseError ? error : new ParseError(messageOf(error), { file: path }));
      }
    }
  } finally {
    db.close();
  }
  return { components, errors };
}

export const rpmDbCataloger: Cataloger = {
  name: "rpm-db",
  wants: (path) => baseName(path) === "rpmdb.sqlite",
  async catalog(file, ctx) {
    if (file.size > ctx.limits.maxMetadataBytes) {
      return {
        components: [],
        errors: [new ScanProblem("metadata-too-large", file.path, `${file.size} bytes`)],
      };
    }
    try {
      return readPackages(await file.read(), file.path);
    } catch (error) {
      if (error instanceof Database.SqliteError) {
        return {
          components: [],
          errors: [new ParseError(`not a readable rpm database: ${error.message}`, { file: file.path })],
        };
      }
      throw error;
    }
  },
};
