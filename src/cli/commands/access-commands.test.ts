import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticateToken } from "../../access/index.js";
import { openStore } from "../../store/store.js";
import { tokenCommand } from "./token.js";
import { userCommand } from "./user.js";

/** Runs `needle <args>` with just these commands, capturing stdout. */
async function run(db: string, args: string[]): Promise<{ out: string; code: number }> {
  const program = new Command("needle")
    .option("--db <path>")
    .option("--json")
    .option("--debug")
    .exitOverride();
  userCommand.register(program);
  tokenCommand.register(program);
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.exitCode = 0;
  process.stdout.write = ((chunk: string) => out.push(chunk) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => out.push(chunk) > 0) as typeof process.stderr.write;
  try {
    await program.parseAsync(["node", "needle", "--db", db, ...args]);
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out: out.join(""), code };
}

describe("needle user and needle token", () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "needle-cli-"));
    db = join(dir, "needle.db");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("adds, lists and disables users; refuses bad roles and scopes with exit 2", async () => {
    const added = await run(db, ["--json", "user", "add", "ana", "--role", "analyst", "--scope", "/qc/r06"]);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.out)).toMatchObject({
      name: "ana",
      role: "analyst",
      scope: "/qc/r06",
      password: expect.any(String),
    });
    expect((await run(db, ["user", "add", "bob", "--role", "boss"])).code).toBe(2);
    expect((await run(db, ["user", "add", "bob", "--role", "viewer", "--scope", "qc"])).code).toBe(2);
    expect((await run(db, ["user", "add", "ana", "--role", "viewer"])).code).toBe(2);
    expect((await run(db, ["user", "disable", "ana"])).code).toBe(0);
    const list = await run(db, ["user", "list"]);
    expect(list.out).toMatch(/ana\s+analyst\s+\/qc\/r06\s+disabled/);
    expect((await run(db, ["user", "disable", "nobody"])).code).toBe(2);
  });

  it("creates a token shown once, lists it without the secret, revokes it", async () => {
    const created = JSON.parse(
      (await run(db, ["--json", "token", "create", "agent-h1", "--role", "agent", "--scope", "/qc/r06/h1"]))
        .out,
    );
    expect(created.token).toMatch(/^ndl_[\w-]{43}$/);
    const list = await run(db, ["token", "list"]);
    expect(list.out).toContain("agent-h1");
    expect(list.out).not.toContain(created.token);
    const before = await openStore({ kind: "sqlite", path: db });
    try {
      const principal = await authenticateToken(before, created.token);
      expect(principal).toMatchObject({ role: "agent", scope: "/qc/r06/h1" });
    } finally {
      await before.close();
    }
    expect((await run(db, ["token", "revoke", String(created.id)])).code).toBe(0);
    // A fresh process (store) sees the revoke at once; a running server within seconds.
    const after = await openStore({ kind: "sqlite", path: db });
    try {
      await expect(authenticateToken(after, created.token)).rejects.toThrow(/revoked/);
    } finally {
      await after.close();
    }
    expect((await run(db, ["token", "revoke", "abc"])).code).toBe(2);
  });
});
