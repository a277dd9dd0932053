/**
 * Ordering of Maven item trees, as ComparableVersion of maven-artifact 3.8.7 orders them:
 * numbers > lists > qualifiers at one position, a missing item compares like 0 or "".
 */
import { compareDigits } from "../define-scheme.js";
import type { MavenItem } from "./tokens.js";

const RELEASE_RANK = "5";

function compareRank(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How an item compares with a missing item (padding). */
function compareWithNothing(item: MavenItem): number {
  if (item.kind === "int") return item.digits === "" ? 0 : 1;
  if (item.kind === "string") return compareRank(item.rank, RELEASE_RANK);
  for (const child of item.items) {
    const result = compareWithNothing(child);
    if (result !== 0) return result;
  }
  return 0;
}

function compareItem(a: MavenItem, b: MavenItem): number {
  switch (a.kind) {
    case "int":
      return b.kind === "int" ? compareDigits(a.digits, b.digits) : 1;
    case "string":
      return b.kind === "string" ? compareRank(a.rank, b.rank) : -1;
    case "list":
      if (b.kind === "int") return -1;
      if (b.kind === "string") return 1;
      return compareMavenItems(a.items, b.items);
  }
}

export function compareMavenItems(a: readonly MavenItem[], b: readonly MavenItem[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i];
    const y = b[i];
    let result: number;
    if (x === undefined) result = y === undefined ? 0 : -compareWithNothing(y);
    else result = y === undefined ? compareWithNothing(x) : compareItem(x, y);
    if (result !== 0) return result;
  }
  return 0;
}

/**
 * An unambiguous text of the tree: like Maven's canonical form (`.` between items, `-`
 * before a nested list), except that a list directly inside a list keeps its own `-`, so
 * different trees never print alike.
 */
export function renderMavenItems(items: readonly MavenItem[]): string {
  let text = "";
  items.forEach((item, index) => {
    if (item.kind === "list") text += `-${renderMavenItems(item.items)}`;
    else text += (index > 0 ? "." : "") + (item.kind === "int" ? item.digits || "0" : item.value);
  });
  return text;
}
