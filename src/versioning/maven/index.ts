/**
 * Maven versions: ComparableVersion rules of maven-artifact 3.8.7. See readme.md.
 */
import { defineScheme } from "../define-scheme.js";
import { compareMavenItems, renderMavenItems } from "./compare.js";
import { type MavenItem, parseMavenItems } from "./tokens.js";

/** Pre-release qualifiers: alpha, beta, milestone, rc (cr), snapshot. */
const UNSTABLE_RANKS = new Set(["0", "1", "2", "3", "4"]);

function hasUnstableQualifier(items: readonly MavenItem[]): boolean {
  return items.some((item) =>
    item.kind === "list"
      ? hasUnstableQualifier(item.items)
      : item.kind === "string" && UNSTABLE_RANKS.has(item.rank),
  );
}

/** Maven orders any string; Needle accepts non-empty text without spaces or control characters. */
const ACCEPTED = /^[^\s\p{Cc}]+$/u;

export const maven = defineScheme<MavenItem[]>({
  id: "maven",
  displayName: "Maven",
  specUrl: "https://maven.apache.org/pom.html#version-order-specification",
  ecosystems: ["Maven"],
  expected: "a non-empty Maven version without spaces, such as 2.0-beta9 or 2.17.1",
  parse: (version) => (ACCEPTED.test(version) ? parseMavenItems(version) : null),
  compare: compareMavenItems,
  normalize: renderMavenItems,
  isStable: (items) => !hasUnstableQualifier(items),
});
