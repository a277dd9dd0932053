#!/usr/bin/env node
// The `needle` binary: everything lives in program.ts so tests can build the program without running it.
import { main } from "./program.js";

await main(process.argv);
