import { describe, expect, it } from "vitest";
import { InputError, ParseError } from "../domain/errors.js";
import { decide, defaultPolicy, type PolicySubject, parsePolicyText } from "./policy.js";

const log4shell = {
  ids: ["CVE-2021-44228", "GHSA-jfh8-c2jp-5v3q"],
  score: 10,
  kev: true,
  severity: "critical",
};
const medium = { ids: ["CVE-2099-1"], score: 5.3, kev: false, severity: "medium" };
const site = {
  exposure: "internet",
  criticality: 4,
  kind: "website",
  unit: "/qc/r06/h1",
  tags: [],
  state: "in-service",
};

function subject(
  advisory: PolicySubject["advisory"],
  asset: Partial<PolicySubject["asset"]> = {},
  finding: PolicySubject["finding"] = "affected",
): PolicySubject {
  return { advisory, asset: { ...site, ...asset }, finding };
}

describe("the default policy", () => {
  const policy = defaultPolicy();

  it("shuts down an internet-facing asset at once for CVSS 9.0 or more, and patches within 72 h", () => {
    const d = decide(policy, subject(log4shell));
    expect(d.rule).toBe("critical-internet-shut-down");
    expect(d.actions).toEqual([
      { kind: "shut-down" },
      { kind: "patch-within", ms: 72 * 3600_000, text: "72h" },
    ]);
  });

  it("shuts down for a known exploited flaw on the internet even below 9.0", () => {
    expect(decide(policy, subject({ ...medium, kev: true })).rule).toBe("known-exploited-internet-shut-down");
  });

  it("shuts down an internet-facing asset of unknown contents as a precaution", () => {
    expect(decide(policy, subject(log4shell, {}, "unknown")).actions[0]).toEqual({ kind: "shut-down" });
  });

  it("only sets a patch deadline by severity inside the network, and nothing for an internal unknown", () => {
    expect(decide(policy, subject(log4shell, { exposure: "internal" })).actions).toEqual([
      { kind: "patch-within", ms: 72 * 3600_000, text: "72h" },
    ]);
    expect(decide(policy, subject(medium, { exposure: "internal" })).rule).toBe("medium-patch");
    expect(decide(policy, subject(log4shell, { exposure: "internal" }, "unknown"))).toEqual({
      rule: null,
      actions: [],
    });
  });
});

describe("policy files", () => {
  const yaml = `
name: q4
adapters:
  soc: { type: webhook, url: "http://127.0.0.1:9/hook" }
  fw: { type: command, command: /usr/local/bin/fw, args: [block, "{ip}"] }
routes: { isolate: fw }
rules:
  - name: hospitals-isolate
    when:
      advisory: { ids: [CVE-2021-44228] }
      asset: { unit: /qc/r06, tags: [care], minCriticality: 4 }
    do: [isolate, "notify soc", "patch-within 14d"]
  - name: lab-accepted
    when: { asset: { kind: [server] } }
    do: [{ accept-risk: { reason: "vendor appliance, no patch", expires: "2022-01-31" } }]
`;

  it("reads YAML and matches on unit subtree, tags and criticality", () => {
    const policy = parsePolicyText(yaml, "q4.yaml");
    const care = subject(log4shell, { tags: ["care"], criticality: 5 });
    expect(decide(policy, care).actions.map((a) => a.kind)).toEqual(["isolate", "notify", "patch-within"]);
    expect(decide(policy, { ...care, asset: { ...care.asset, unit: "/qc/r066" } }).rule).toBeNull();
    expect(decide(policy, subject(medium, { kind: "server" })).actions).toEqual([
      { kind: "accept-risk", reason: "vendor appliance, no patch", expires: "2022-01-31" },
    ]);
  });

  it.each([
    [
      `name: x\nrules:\n  - name: a\n    do: [reboot]`,
      /rule 0 \("a"\) field do\[0\]: "reboot" is not an action/,
    ],
    [
      `name: x\nrules:\n  - name: a\n    do: ["patch-within 3 days"]`,
      /rule 0 \("a"\) field do\[0\]: "3 days" is not a duration/,
    ],
    [
      `name: x\nrules:\n  - { name: a, do: [isolate] }\n  - name: b\n    when: { asset: { exposure: [public] } }\n    do: [isolate]`,
      /rule 1 \("b"\) field when\.asset\.exposure\[0\]/,
    ],
    [
      `name: x\nrules:\n  - name: a\n    do: [{ accept-risk: { reason: "" , expires: "2022-01-31" } }]`,
      /rule 0 \("a"\) field do\[0\].*reason/,
    ],
    [
      `name: x\nrules:\n  - name: a\n    do: [{ accept-risk: { reason: "r" } }]`,
      /rule 0 \("a"\) field do\[0\]/,
    ],
    [
      `name: x\nrules:\n  - name: a\n    do: ["notify soc"]`,
      /rule 0 \("a"\) field do\[0\]: no adapter "soc"/,
    ],
    [
      `name: x\nroutes: { shut-down: lb }\nrules:\n  - { name: a, do: [shut-down] }`,
      /field routes\.shut-down: no adapter "lb"/,
    ],
    [
      `name: x\nadapters: { x: { type: command, command: "rm -rf /" } }\nrules:\n  - { name: a, do: [isolate] }`,
      /adapters\.x\.command: expected an absolute path/,
    ],
    [`name: x\nrules: []`, /field rules/],
  ])("refuses %j naming the rule and field", (text, message) => {
    expect(() => parsePolicyText(text, "p.yaml")).toThrow(InputError);
    expect(() => parsePolicyText(text, "p.yaml")).toThrow(message);
  });

  it("refuses text that is not YAML with the line", () => {
    expect(() => parsePolicyText("name: x\nrules: [\n  - a: b\n c", "p.yaml")).toThrow(ParseError);
    expect(() => parsePolicyText("name: x\nrules: [\n  - a: b\n c", "p.yaml")).toThrow(
      /^p\.yaml:\d+: not valid YAML/,
    );
  });
});
