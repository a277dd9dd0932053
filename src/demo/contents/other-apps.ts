/**
 * Non-Java applications as a scanner finds them: node_modules trees (with the nested copies
 * at other versions that npm leaves), Python virtualenv dist-info directories, .NET
 * assemblies in a site's bin, and script files of a static site.
 */
import { NPM_POOL, npmDir } from "../catalogue/npm.js";
import { NUGET_POOL } from "../catalogue/nuget.js";
import { PYPI_POOL } from "../catalogue/pypi.js";
import type { AppPlan } from "../plan.js";
import type { Random } from "../random.js";
import type { Occurrences } from "./emit.js";

export function nodeApp(r: Random, app: AppPlan, windows: boolean, out: Occurrences): void {
  const era = r.next();
  const root = `${windows ? "D:/apps" : "/srv"}/${app.name}/node_modules`;
  const top = r.sample(NPM_POOL, r.int(100, 260));
  for (const line of top) out.add(line.forEra(r, era), `${root}/${npmDir(line)}/package.json`);
  // Nested copies: a dependency that needs another major keeps its own copy beneath it.
  for (let i = r.int(800, 3800); i > 0; i--) {
    const parent = r.pick(top);
    const child = r.pick(NPM_POOL);
    const where = `${root}/${npmDir(parent)}/node_modules/${npmDir(child)}/package.json`;
    out.add(child.forEra(r, era * 0.6), where);
  }
}

export function pythonApp(r: Random, app: AppPlan, windows: boolean, out: Occurrences): void {
  const era = r.next();
  const root = windows
    ? `D:/apps/${app.name}/venv/Lib/site-packages`
    : `/srv/${app.name}/venv/lib/python3.${r.int(6, 9)}/site-packages`;
  for (const line of r.sample(PYPI_POOL, r.int(25, 90))) {
    const pkg = line.forEra(r, era);
    out.add(pkg, `${root}/${pkg.name.replace(/-/g, "_")}-${pkg.version}.dist-info/METADATA`);
  }
}

export function dotnetApp(r: Random, app: AppPlan, out: Occurrences): void {
  const era = r.next();
  const root = `C:/inetpub/wwwroot/${app.name}/bin`;
  for (const line of r.sample(NUGET_POOL, r.int(25, 60)))
    out.add(line.forEra(r, era), `${root}/${line.name}.dll`);
}

const STATIC_LIBS = new Set(["jquery", "moment", "handlebars", "underscore", "lodash"]);

export function staticSite(r: Random, app: AppPlan, out: Occurrences): void {
  const era = r.next();
  for (const line of NPM_POOL.filter((l) => STATIC_LIBS.has(l.name) && r.chance(0.6))) {
    const pkg = line.forEra(r, era);
    out.add(pkg, `/var/www/${app.name}/js/${pkg.name}-${pkg.version}.min.js`);
  }
}
