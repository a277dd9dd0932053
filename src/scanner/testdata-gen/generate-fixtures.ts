/**
 * Writes the planted scanner fixture tree under `root` and returns what a perfect scan
 * finds there. Used by the scanner tests (into a temporary directory) and the benchmark.
 */
import { plantJava } from "./java-fixtures.js";
import { plantLanguages } from "./lang-fixtures.js";
import { plantOperatingSystems } from "./os-fixtures.js";
import { Planted } from "./planted.js";
import { plantRobustness } from "./robust-fixtures.js";

export type { PlantedComponent, PlantedWarning } from "./planted.js";

export interface FixtureOptions {
  /** Include the robustness cases (symlink loops, FIFO, zip bomb ...); default true. */
  robustness?: boolean;
}

export function generateFixtures(root: string, options: FixtureOptions = {}): Planted {
  const planted = new Planted(root);
  plantJava(planted);
  plantLanguages(planted);
  plantOperatingSystems(planted);
  if (options.robustness !== false) plantRobustness(planted);
  return planted;
}
