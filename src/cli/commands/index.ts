/**
 * The explicit list of CLI commands. Adding a command = a module in this folder and one line here.
 */
import type { CommandModule } from "../app.js";
import { assetsCommand } from "./assets.js";
import { auditCommand } from "./audit.js";
import { campaignCommand } from "./campaign.js";
import { demoCommand } from "./demo.js";
import { exposureCommand } from "./exposure.js";
import { feedsCommand } from "./feeds.js";
import { importCommand } from "./import.js";
import { scanCommand } from "./scan.js";
import { serveCommand } from "./serve.js";
import { startCommand } from "./start.js";
import { tokenCommand } from "./token.js";
import { userCommand } from "./user.js";
import { versionCommand } from "./version.js";

export const commands: readonly CommandModule[] = [
  startCommand,
  serveCommand,
  userCommand,
  tokenCommand,
  demoCommand,
  importCommand,
  scanCommand,
  auditCommand,
  assetsCommand,
  feedsCommand,
  exposureCommand,
  campaignCommand,
  versionCommand,
];
