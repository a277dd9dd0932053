#!/usr/bin/env node
/**
 * Checks and makes version ordering facts (src/versioning/<scheme>/testdata/<scheme>.txt)
 * with the reference implementations installed on the machine:
 *   maven: java -cp /usr/share/java/maven3-artifact.jar ...ComparableVersion (Maven 3.8.7)
 *   deb:   dpkg --compare-versions
 *   rpm:   rpm --eval "%{lua: rpm.vercmp(a, b)}" (apt-get install -y rpm)
 *   pypi:  python3 with the `packaging` library (packaging.version.Version, PEP 440)
 *
 * Usage:
 *   node scripts/gen-version-vectors.mjs check [maven|deb|rpm|pypi ...]   every fixture line against the tool
 *   node scripts/gen-version-vectors.mjs gen SCHEME V1 V2 [V3 ...]   fact lines for consecutive pairs
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const MAVEN_JAR = "/usr/share/java/maven3-artifact.jar";
const MAVEN_CLASS = "org.apache.maven.artifact.versioning.ComparableVersion";

/** Maven prints one comparison per consecutive pair of its arguments. */
function mavenCompare(pairs) {
  const args = pairs.flat();
  const output = execFileSync("java", ["-cp", MAVEN_JAR, MAVEN_CLASS, ...args], { encoding: "utf8" });
  const relations = [...output.matchAll(/^\s+\S+ (<|>|==) \S+$/gm)].map((m) => m[1]);
  if (relations.length !== args.length - 1) throw new Error("unexpected output from Maven");
  return pairs.map((_, k) => (relations[2 * k] === "==" ? "=" : relations[2 * k]));
}

function debCompare(pairs) {
  const ok = (a, op, b) => spawnSync("dpkg", ["--compare-versions", a, op, b]).status === 0;
  return pairs.map(([a, b]) => (ok(a, "lt", b) ? "<" : ok(a, "eq", b) ? "=" : ">"));
}

function rpmCompare(pairs) {
  const quote = (v) => `'${v.replace(/[\\']/g, "\\$&")}'`;
  const calls = pairs.map(([a, b]) => `print(rpm.vercmp(${quote(a)}, ${quote(b)}) .. ',')`).join(" ");
  const output = execFileSync("rpm", ["--eval", `%{lua: ${calls}}`], { encoding: "utf8" });
  const results = output
    .trim()
    .split(",")
    .filter((s) => s !== "");
  return results.map((r) => (Number(r) < 0 ? "<" : Number(r) > 0 ? ">" : "="));
}

const PYTHON_COMPARE = `
import json, sys
from packaging.version import Version
for a, b in json.load(sys.stdin):
    x, y = Version(a), Version(b)
    print("<" if x < y else "=" if x == y else ">")
`;

function pypiCompare(pairs) {
  const output = execFileSync("python3", ["-c", PYTHON_COMPARE], {
    input: JSON.stringify(pairs),
    encoding: "utf8",
  });
  return output.trim().split("\n");
}

const TOOLS = { maven: mavenCompare, deb: debCompare, rpm: rpmCompare, pypi: pypiCompare };

function readFacts(scheme) {
  const file = join("src", "versioning", scheme, "testdata", `${scheme}.txt`);
  const facts = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((raw, index) => {
      const match = /^(\S+)\s+([<=])\s+(\S+)$/.exec(raw.replace(/#.*$/, "").trim());
      if (match) facts.push({ line: index + 1, a: match[1], relation: match[2], b: match[3] });
    });
  return { file, facts };
}

function check(schemes) {
  let failed = 0;
  for (const scheme of schemes) {
    const { file, facts } = readFacts(scheme);
    const got = TOOLS[scheme](facts.map((f) => [f.a, f.b]));
    facts.forEach((fact, i) => {
      if (got[i] !== fact.relation) {
        failed++;
        console.log(
          `${file}:${fact.line}: ${fact.a} ${fact.relation} ${fact.b}, but ${scheme} says ${got[i]}`,
        );
      }
    });
    console.log(`${scheme}: ${facts.length} facts checked`);
  }
  return failed === 0 ? 0 : 1;
}

function generate(scheme, versions) {
  const pairs = versions.slice(1).map((v, i) => [versions[i], v]);
  TOOLS[scheme](pairs).forEach((relation, i) => {
    const [a, b] = pairs[i];
    console.log(relation === ">" ? `${b} < ${a}` : `${a} ${relation} ${b}`);
  });
  return 0;
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "check") {
  const schemes = rest.length > 0 ? rest : Object.keys(TOOLS);
  const unknown = schemes.filter((s) => !(s in TOOLS));
  if (unknown.length > 0) throw new Error(`no reference tool for ${unknown.join(", ")}`);
  process.exitCode = check(schemes);
} else if (mode === "gen" && rest[0] in TOOLS && rest.length >= 3) {
  process.exitCode = generate(rest[0], rest.slice(1));
} else {
  console.error("usage: gen-version-vectors.mjs check [maven|deb|rpm|pypi ...] | gen SCHEME V1 V2 [...]");
  process.exitCode = 2;
}
