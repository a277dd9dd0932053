/**
 * Go module versions: semantic versions with a leading `v`, pseudo-versions, `+incompatible`.
 * See readme.md.
 */
import type { SemVer } from "semver";
import { defineScheme } from "../define-scheme.js";
import { parseStrictSemver } from "../npm/index.js";

/**
 * Go writes `v1.2.3`; OSV's Go entries write `1.2.3`. Both are read. The only build suffix a
 * module version may carry is `+incompatible`, and only from major version 2 on.
 */
function parseGo(version: string): SemVer | null {
  const bare = version.startsWith("v") ? version.slice(1) : version;
  if (!/^\d/.test(bare)) return null;
  const parsed = parseStrictSemver(bare);
  if (parsed === null) return null;
  const build = parsed.build.join(".");
  if (build === "") return parsed;
  return build === "incompatible" && parsed.major >= 2 ? parsed : null;
}

export const golang = defineScheme<SemVer>({
  id: "golang",
  displayName: "Go modules",
  specUrl: "https://go.dev/ref/mod#versions",
  ecosystems: ["Go"],
  expected: "a Go module version such as v1.2.3, v0.0.0-20210101000000-abcdefabcdef or v2.0.0+incompatible",
  parse: parseGo,
  // Go orders by SemVer precedence; pseudo-versions are pre-releases, so they sort by their
  // timestamp before the release they precede. `+incompatible` does not change the order.
  compare: (a, b) => a.compare(b),
  normalize: (parsed) => `v${parsed.version}`,
  isStable: (parsed) => parsed.prerelease.length === 0,
});
