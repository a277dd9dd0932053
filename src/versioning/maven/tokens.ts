/**
 * Maven's version tokens, following ComparableVersion of maven-artifact 3.8.7
 * (https://maven.apache.org/pom.html#version-order-specification). A version is a list of
 * items; `-` (and a digit/letter switch) opens a nested list, `.` separates items in a list.
 */

/** A number (digits without leading zeros, "" for zero), a qualifier, or a nested list. */
export type MavenItem =
  | { readonly kind: "int"; readonly digits: string }
  | { readonly kind: "string"; readonly value: string; readonly rank: string }
  | { readonly kind: "list"; readonly items: MavenItem[] };

/** Known qualifiers in order; "" is the release (ga, final, release are aliases of it). */
const QUALIFIERS = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];
const ALIASES: Readonly<Record<string, string>> = { ga: "", final: "", release: "", cr: "rc" };
const RELEASE_RANK = String(QUALIFIERS.indexOf(""));
/** Shorthands that apply only when a digit follows directly: `1a1` is 1-alpha-1, `1a` is not. */
const SHORTHANDS: Readonly<Record<string, string>> = { a: "alpha", b: "beta", m: "milestone" };

/**
 * The sortable rank of a qualifier: its index when known, otherwise "7-<name>" so unknown
 * qualifiers sort after all known ones and lexically among themselves.
 */
function rankOf(value: string): string {
  const index = QUALIFIERS.indexOf(value);
  return index === -1 ? `${QUALIFIERS.length}-${value}` : String(index);
}

function stringItem(raw: string, followedByDigit: boolean): MavenItem {
  const short = followedByDigit ? SHORTHANDS[raw] : undefined;
  const value = short ?? ALIASES[raw] ?? raw;
  return { kind: "string", value, rank: rankOf(value) };
}

function numberItem(raw: string): MavenItem {
  let i = 0;
  while (i < raw.length && raw.charCodeAt(i) === 48) i++;
  return { kind: "int", digits: raw.slice(i) };
}

function isNull(item: MavenItem): boolean {
  if (item.kind === "int") return item.digits === "";
  if (item.kind === "string") return item.rank === RELEASE_RANK;
  return item.items.length === 0;
}

/** Drops null items (0, "", empty list) from the end, also those just before trailing lists. */
function normalizeList(items: MavenItem[]): void {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item === undefined) continue;
    if (isNull(item)) items.splice(i, 1);
    else if (item.kind !== "list") break;
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Splits a version into Maven's item tree (lower-cased, as Maven does). */
export function parseMavenItems(version: string): MavenItem[] {
  const text = version.toLowerCase();
  const root: MavenItem[] = [];
  const stack: MavenItem[][] = [root];
  let list = root;
  const open = (): void => {
    const child: MavenItem[] = [];
    list.push({ kind: "list", items: child });
    stack.push(child);
    list = child;
  };
  let digit = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 /* . */ || code === 45 /* - */) {
      if (i === start) list.push({ kind: "int", digits: "" });
      else list.push(digit ? numberItem(text.slice(start, i)) : stringItem(text.slice(start, i), false));
      start = i + 1;
      if (code === 45) open();
    } else if (isDigit(code)) {
      if (!digit && i > start) {
        // `.X1` is read as `-X1`: a qualifier followed by a digit opens its own list.
        if (list.length > 0) open();
        list.push(stringItem(text.slice(start, i), true));
        start = i;
        open();
      }
      digit = true;
    } else {
      if (digit && i > start) {
        list.push(numberItem(text.slice(start, i)));
        start = i;
        open();
      }
      digit = false;
    }
  }
  if (text.length > start) {
    // A trailing `.X` qualifier is read as `-X` too.
    if (!digit && list.length > 0) open();
    list.push(digit ? numberItem(text.slice(start)) : stringItem(text.slice(start), false));
  }
  for (let i = stack.length - 1; i >= 0; i--) normalizeList(stack[i] ?? []);
  return root;
}
