import { describe, expect, it } from "vitest";
import { cvss2BaseScore, cvss3BaseScore } from "./cvss.js";
import { InvalidCvssError } from "./errors.js";

describe("cvss3BaseScore", () => {
  // Expected scores are NVD's published base scores for these vectors.
  const vectors: [string, number][] = [
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0],
    ["CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H", 9.0],
    ["CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H", 5.9],
    ["CVSS:3.1/AV:N/AC:H/PR:H/UI:N/S:U/C:H/I:H/A:H", 6.6],
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8],
    ["CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.5],
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1],
    ["CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8],
    ["CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9],
    ["CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6],
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0],
    ["CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 7.5],
  ];
  for (const [vector, score] of vectors) {
    it(`${vector} = ${score}`, () => expect(cvss3BaseScore(vector)).toBe(score));
  }

  it("rejects a missing metric, an unknown value and a missing prefix, naming the fault", () => {
    expect(() => cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H")).toThrow(
      /base metric A is missing/,
    );
    expect(() => cvss3BaseScore("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).toThrow(/AV:X/);
    expect(() => cvss3BaseScore("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).toThrow(InvalidCvssError);
  });
});

describe("cvss2BaseScore", () => {
  it("scores NVD v2 vectors", () => {
    expect(cvss2BaseScore("AV:N/AC:L/Au:N/C:P/I:P/A:P")).toBe(7.5);
    expect(cvss2BaseScore("AV:N/AC:L/Au:N/C:C/I:C/A:C")).toBe(10.0);
    expect(cvss2BaseScore("AV:N/AC:M/Au:N/C:N/I:P/A:N")).toBe(4.3);
  });
});
