import { describe, expect, it } from "vitest";
import { ConflictError } from "../domain/errors.js";
import { assertTransition, legalTargets, TASK_STATES } from "./task-states.js";

describe("the task state machine", () => {
  it("lets a task go the whole way: affected, shut down, patched, verified, reopened", () => {
    const path = ["affected", "shut-down", "patched", "verified", "reopened"] as const;
    for (let i = 1; i < path.length; i++)
      expect(() => assertTransition(path[i - 1]!, path[i]!)).not.toThrow();
  });

  it("refuses an illegal transition with the current state named", () => {
    expect(() => assertTransition("affected", "reopened")).toThrow(ConflictError);
    expect(() => assertTransition("affected", "reopened")).toThrow(
      /from "affected" to "reopened"; from "affected" it may go to/,
    );
    expect(() => assertTransition("reopened", "verified")).toThrow(/from "reopened"/);
  });

  it("verifies without a newer scan only through an override", () => {
    expect(() => assertTransition("shut-down", "verified")).toThrow(/analyst override/);
    expect(() => assertTransition("shut-down", "verified", { override: true })).not.toThrow();
    expect(() => assertTransition("unknown", "verified", { override: true })).toThrow(ConflictError);
  });

  it("names only known states as targets, never the state itself", () => {
    for (const s of TASK_STATES) {
      for (const t of legalTargets(s)) expect(TASK_STATES).toContain(t);
      expect(legalTargets(s)).not.toContain(s);
    }
  });
});
