/**
 * The explicit list of CLI commands. Adding a command = a module in this folder and one line here.
 */
import type { CommandModule } from "../app.js";

export const commands: readonly CommandModule[] = [];
