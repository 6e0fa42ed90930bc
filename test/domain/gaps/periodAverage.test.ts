import { describe, expect, it } from "vitest";
import { computeResults } from "../../../src/domain/gaps/computeResults";
import type { Target } from "../../../src/domain/types";
import { indicator, m, monthly } from "./fixtures";

const fy2012: Target = { kind: "period-average", level: "statutory", value: 65, from: m("2012-04"), to: m("2013-03"), label: "average ≥ 65% over 2012-13" };
const refToIa = indicator("REF_TO_IA", { polarity: "higher", unit: "percent", targets: [fy2012] });

function at(month: string, values: (number | undefined)[]) {
  return computeResults([refToIa], monthly("REF_TO_IA", "2012-04", values), { month: m(month) })[0]!;
}

describe("period-average targets", () => {
  it("part way through the span: judged on the mean so far, with the average the rest must reach", () => {
    const r = at("2012-06", [60, 62, 64]);
    const gap = r.statutory!;
    expect(gap.average).toEqual({ figure: 62, basis: "mean of months", mean: 62, monthsCounted: 3, monthsRemaining: 9, neededAverage: 66, reachable: true });
    expect(gap.judged).toBe(62);
    expect(gap.gap).toBe(-3);
    // The latest month alone is within 10%, and so is the mean: amber.
    expect(gap.rag).toBe("amber");
  });

  it("a month with no figure is left out of the mean and of the months still to count", () => {
    const gap = at("2012-06", [60, undefined, 64]).statutory!;
    expect(gap.average).toMatchObject({ mean: 62, monthsCounted: 2, monthsRemaining: 9 });
    expect(gap.average?.neededAverage).toBeCloseTo((65 * 11 - 124) / 9, 9);
  });

  it("in the last month of the span there is nothing left to need", () => {
    const gap = at("2013-03", Array.from({ length: 12 }, () => 66)).statutory!;
    expect(gap.average?.monthsRemaining).toBe(0);
    expect(gap.average?.neededAverage).toBeUndefined();
    expect(gap.rag).toBe("green");
  });

  it("the mean, not the latest month, decides the colour", () => {
    const gap = at("2012-07", [50, 50, 50, 80]).statutory!;
    expect(gap.judged).toBe(57.5);
    expect(gap.rag).toBe("red");
  });

  it("does not apply before its span starts", () => {
    const r = computeResults([refToIa], monthly("REF_TO_IA", "2012-02", [60, 61]))[0]!;
    expect(r.gaps).toEqual([]);
    expect(r.rag).toBe("none");
  });
});
