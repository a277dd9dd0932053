/**
 * Finds the asset a user names: `NAME` when it is unique, or `UNITPATH/NAME` where names
 * repeat across units (`/qc/r06/h123/web01`); services that already hold the id say `#ID`,
 * which no name with a "/" can confuse.
 */
import type { Kysely } from "kysely";
import { InputError, NotFoundError } from "../domain/errors.js";
import { assetFromRow, findAssetsByName, type StoredAsset } from "../store/assets-repository.js";
import type { Schema } from "../store/schema.js";

export async function resolveAsset(db: Kysely<Schema>, reference: string): Promise<StoredAsset> {
  const byId = /^#([1-9][0-9]{0,9})$/.exec(reference);
  if (byId) {
    const row = await db
      .selectFrom("assets")
      .selectAll()
      .where("id", "=", Number(byId[1]))
      .executeTakeFirst();
    if (!row) throw new NotFoundError(`no asset with id ${byId[1]}`);
    return assetFromRow(row);
  }
  const direct = await findAssetsByName(db, reference);
  if (direct.length === 1) return direct[0]!;
  if (direct.length > 1) {
    const names = direct.slice(0, 5).map((a) => `${a.unit}/${a.name}`);
    throw new InputError(
      `asset name "${reference}" is used in ${direct.length} units; say which: ${names.join(", ")}${direct.length > 5 ? " ..." : ""}`,
    );
  }
  const cut = reference.lastIndexOf("/");
  if (cut > 0) {
    const found = await findAssetsByName(db, reference.slice(cut + 1), reference.slice(0, cut));
    if (found.length === 1) return found[0]!;
  }
  throw new NotFoundError(
    `no asset "${reference}" (import it with \`needle import assets\`, or give UNITPATH/NAME)`,
  );
}
