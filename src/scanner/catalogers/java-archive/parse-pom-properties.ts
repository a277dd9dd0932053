/**
 * Parses `META-INF/maven/<groupId>/<artifactId>/pom.properties`, a Java properties file
 * written by Maven when it packages an artifact.
 * Format: https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-
 */
import { ParseError } from "../../../domain/errors.js";

export interface PomProperties {
  groupId: string;
  artifactId: string;
  version: string;
}

function unescapeJava(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) => {
    if (c.length === 5) return String.fromCharCode(Number.parseInt(c.slice(1), 16));
    return c === "t" ? "\t" : c === "n" ? "\n" : c === "r" ? "\r" : c === "f" ? "\f" : c;
  });
}

/** Logical lines: comments dropped, backslash continuations joined. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let pending = "";
  for (const physical of text.split(/\r\n|\r|\n/)) {
    const line = physical.trimStart();
    if (!pending && (line.startsWith("#") || line.startsWith("!") || line === "")) continue;
    const trailing = /\\+$/.exec(line)?.[0].length ?? 0;
    if (trailing % 2 === 1) {
      pending += line.slice(0, -1);
      continue;
    }
    lines.push(pending + line);
    pending = "";
  }
  if (pending) lines.push(pending);
  return lines;
}

export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of logicalLines(text)) {
    const match = /^((?:\\.|[^=:\s\\])*)\s*[=:\s]\s*(.*)$/.exec(line);
    const key = unescapeJava(match ? (match[1] ?? "") : line);
    out.set(key, unescapeJava(match ? (match[2] ?? "") : ""));
  }
  return out;
}

/** Parses one pom.properties; the path (`.../<groupId>/<artifactId>/pom.properties`) fills gaps. */
export function parsePomProperties(text: string, entryPath: string, file: string): PomProperties {
  const props = parseProperties(text);
  const parts = entryPath.split("/");
  const groupId = props.get("groupId")?.trim() || parts[parts.length - 3] || "";
  const artifactId = props.get("artifactId")?.trim() || parts[parts.length - 2] || "";
  const version = props.get("version")?.trim() ?? "";
  if (!groupId || !artifactId) {
    throw new ParseError("expected groupId and artifactId", { file: `${file}!/${entryPath}` });
  }
  return { groupId, artifactId, version };
}
