/**
 * Turns the fields read from one SBOM entry into a Component. Every entry is kept: one without a
 * usable purl gets a generic purl, from its CPE when the CPE names a vendor and product (the
 * vendor tells apart products of the same name), otherwise from its group, name and version.
 */
import type { Component } from "../domain/component.js";
import { ParseError } from "../domain/errors.js";
import { parseCpe } from "./cpe.js";
import { canonicalPurl, genericPurl, type PurlIdentity } from "./purl.js";

/** The fields of one SBOM entry, before canonicalisation. */
export interface RawComponent {
  /** How messages name the entry: its bom-ref or SPDXID. */
  ref: string;
  purl?: string | undefined;
  name?: string | undefined;
  /** CycloneDX group (Maven groupId, npm scope); none in SPDX. */
  group?: string | undefined;
  version?: string | undefined;
  cpe?: string | undefined;
  locations: string[];
  properties?: Record<string, string> | undefined;
  hashes?: { alg: string; value: string }[] | undefined;
}

/** Builds the Components of one file and tallies what it had to make up, as warnings. */
export class ComponentBuilder {
  private synthesized = 0;
  private firstSynthesized = "";

  constructor(
    private readonly file: string,
    private readonly warnings: string[],
  ) {}

  /** The Component of one entry; `path` names the entry in errors (`components[4]`). */
  build(raw: RawComponent, path: string): Component {
    const id = this.identity(raw, path);
    // Fields listed one by one: an object spread here cost more than the rest of the reader.
    const component: Component = {
      purl: id.purl,
      type: id.type,
      namespace: id.namespace,
      name: id.name,
      version: id.version,
      qualifiers: id.qualifiers,
      locations: raw.locations,
    };
    if (raw.cpe !== undefined && raw.cpe !== "") component.cpe = raw.cpe;
    if (raw.properties !== undefined && Object.keys(raw.properties).length > 0) {
      component.properties = raw.properties;
    }
    if (raw.hashes !== undefined && raw.hashes.length > 0) component.hashes = raw.hashes;
    return component;
  }

  /** Adds the one summary warning about synthesized purls, if any were made. */
  finish(): void {
    if (this.synthesized === 0) return;
    this.warnings.push(
      `${this.file}: ${this.synthesized} component(s) without a purl were given a generic purl ` +
        `(first: ${this.firstSynthesized})`,
    );
  }

  private identity(raw: RawComponent, path: string): PurlIdentity {
    if (raw.purl !== undefined && raw.purl !== "") {
      const result = canonicalPurl(raw.purl);
      if (!("error" in result)) return result;
      const fallback = this.fallback(raw, path);
      this.warnings.push(
        `${this.file}: ${path} (${raw.ref}): invalid purl ${JSON.stringify(raw.purl)} (${result.error}); ` +
          `using ${fallback.purl}`,
      );
      return fallback;
    }
    const synthesized = this.fallback(raw, path);
    if (this.synthesized++ === 0) this.firstSynthesized = `${raw.ref} -> ${synthesized.purl}`;
    return synthesized;
  }

  private fallback(raw: RawComponent, path: string): PurlIdentity {
    const cpe = raw.cpe === undefined ? undefined : parseCpe(raw.cpe);
    if (cpe !== undefined) return genericPurl(cpe.vendor, cpe.product, cpe.version || (raw.version ?? ""));
    if (raw.name !== undefined && raw.name !== "") {
      return genericPurl(raw.group ?? "", raw.name, raw.version ?? "");
    }
    throw new ParseError("has no purl, CPE or name (expected at least a name)", {
      file: this.file,
      field: path,
    });
  }
}
