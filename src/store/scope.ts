/**
 * "Everything in region 06" as a prefix range on an indexed path column: `path = scope OR
 * (path > 'scope/' AND path < 'scope0')` ('0' follows '/' in byte order). Path columns
 * use binary collation on both engines (`COLLATE "C"` on PostgreSQL), so the range is exact
 * and uses the index, where LIKE would treat `_` in a path as a wildcard.
 */
import type { Expression, ExpressionBuilder, SqlBool } from "kysely";

export function withinScope<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: string,
  scope: string,
): Expression<SqlBool> {
  if (scope === "/") return eb.lit(true);
  const ref = eb.ref(column as never);
  return eb.or([
    eb(ref, "=", scope as never),
    eb.and([eb(ref, ">", `${scope}/` as never), eb(ref, "<", `${scope}0` as never)]),
  ]);
}
