#!/usr/bin/env node
// The `needle` binary: everything lives in program.ts so tests can build the program without running it.
import { main } from "./program.js";

// `needle ... --json | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

await main(process.argv);
