import { describe, expect, it } from "vitest";
import { computeResults } from "../../../src/domain/gaps/computeResults";
import { linearForecast } from "../../../src/domain/gaps/linearForecast";
import type { Indicator } from "../../../src/domain/types";
import { byDate, indicator, m, monthly } from "./fixtures";

/** UNALLOC28 in spring 2011: ≤ 200 by Aug 2011, measured from 2269 in Feb 2011. */
function unallocated(fields: Partial<Indicator> = {}): Indicator {
  return indicator("UNALLOC28", { targets: [byDate(200, "2011-08")], ...fields });
}

function headline(ind: Indicator, start: string, values: (number | undefined)[]) {
  const r = computeResults([ind], monthly(ind.code, start, values))[0]!;
  return { r, gap: r.statutory! };
}

describe("trajectory to a target still ahead", () => {
  it("is unjudged (rag none, due note) but has a path and the monthly change needed", () => {
    const { r, gap } = headline(unallocated({ baseline: { value: 2269, month: m("2011-02") } }), "2011-02", [2269, 1500, 973]);
    expect(r.rag).toBe("none");
    expect(gap.inForce).toBe(false);
    expect(gap.rag).toBe("none");
    expect(gap.note).toMatch(/Aug 2011/);
    expect(gap.gap).toBe(-773);
    const t = gap.trajectory!;
    expect(t.startMonth).toBe(m("2011-02"));
    expect(t.targetMonth).toBe(m("2011-08"));
    // Two of six months along the straight line from 2269 to 200.
    // A count path is whole cases: 1,579.3 rounds to 1,579.
    expect(t.pathValue).toBe(Math.round(2269 - (2069 * 2) / 6));
    expect(t.ahead).toBe(true);
    expect(t.monthlyChangeNeeded).toBe(-193.25);
    expect(t.forecast?.monthsUsed).toEqual([m("2011-02"), m("2011-03"), m("2011-04")]);
    expect(t.forecast?.verdict).toBe("on track");
  });

  it("starts from the first figure when the baseline is not before the reporting month", () => {
    const { gap } = headline(unallocated({ baseline: { value: 2269, month: m("2011-04") } }), "2011-03", [1500, 1400]);
    expect(gap.trajectory?.startMonth).toBe(m("2011-03"));
    expect(gap.trajectory?.startValue).toBe(1500);
    expect(gap.trajectory?.ahead).toBe(false);
  });

  it("makes no forecast from fewer than 3 months", () => {
    const { gap } = headline(unallocated(), "2011-03", [1500, 973]);
    expect(gap.trajectory?.forecast).toBeUndefined();
    expect(gap.trajectory?.noForecastReason).toBe("fewer than 3 months of data");
  });

  it.each([
    { name: "trend reaches the target: on track", values: [260, 250, 240, 230], verdict: "on track" },
    { name: "trend lands within 10% of it: at risk", values: [245, 241, 237, 233], verdict: "at risk" },
    { name: "trend lands further off: off track", values: [260, 262, 264, 266], verdict: "off track" },
  ])("$name", ({ values, verdict }) => {
    // Reporting Apr 2011, target Aug 2011: four months for the trend to run on.
    const { gap } = headline(unallocated(), "2011-01", values);
    expect(gap.trajectory?.forecast?.verdict).toBe(verdict);
  });

  it("fits the last six figures only", () => {
    const { gap } = headline(indicator("X", { targets: [byDate(0, "2013-01")] }), "2012-01", [9, 9, 9, 9, 5, 5, 5, 5, 5, 5]);
    expect(gap.trajectory?.forecast?.monthsUsed).toHaveLength(6);
    expect(gap.trajectory?.forecast?.value).toBe(5);
  });
});

describe("linearForecast", () => {
  it("extends a straight line", () => {
    const points = [0, 1, 2].map((i) => ({ month: 24_000 + i, value: 10 + 2 * i }));
    expect(linearForecast(points, 24_010)).toBeCloseTo(30, 9);
  });
});
