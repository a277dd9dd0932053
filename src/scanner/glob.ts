/**
 * Exclude globs. `*` and `?` stay within one path segment, `**` crosses segments, `{a,b}`
 * is an alternation and `[...]` a character class. A pattern without `/` matches a base
 * name at any depth (`*.log`); one starting with `/` matches the absolute path; any other
 * matches a tail of the path made of whole segments (`cache/**`).
 */

function escapeRegex(char: string): string {
  return /[.+^$()|\\]/.test(char) ? `\\${char}` : char;
}

function translate(pattern: string): string {
  let out = "";
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? "";
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        const slashAfter = pattern[i + 2] === "/";
        out += slashAfter ? "(?:.*/)?" : ".*";
        i += slashAfter ? 2 : 1;
      } else {
        out += "[^/]*";
      }
    } else if (c === "?") out += "[^/]";
    else if (c === "{") {
      braces++;
      out += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (c === "," && braces > 0) out += "|";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end < 0) out += "\\[";
      else {
        out += `[${pattern
          .slice(i + 1, end)
          .replace(/^!/, "^")
          .replaceAll("\\", "\\\\")}]`;
        i = end;
      }
    } else out += escapeRegex(c);
  }
  return out;
}

/** Compiles globs into one predicate over absolute paths (always `/`-separated). */
export function compileExclude(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const sources = patterns.map((raw) => {
    const pattern = raw.replace(/\/+$/, "");
    if (!pattern.includes("/")) return `(?:^|/)${translate(pattern)}$`;
    if (pattern.startsWith("/")) return `^${translate(pattern)}$`;
    return `(?:^|/)${translate(pattern)}$`;
  });
  const regex = new RegExp(sources.join("|"));
  return (path) => regex.test(path);
}
