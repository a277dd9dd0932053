/**
 * The explicit list of catalogers, in the order they run on a file. Adding one: a folder
 * under catalogers/, a test, one line here (registry.test.ts fails when a folder is missing).
 */
import type { Cataloger } from "./cataloger.js";
import { apkInstalledCataloger } from "./catalogers/apk/index.js";
import { dpkgStatusCataloger } from "./catalogers/dpkg/index.js";
import { javaArchiveCataloger } from "./catalogers/java-archive/index.js";
import { npmCatalogers } from "./catalogers/npm/index.js";
import { osReleaseCataloger } from "./catalogers/os-release/index.js";
import { pythonCatalogers } from "./catalogers/python/index.js";
import { rpmDbCataloger } from "./catalogers/rpm/index.js";

export const catalogers: readonly Cataloger[] = [
  javaArchiveCataloger,
  ...npmCatalogers,
  ...pythonCatalogers,
  dpkgStatusCataloger,
  rpmDbCataloger,
  apkInstalledCataloger,
  osReleaseCataloger,
];
