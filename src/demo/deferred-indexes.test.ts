import { afterAll, beforeAll, expect, it } from "vitest";
import type { Store } from "../store/store.js";
import { describeEachEngine, freshStore } from "../testing/engines.js";
import { dropIndexes, restoreIndexes } from "./deferred-indexes.js";
import { generateProvince } from "./generate.js";

describeEachEngine("indexes deferred during the bulk load", (engine) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(engine));
  });
  afterAll(() => cleanup());

  it("are dropped and created again exactly as the migrations made them", async () => {
    const before = await dropIndexes(store, "occurrences");
    expect(before.map((i) => i.name)).toEqual(["occurrences_asset", "occurrences_package"]);
    expect(await dropIndexes(store, "occurrences")).toEqual([]);
    await restoreIndexes(store, before);
    const again = await dropIndexes(store, "occurrences");
    expect(again).toEqual(before);
    await restoreIndexes(store, again);
  });

  it("are back after a province is generated", async () => {
    await generateProvince(store, { seed: 1, scale: 0.01 });
    const names = (await dropIndexes(store, "occurrences")).map((i) => i.name);
    expect(names).toEqual(["occurrences_asset", "occurrences_package"]);
  });
});
