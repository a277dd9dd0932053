import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogers } from "./registry.js";

describe("cataloger registry", () => {
  it("registers every folder under catalogers/ (names are <folder> or <folder>-<kind>)", () => {
    const folders = readdirSync(new URL("./catalogers/", import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    for (const folder of folders) {
      expect(
        catalogers.some((c) => c.name === folder || c.name.startsWith(`${folder}-`)),
        folder,
      ).toBe(true);
    }
  });

  it("has unique names of the form <ecosystem>-<kind>", () => {
    const names = catalogers.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });
});
