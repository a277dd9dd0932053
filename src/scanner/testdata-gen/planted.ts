/**
 * A planted fixture tree: files written under a root, plus what a perfect scan finds there
 * (components with their exact locations, and a warning for each robustness case), so tests
 * and benchmarks can compute recall.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ScanWarningCode } from "../types.js";

export interface PlantedComponent {
  purl: string;
  /** Absolute location, nested archive levels joined with `!/`. */
  location: string;
  /** Properties the component must carry (others may be present). */
  properties?: Record<string, string>;
  /** Short description of the case, for reports. */
  case: string;
}

export interface PlantedWarning {
  code: ScanWarningCode;
  path: string;
  case: string;
}

export class Planted {
  readonly components: PlantedComponent[] = [];
  readonly warnings: PlantedWarning[] = [];

  constructor(readonly root: string) {}

  /** Absolute path of a path relative to the root. */
  at(relative: string): string {
    return join(this.root, relative);
  }

  write(relative: string, content: Uint8Array | string): string {
    const path = this.at(relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  }

  expect(testCase: string, purl: string, location: string, properties?: Record<string, string>): void {
    this.components.push({ case: testCase, purl, location, ...(properties ? { properties } : {}) });
  }

  warn(testCase: string, code: ScanWarningCode, path: string): void {
    this.warnings.push({ case: testCase, code, path });
  }
}
