/**
 * Modelled on the progress report to Cabinet Committee, late 2012: the figures
 * for October 2012 are the report's; earlier months are plausible fill-ins
 * that follow what the report says about the trend.
 */
import { describe, expect, it } from "vitest";
import { computeResults } from "../../../src/domain/gaps/computeResults";
import { toBuildJson } from "../../../src/domain/gaps/toBuildJson";
import type { Catalogue } from "../../../src/domain/types";
import { byDate, indicator, m, monthly } from "./fixtures";

const catalogue: Catalogue = [
  indicator("IA_OOT", { polarity: "lower", targets: [byDate(200, "2011-08"), byDate(100, undefined, "internal")] }),
  indicator("CP_2YR", {
    unit: "percent",
    polarity: "lower",
    targets: [{ kind: "period-average", level: "statutory", value: 6, from: m("2012-04"), to: m("2013-03"), label: "6% over 2012-13" }],
  }),
  indicator("PERM_POSTS", { unit: "percent", polarity: "higher", targets: [byDate(90, undefined, "internal")] }),
  indicator("CASELOAD", { unit: "rate", polarity: "lower", targets: [byDate(20, undefined, "internal")] }),
];

const data = [
  // "Rising month on month since June 2012."
  ...monthly("IA_OOT", "2012-06", [41, 48, 52, 58, 63]),
  // "Falling since June 2012."
  ...monthly("CP_2YR", "2012-04", [8.6, 8.8, 9.1, 8.4, 8.0, 7.7, 7.3]),
  ...monthly("PERM_POSTS", "2012-09", [87.9, 88.4]),
  ...monthly("CASELOAD", "2012-09", [18.1, 17.6]),
];

describe("October 2012", () => {
  // Computed inside each test, not while the file is collected, so mutation testing can tell which test covers what.
  const results = () => computeResults(catalogue, data);
  const byCode = { get: (code: string) => results().find((r) => r.code === code) };

  it("reports October 2012 by default", () => {
    expect(results().every((r) => r.month === m("2012-10"))).toBe(true);
  });

  it("IA_OOT 63 is green against the Notice's 200 and the internal 100, though rising", () => {
    const r = byCode.get("IA_OOT")!;
    expect([r.value, r.statutory?.rag, r.internal?.rag, r.rag]).toEqual([63, "green", "green", "green"]);
    expect([r.statutory?.level, r.statutory?.gap, r.internal?.gap]).toEqual([200, 137, 37]);
    expect(r.direction).toBe("worsening");
  });

  it("CP_2YR 7.3 is not green: the 2012-13 mean so far is well above 6%", () => {
    const r = byCode.get("CP_2YR")!;
    expect(r.value).toBe(7.3);
    expect(r.rag).not.toBe("green");
    expect(r.rag).toBe("red");
    expect(r.statutory?.average).toMatchObject({ monthsCounted: 7, monthsRemaining: 5 });
    expect(r.statutory?.average?.mean).toBeCloseTo(57.9 / 7, 9);
    // The remaining five months would need to average (12 × 6 − 57.9) / 5.
    expect(r.statutory?.average?.neededAverage).toBeCloseTo(2.82, 9);
    expect(r.direction).toBe("improving");
  });

  it("PERM_POSTS 88.4 is amber against 90 (10% of 90 allows 9 points)", () => {
    const r = byCode.get("PERM_POSTS")!;
    expect([r.rag, r.internal?.gap, r.statutory]).toEqual(["amber", -1.6, undefined]);
  });

  it("CASELOAD 17.6 is green against 20", () => {
    expect(byCode.get("CASELOAD")!.rag).toBe("green");
  });

  it("the build JSON carries the same verdicts", () => {
    const json = toBuildJson(results(), m("2012-10"));
    expect(json.period).toBe("2012-10");
    expect(json.indicators.map((i) => [i.code, i.value, i.target, i.gap, i.rag])).toEqual([
      ["IA_OOT", 63, 200, 137, "green"],
      ["CP_2YR", 7.3, 6, -2.2714, "red"],
      ["PERM_POSTS", 88.4, 90, -1.6, "amber"],
      ["CASELOAD", 17.6, 20, 2.4, "green"],
    ]);
  });
});
