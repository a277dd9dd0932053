/**
 * The one walk of the file tree. Symbolic links are not followed (as `find -P`): a link
 * pointing at one of its own ancestors, or at itself, is reported as a loop. Pseudo file
 * systems are skipped, and FIFOs, sockets and devices are never opened.
 */
import { type Dirent, lstatSync, readdirSync, readFileSync, type Stats, statfsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import { fileSystemWarning, type ScanSession } from "./session.js";
import { once, type VisitedFile, visit } from "./visit.js";
import { fileSource, memorySource } from "./zip/byte-source.js";

/** Mount points of kernel pseudo file systems: their files are not software, some never end. */
const PSEUDO_FILESYSTEMS: ReadonlySet<string> = new Set(["/proc", "/sys", "/dev"]);
/**
 * statfs(2) magic numbers of pseudo file systems (linux/magic.h), checked where a walk
 * crosses onto another device, so a procfs mounted elsewhere (a container's) is skipped too:
 * proc, sysfs, debugfs, tracefs, securityfs, cgroup, cgroup2, devpts, bpf.
 */
const PSEUDO_MAGIC: ReadonlySet<number> = new Set([
  0x9fa0, 0x62656572, 0x64626720, 0x74726163, 0x73636673, 0x27e0eb, 0x63677270, 0x1cd1, 0xcafe4a11,
]);

function isPseudo(path: string, st: Stats, parentDevice: number | undefined): boolean {
  if (PSEUDO_FILESYSTEMS.has(path)) return true;
  if (st.dev === parentDevice) return false;
  try {
    return PSEUDO_MAGIC.has(statfsSync(path).type);
  } catch {
    return false; // statfs unsupported here: the path list above still applies
  }
}

interface WalkState {
  /** `dev:ino` of the directories on the current path, for loop detection. */
  ancestors: Set<string>;
  rootDevice: number;
}

const key = (st: Stats): string => `${st.dev}:${st.ino}`;

export async function walkRoot(session: ScanSession, root: string): Promise<void> {
  const path = resolve(root);
  let st: Stats;
  try {
    st = statSync(path);
  } catch (error) {
    session.warn(...fileSystemWarning(error, path));
    return;
  }
  if (st.isDirectory()) {
    await walkDirectory(session, path, st, { ancestors: new Set(), rootDevice: st.dev }, undefined);
  } else if (st.isFile()) {
    await visitDiskFile(session, path, st);
  } else {
    session.warn("special-file", path, "not a regular file or directory; never opened");
  }
}

function listDirectory(session: ScanSession, path: string): Dirent[] | undefined {
  try {
    return readdirSync(path, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (error) {
    session.warn(...fileSystemWarning(error, path));
    return undefined;
  }
}

async function walkDirectory(
  session: ScanSession,
  path: string,
  st: Stats,
  state: WalkState,
  parentDevice: number | undefined,
): Promise<void> {
  if (isPseudo(path, st, parentDevice)) {
    session.warn("pseudo-filesystem", path, "kernel pseudo file system; skipped");
    return;
  }
  const entries = listDirectory(session, path);
  if (!entries) return;
  state.ancestors.add(key(st));
  for (const entry of entries) {
    const child = path === "/" ? `/${entry.name}` : join(path, entry.name);
    if (session.excluded(child)) continue;
    await visitEntry(session, child, entry, state, st.dev);
  }
  state.ancestors.delete(key(st));
}

function lstatOrWarn(session: ScanSession, path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    session.warn(...fileSystemWarning(error, path));
    return undefined;
  }
}

async function visitEntry(
  session: ScanSession,
  path: string,
  entry: Dirent,
  state: WalkState,
  parentDevice: number,
): Promise<void> {
  if (entry.isSymbolicLink()) return checkSymlink(session, path, state);
  if (!entry.isDirectory() && !entry.isFile()) {
    session.warn("special-file", path, "FIFO, socket or device; never opened");
    return;
  }
  const st = lstatOrWarn(session, path);
  if (!st) return;
  if (st.isDirectory()) {
    if (session.oneFileSystem && st.dev !== state.rootDevice) return;
    await walkDirectory(session, path, st, state, parentDevice);
  } else if (st.isFile()) {
    await visitDiskFile(session, path, st);
  }
}

function checkSymlink(session: ScanSession, path: string, state: WalkState): void {
  let target: Stats;
  try {
    target = statSync(path);
  } catch (error) {
    const [code] = fileSystemWarning(error, path);
    if (code === "symlink-loop") session.warn(...fileSystemWarning(error, path));
    return;
  }
  if (target.isDirectory() && state.ancestors.has(key(target))) {
    session.warn(
      "symlink-loop",
      path,
      "symbolic link points to one of its own ancestor directories; not followed",
    );
  }
}

async function visitDiskFile(session: ScanSession, path: string, st: Stats): Promise<void> {
  const read = once(() => {
    const bytes = readFileSync(path);
    session.bytes += bytes.byteLength;
    return bytes;
  });
  const file: VisitedFile = {
    path,
    name: path.slice(path.lastIndexOf("/") + 1),
    size: st.size,
    depth: 0,
    read,
    source: async () =>
      st.size <= session.limits.wholeReadBytes ? memorySource(await read()) : fileSource(path, st.size),
  };
  await visit(session, file);
  if (session.countFile()) await yieldToLoop();
}
