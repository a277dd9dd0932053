/**
 * The route table: every route Needle serves, grouped per resource. Adding a resource =
 * a `<resource>-routes.ts` file here and one line below; the OpenAPI document and the
 * scoping and anonymous-access tests pick it up from this list.
 */
import type { Route } from "../route.js";
import { advisoriesRoutes } from "./advisories-routes.js";
import { assetTasksRoutes } from "./asset-tasks-routes.js";
import { assetsRoutes } from "./assets-routes.js";
import { auditRoutes } from "./audit-routes.js";
import { campaignsRoutes } from "./campaigns-routes.js";
import { componentsRoutes } from "./components-routes.js";
import { opsRoutes } from "./ops-routes.js";
import { overviewRoutes } from "./overview-routes.js";
import { scansRoutes } from "./scans-routes.js";
import { sessionRoutes } from "./session-routes.js";
import { tokensRoutes } from "./tokens-routes.js";
import { unitsRoutes } from "./units-routes.js";
import { usersRoutes } from "./users-routes.js";

export const apiRoutes: readonly Route[] = [
  ...opsRoutes,
  ...sessionRoutes,
  ...unitsRoutes,
  ...assetsRoutes,
  ...assetTasksRoutes,
  ...componentsRoutes,
  ...advisoriesRoutes,
  ...overviewRoutes,
  ...scansRoutes,
  ...auditRoutes,
  ...campaignsRoutes,
  ...usersRoutes,
  ...tokensRoutes,
];
