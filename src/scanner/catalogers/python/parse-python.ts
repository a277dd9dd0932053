/**
 * Parsers for Python package metadata:
 * - installed METADATA / PKG-INFO: RFC 822 headers (Core metadata,
 *   https://packaging.python.org/en/latest/specifications/core-metadata/);
 * - requirements files, pinned `name==version` lines only
 *   (https://pip.pypa.io/en/stable/reference/requirements-file-format/);
 * - poetry.lock, TOML `[[package]]` tables with `name` and `version` keys, read line by
 *   line (the lock file is machine-written, one key per line).
 */

export interface PythonRecord {
  name: string;
  version: string;
  /** 1-based line, for errors. */
  line: number;
}

/** Name and Version from the header block (ends at the first blank line). */
export function parseCoreMetadata(text: string): { name?: string; version?: string } {
  const out: { name?: string; version?: string } = {};
  for (const line of text.split(/\r?\n/)) {
    if (line === "") break;
    const match = /^(Name|Version):\s*(.*?)\s*$/i.exec(line);
    if (!match?.[2]) continue;
    if (match[1]?.toLowerCase() === "name") out.name ??= match[2];
    else out.version ??= match[2];
  }
  return out;
}

const PINNED =
  /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*==\s*([^\s;,#*]+)\s*(?:[;,#].*)?$/;

export function parseRequirements(text: string): PythonRecord[] {
  const out: PythonRecord[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i] ?? "";
    while (line.endsWith("\\") && i + 1 < lines.length) line = line.slice(0, -1) + (lines[++i] ?? "");
    line = line
      .replace(/(^|\s)#.*$/, "")
      .replace(/\s--hash=\S+/g, "")
      .trim();
    if (line === "" || line.startsWith("-")) continue;
    const match = PINNED.exec(line);
    if (match?.[1] && match[2]) out.push({ name: match[1], version: match[2], line: start + 1 });
  }
  return out;
}

function tomlString(value: string): string | undefined {
  return /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(value.trim())?.[1] ?? /^'([^']*)'/.exec(value.trim())?.[1];
}

export function parsePoetryLock(text: string): PythonRecord[] {
  const out: PythonRecord[] = [];
  let current: Partial<PythonRecord> | undefined;
  const flush = () => {
    if (current?.name && current.version && current.line) {
      out.push({ name: current.name, version: current.version, line: current.line });
    }
    current = undefined;
  };
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*\[/.test(line)) {
      flush();
      if (line.trim() === "[[package]]") current = { line: i + 1 };
      return;
    }
    const match = /^(name|version)\s*=\s*(.*)$/.exec(line);
    if (!current || !match?.[2]) return;
    const value = tomlString(match[2]);
    if (value !== undefined) current[match[1] === "name" ? "name" : "version"] = value;
  });
  flush();
  return out;
}
