import { describe, expect, it } from "vitest";
import { deb } from "./deb/index.js";
import { LossyRangeConversionError } from "./errors.js";
import { maven } from "./maven/index.js";
import { npm } from "./npm/index.js";
import type { OsvRange } from "./osv-range.js";
import { osvRangeToVers, versToOsv } from "./osv-vers.js";

const ecosystem = (...events: OsvRange["events"]): OsvRange => ({ type: "ECOSYSTEM", events });

describe("osvRangeToVers", () => {
  it("writes the Log4Shell events as one sorted vers range", () => {
    const range = ecosystem(
      { introduced: "2.13.0" },
      { fixed: "2.15.0" },
      { introduced: "2.0-beta9" },
      { fixed: "2.3.1" },
      { introduced: "2.4" },
      { fixed: "2.12.2" },
    );
    expect(osvRangeToVers(range, maven)).toBe("vers:maven/>=2.0-beta9|<2.3.1|>=2.4|<2.12.2|>=2.13.0|<2.15.0");
  });

  it('writes introduced "0", last_affected and open ends', () => {
    expect(osvRangeToVers(ecosystem({ introduced: "0" }, { fixed: "1.2.3" }), npm)).toBe("vers:npm/<1.2.3");
    expect(osvRangeToVers(ecosystem({ introduced: "0" }), npm)).toBe("vers:npm/*");
    expect(osvRangeToVers(ecosystem({ introduced: "1.0.0" }), npm)).toBe("vers:npm/>=1.0.0");
    expect(osvRangeToVers(ecosystem({ introduced: "1.0-1" }, { last_affected: "1.0-3" }), deb)).toBe(
      "vers:deb/>=1.0-1|<=1.0-3",
    );
  });

  it("joins touching intervals and drops redundant events", () => {
    const touching = ecosystem(
      { introduced: "1.0.0" },
      { fixed: "2.0.0" },
      { introduced: "2.0.0" },
      { fixed: "3.0.0" },
    );
    expect(osvRangeToVers(touching, npm)).toBe("vers:npm/>=1.0.0|<3.0.0");
    const redundant = ecosystem(
      { introduced: "1.0.0" },
      { introduced: "1.5.0" },
      { fixed: "2.0.0" },
      { fixed: "2.5.0" },
    );
    expect(osvRangeToVers(redundant, npm)).toBe("vers:npm/>=1.0.0|<2.0.0");
    expect(osvRangeToVers(ecosystem({ introduced: "1.0.0" }, { last_affected: "1.0.0" }), npm)).toBe(
      "vers:npm/1.0.0",
    );
  });

  it("refuses what vers cannot say", () => {
    expect(() => osvRangeToVers(ecosystem({ introduced: "0" }, { limit: "2.0.0" }), npm)).toThrow(
      LossyRangeConversionError,
    );
    expect(() => osvRangeToVers({ type: "GIT", events: [{ introduced: "abc" }] }, npm)).toThrow(/GIT/);
    expect(() => osvRangeToVers(ecosystem({ introduced: "1.0.0" }, { fixed: "1.0.0" }), npm)).toThrow(
      /affect no version/,
    );
  });
});

describe("versToOsv", () => {
  it("round-trips the Log4Shell range", () => {
    const vers = "vers:maven/>=2.0-beta9|<2.3.1|>=2.4|<2.12.2|>=2.13.0|<2.15.0";
    const { events, versions } = versToOsv(vers);
    expect(versions).toEqual([]);
    expect(events[0]).toEqual({ introduced: "2.0-beta9" });
    expect(osvRangeToVers(ecosystem(...events), maven)).toBe(vers);
  });

  it("opens with introduced 0, keeps exact versions apart", () => {
    expect(versToOsv("vers:npm/<1.0.0|2.0.0|>=3.0.0")).toEqual({
      events: [{ introduced: "0" }, { fixed: "1.0.0" }, { introduced: "3.0.0" }],
      versions: ["2.0.0"],
    });
    expect(versToOsv("vers:npm/<=1.0.0")).toEqual({
      events: [{ introduced: "0" }, { last_affected: "1.0.0" }],
      versions: [],
    });
    expect(versToOsv("vers:npm/*")).toEqual({ events: [{ introduced: "0" }], versions: [] });
  });

  it("refuses != and >, which OSV events cannot say", () => {
    expect(() => versToOsv("vers:npm/>=1.0.0|!=1.5.0|<2.0.0")).toThrow(LossyRangeConversionError);
    expect(() => versToOsv("vers:npm/>1.0.0")).toThrow(/no event for ">1.0.0"/);
  });
});
