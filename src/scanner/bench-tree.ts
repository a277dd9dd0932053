/**
 * Generates the speed-benchmark tree: `archives` small Maven jars (about 12 KiB each, like
 * real utility libraries), every tenth file a war holding three of them, spread over
 * directories of 100 files. Deterministic: the same options give the same bytes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Coordinates, jar, mavenJar } from "./testdata-gen/jar-builder.js";

export interface BenchTreeOptions {
  /** Archives in the tree, nested ones included (default 3,000). */
  archives?: number;
  /** Class entries per jar (default 40, about 12 KiB per jar). */
  classesPerJar?: number;
}

export interface BenchTree {
  root: string;
  /** Archives written, nested ones included. */
  archives: number;
  /** Files written on disk. */
  files: number;
  bytes: number;
  /** purl of every planted jar (wars carry no identity). */
  purls: string[];
}

const NESTED_PER_WAR = 3;

function coordinates(i: number): Coordinates {
  return { groupId: `org.bench.g${i % 37}`, artifactId: `lib-${i}`, version: `1.${i % 13}.${i % 7}` };
}

/** A jar of `classes` entries with pseudo-random bodies (so they do not compress to nothing). */
function benchJar(i: number, classes: number): Uint8Array {
  const names = Array.from({ length: classes }, (_, k) => `org/bench/g${i % 37}/lib${i}/C${k}.class`);
  return mavenJar(coordinates(i), { classes: names, classBytes: 480 });
}

export function generateBenchTree(root: string, options: BenchTreeOptions = {}): BenchTree {
  const total = options.archives ?? 3000;
  const classes = options.classesPerJar ?? 40;
  const tree: BenchTree = { root, archives: 0, files: 0, bytes: 0, purls: [] };
  let next = 0;
  for (let file = 0; tree.archives < total; file++) {
    const dir = join(root, `app-${Math.floor(file / 100)}`, "lib");
    if (file % 100 === 0) mkdirSync(dir, { recursive: true });
    const war = file % 10 === 9 && total - tree.archives > NESTED_PER_WAR;
    let bytes: Uint8Array;
    let name: string;
    if (war) {
      const nested: Record<string, Uint8Array> = {};
      for (let k = 0; k < NESTED_PER_WAR; k++, next++) {
        const c = coordinates(next);
        nested[`WEB-INF/lib/${c.artifactId}-${c.version}.jar`] = benchJar(next, classes);
        tree.purls.push(`pkg:maven/${c.groupId}/${c.artifactId}@${c.version}`);
      }
      bytes = jar({ nested });
      name = `web-${file}.war`;
      tree.archives += 1 + NESTED_PER_WAR;
    } else {
      const c = coordinates(next);
      bytes = benchJar(next++, classes);
      tree.purls.push(`pkg:maven/${c.groupId}/${c.artifactId}@${c.version}`);
      name = `${c.artifactId}-${c.version}.jar`;
      tree.archives += 1;
    }
    writeFileSync(join(dir, name), bytes);
    tree.files++;
    tree.bytes += bytes.byteLength;
  }
  return tree;
}
