import { describe, expect, it } from "vitest";
import { collect, fixture } from "../testdata/load.js";
import { kevParser } from "./kev-parser.js";

describe("kevParser", () => {
  it("turns catalog entries into KEV facts and names the malformed entry", async () => {
    const doc = fixture("feeds/kev-catalog.json");
    expect(kevParser.detect(doc)).toBe(true);
    const { advisories, errors } = await collect(kevParser, doc, "kev.json");
    expect(advisories.map((a) => a.id)).toEqual(["CVE-2021-44228", "CVE-2022-22965"]);
    expect(advisories[0]?.kev).toEqual({
      dateAdded: "2021-12-10",
      dueDate: "2021-12-24",
      knownRansomware: true,
      requiredAction: "Apply updates per vendor instructions.",
    });
    expect(advisories[1]?.kev?.knownRansomware).toBeUndefined();
    expect(advisories[0]?.affected).toEqual([]);
    expect(errors).toEqual([
      {
        file: "kev.json",
        record: "CVE-2099-0001",
        message: expect.stringMatching(/dateAdded: expected a date YYYY-MM-DD/),
      },
    ]);
  });
});
