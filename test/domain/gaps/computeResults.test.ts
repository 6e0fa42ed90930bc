import { describe, expect, it } from "vitest";
import { computeResults } from "../../../src/domain/gaps/computeResults";
import { UnknownPeriodError } from "../../../src/domain/errors";
import type { IndicatorResult } from "../../../src/domain/results";
import type { Catalogue, Indicator, Observation, Target } from "../../../src/domain/types";
import { byDate, indicator, m, monthly, obs } from "./fixtures";

function only(catalogue: Catalogue, observations: Observation[], month?: string): IndicatorResult {
  const results = computeResults(catalogue, observations, month ? { month: m(month) } : {});
  expect(results).toHaveLength(1);
  return results[0]!;
}

describe("computeResults: RAG and direction at the reporting month", () => {
  const lower = (targets: Target[], fields: Partial<Indicator> = {}) => indicator("IA_OOT", { polarity: "lower", targets, ...fields });
  const higher = (targets: Target[], fields: Partial<Indicator> = {}) => indicator("NI59", { polarity: "higher", unit: "percent", targets, ...fields });
  const cases: {
    name: string;
    ind: Indicator;
    values: (number | null | undefined)[];
    rag: string;
    direction: string;
    gap?: number;
  }[] = [
    { name: "target exactly met is green", ind: lower([byDate(200)]), values: [210, 200], rag: "green", direction: "improving", gap: 0 },
    { name: "zero target met", ind: lower([byDate(0)]), values: [2, 0], rag: "green", direction: "improving", gap: 0 },
    { name: "zero target missed by one is red (no share of zero)", ind: lower([byDate(0)]), values: [0, 1], rag: "red", direction: "worsening", gap: -1 },
    { name: "lower is better, below target", ind: lower([byDate(100)]), values: [70, 63], rag: "green", direction: "improving", gap: 37 },
    { name: "lower is better, above target within 10%", ind: lower([byDate(100)]), values: [104, 110], rag: "amber", direction: "worsening", gap: -10 },
    { name: "lower is better, above target beyond 10%", ind: lower([byDate(100)]), values: [110, 110.5], rag: "red", direction: "worsening", gap: -10.5 },
    { name: "higher is better, above target", ind: higher([byDate(85)]), values: [86, 87.5], rag: "green", direction: "improving", gap: 2.5 },
    { name: "higher is better, short by the tolerance exactly", ind: higher([byDate(90)], { tolerance: 2 }), values: [88, 88], rag: "amber", direction: "stable", gap: -2 },
    { name: "higher is better, short by more than the tolerance", ind: higher([byDate(90)], { tolerance: 2 }), values: [88, 87.9], rag: "red", direction: "worsening", gap: -2.1 },
    { name: "no previous month: direction none", ind: higher([byDate(85)]), values: [87.5], rag: "green", direction: "none", gap: 2.5 },
    { name: "no target: rag none", ind: higher([]), values: [80, 87.5], rag: "none", direction: "improving" },
  ];
  it.each(cases)("$name", ({ ind, values, rag, direction, gap }) => {
    const r = only([ind], monthly(ind.code, "2012-09", values));
    expect(r.month).toBe(m("2012-09") + values.length - 1);
    expect(r.rag).toBe(rag);
    expect(r.direction).toBe(direction);
    expect(r.statutory?.gap).toBe(gap);
  });

  it("the default tolerance share can be changed", () => {
    const ind = lower([byDate(100)]);
    const data = monthly("IA_OOT", "2012-10", [108]);
    expect(computeResults([ind], data)[0]!.rag).toBe("amber");
    expect(computeResults([ind], data, { defaultTolerance: 0.05 })[0]!.rag).toBe("red");
  });

  it("a missing previous month gives previous null, direction none and a note about the hole", () => {
    const ind = lower([byDate(100)]);
    const r = only([ind], monthly("IA_OOT", "2012-08", [90, undefined, 63]));
    expect(r.value).toBe(63);
    expect(r.previous).toBeNull();
    expect(r.direction).toBe("none");
    expect(r.series.map((p) => p.month)).toEqual([m("2012-08"), m("2012-10")]);
    expect(r.notes).toHaveLength(1);
  });

  it("compares with the same month last year", () => {
    const ind = higher([byDate(85)]);
    const r = only([ind], [obs("NI59", "2011-10", 80), obs("NI59", "2012-10", 87.5)]);
    expect(r.sameMonthLastYear).toBe(80);
    expect(r.directionYearOnYear).toBe("improving");
    expect(r.direction).toBe("none");
  });
});

describe("computeResults: which results, in which order, for which month", () => {
  const a = indicator("A", { targets: [byDate(10)] });
  const b = indicator("B", { targets: [byDate(10)] });

  it("follows catalogue order, then the authority before areas in alphabetical order", () => {
    const data = [
      obs("B", "2012-10", 1),
      obs("A", "2012-10", 1, { area: "West Kent" }),
      obs("A", "2012-10", 1, { area: "East Kent" }),
      obs("A", "2012-10", 1),
      obs("Z", "2012-10", 1),
    ];
    const results = computeResults([a, b], data);
    expect(results.map((r) => [r.code, r.area])).toEqual([
      ["A", ""],
      ["A", "East Kent"],
      ["A", "West Kent"],
      ["B", ""],
    ]);
  });

  it("defaults to the latest month with data and leaves out later months when one is chosen", () => {
    const data = monthly("A", "2012-08", [5, 6, 7]);
    expect(computeResults([a], data)[0]!.month).toBe(m("2012-10"));
    const r = only([a], data, "2012-09");
    expect(r.value).toBe(6);
    expect(r.series).toHaveLength(2);
  });

  it("a series that stopped before the reporting month has no value and no RAG", () => {
    const data = [...monthly("A", "2012-08", [5, 6]), ...monthly("B", "2012-08", [5, 6, 7])];
    const [ra, rb] = computeResults([a, b], data);
    expect(ra!.value).toBeNull();
    expect(ra!.rag).toBe("none");
    expect(ra!.previous).toBe(6);
    expect(ra!.direction).toBe("none");
    expect(ra!.statutory?.rag).toBe("none");
    expect(rb!.rag).toBe("green");
  });

  it("a series that starts after the reporting month is left out", () => {
    const data = [...monthly("A", "2012-08", [5]), ...monthly("B", "2012-10", [5])];
    expect(computeResults([a, b], data, { month: m("2012-08") }).map((r) => r.code)).toEqual(["A"]);
  });

  it("throws UnknownPeriodError for a month without data", () => {
    const data = monthly("A", "2012-08", [5, 6]);
    expect(() => computeResults([a], data, { month: m("2013-05") })).toThrow(UnknownPeriodError);
    try {
      computeResults([a], data, { month: m("2013-05") });
    } catch (e) {
      expect((e as UnknownPeriodError).code).toBe("UNKNOWN_PERIOD");
    }
  });

  it("no observations, no results", () => {
    expect(computeResults([a], [])).toEqual([]);
  });

  it("carries the as-at date of the reporting month's row", () => {
    const r = only([a], [obs("A", "2012-10", 5, { asAt: "2012-11-10" })]);
    expect(r.asAt).toBe("2012-11-10");
  });
});

describe("computeResults: kinds of target", () => {
  it("maintain: judged against the target's baseline, else the indicator's", () => {
    const maintain = (t: Partial<Target>): Target => ({ kind: "maintain", level: "statutory", label: "at least maintain", ...t });
    const cases = [
      { ind: indicator("NI59", { polarity: "higher", targets: [maintain({ baseline: { value: 85 } })] }), level: 85, rag: "amber" },
      { ind: indicator("NI59", { polarity: "higher", baseline: { value: 80, month: m("2011-01") }, targets: [maintain({})] }), level: 80, rag: "green" },
      { ind: indicator("NI59", { polarity: "higher", baseline: { value: 80 }, targets: [maintain({ value: 90 })] }), level: 90, rag: "red" },
    ];
    for (const { ind, level, rag } of cases) {
      const r = only([ind], [obs("NI59", "2012-10", 80)]);
      expect(r.statutory?.level).toBe(level);
      expect(r.rag).toBe(rag);
    }
  });

  it("maintain without any baseline: rag none with a note", () => {
    const ind = indicator("NI60", { polarity: "higher", targets: [{ kind: "maintain", level: "statutory", label: "maintain" }] });
    const r = only([ind], [obs("NI60", "2012-10", 83.1)]);
    expect(r.rag).toBe("none");
    expect(r.statutory?.level).toBeUndefined();
    expect(r.statutory?.note).toMatch(/baseline/);
  });

  const benchmarkTarget: Target = { kind: "benchmark", level: "statutory", benchmark: "statistical neighbour average", label: "in line with neighbours" };
  const iaRate = indicator("IA_RATE", { polarity: "higher", unit: "rate", targets: [benchmarkTarget] });

  it("benchmark without a neighbour average: rag none with a note", () => {
    const r = only([iaRate], [obs("IA_RATE", "2012-10", 410)]);
    expect(r.rag).toBe("none");
    expect(r.statutory?.rag).toBe("none");
    expect(r.statutory?.note).toMatch(/statistical neighbour average/);
  });

  it("benchmark with a supplied neighbour average is judged against it", () => {
    const benchmarks = new Map([["IA_RATE", { value: 420, month: m("2012-03") }]]);
    const r = computeResults([iaRate], [obs("IA_RATE", "2012-10", 410)], { benchmarks })[0]!;
    expect(r.statutory?.level).toBe(420);
    expect(r.statutory?.gap).toBe(-10);
    expect(r.rag).toBe("amber");
  });

  it("period-average targets apply only within their span", () => {
    const span: Target = { kind: "period-average", level: "statutory", value: 65, from: m("2012-01"), to: m("2012-03"), label: "65% over Jan–Mar 2012" };
    const ind = indicator("REF_TO_IA", { polarity: "higher", unit: "percent", targets: [span] });
    const data = monthly("REF_TO_IA", "2011-11", [50, 55, 60, 66, 70, 72]);
    expect(only([ind], data, "2011-12").gaps).toEqual([]);
    expect(only([ind], data, "2012-02").statutory?.average?.monthsCounted).toBe(2);
    expect(only([ind], data, "2012-04").gaps).toEqual([]);
  });
});

describe("computeResults: statutory and internal targets", () => {
  it("headline RAG is the statutory target's; the internal one is kept alongside", () => {
    const ind = indicator("IA_OOT", { targets: [byDate(100, undefined, "internal"), byDate(200, "2011-08")] });
    const r = only([ind], monthly("IA_OOT", "2012-09", [120, 150]));
    expect(r.gaps.map((g) => g.target.level)).toEqual(["statutory", "internal"]);
    expect(r.statutory?.rag).toBe("green");
    expect(r.internal?.rag).toBe("red");
    expect(r.rag).toBe("green");
  });

  it("a statutory target still due gives way to the internal target for the headline", () => {
    const ind = indicator("IA_OOT", { targets: [byDate(200, "2011-08"), byDate(100, undefined, "internal")] });
    const r = only([ind], monthly("IA_OOT", "2011-04", [900, 850]));
    expect(r.statutory?.inForce).toBe(false);
    expect(r.statutory?.rag).toBe("none");
    expect(r.rag).toBe(r.internal?.rag);
    expect(r.rag).toBe("red");
  });

  it("of two statutory targets in force, the one that came into force last leads", () => {
    const fy: Target = { kind: "period-average", level: "statutory", value: 13, from: m("2012-04"), to: m("2013-03"), label: "13% over 2012-13" };
    const ind = indicator("ADOPTED", { polarity: "higher", unit: "percent", targets: [byDate(11, "2012-03"), fy] });
    const r = only([ind], monthly("ADOPTED", "2012-09", [12, 12]));
    expect(r.gaps).toHaveLength(2);
    expect(r.statutory?.target).toBe(fy);
    expect(r.rag).toBe("amber");
  });

  it("a current statutory target is preferred over one still due", () => {
    const ind = indicator("X", { targets: [byDate(50, "2013-03"), byDate(100, "2011-08")] });
    const r = only([ind], monthly("X", "2012-10", [90]));
    expect(r.statutory?.level).toBe(100);
  });
});

describe("computeResults: run of months on or off target", () => {
  const ind = indicator("CA_OOT", { targets: [byDate(100, "2011-08")] });
  it.each([
    { name: "green three months running", values: [120, 90, 80, 78], run: { onTarget: true, months: 3 } },
    { name: "off target two months running", values: [90, 105, 130], run: { onTarget: false, months: 2 } },
    { name: "amber and red both count as off target", values: [90, 105, 130, 108], run: { onTarget: false, months: 3 } },
    { name: "a missing month ends the run", values: [90, 90, undefined, 80, 80], run: { onTarget: true, months: 2 } },
  ])("$name", ({ values, run }) => {
    expect(only([ind], monthly("CA_OOT", "2012-06", values)).run).toEqual(run);
  });

  it("stops where the target did not yet apply", () => {
    expect(only([ind], monthly("CA_OOT", "2011-06", [90, 90, 90, 90])).run).toEqual({ onTarget: true, months: 2 });
  });
});

describe("computeResults: annual indicators", () => {
  const ind = indicator("KS2_ENG_GAP", { unit: "pp", frequency: "annual", targets: [byDate(34, "2012-08")] });
  it("stand on the latest yearly figure within twelve months and compare with the year before", () => {
    const r = only([ind], [obs("KS2_ENG_GAP", "2011-08", 38), obs("KS2_ENG_GAP", "2012-08", 33), obs("A", "2012-10", 1)], "2012-10");
    expect(r.value).toBe(33);
    expect(r.valueMonth).toBe(m("2012-08"));
    expect(r.previous).toBe(38);
    expect(r.direction).toBe("improving");
    expect(r.rag).toBe("green");
  });
});

describe("computeResults: areas", () => {
  const data = [...monthly("C", "2012-09", [180, 190]), ...monthly("C", "2012-09", [60, 70], "East Kent")];

  it("judges the whole authority, not one area, against a count target", () => {
    const [authority, east] = computeResults([indicator("C", { unit: "count", polarity: "lower", targets: [byDate(200)] })], data);
    expect(authority).toMatchObject({ area: "", rag: "green" });
    expect(east).toMatchObject({ area: "East Kent", rag: "none", gaps: [] });
    expect(east!.notes?.join(" ")).toMatch(/whole authority/);
  });

  it("applies a percentage target to each area", () => {
    const [, east] = computeResults([indicator("C", { unit: "percent", polarity: "lower", targets: [byDate(65)] })], data);
    expect(east).toMatchObject({ area: "East Kent", rag: "amber" });
  });
});

describe("computeResults: regressions found by fuzzing", () => {
  it("gives no relative gap for a target so near zero that the ratio overflows", () => {
    const r = only([indicator("TINY", { targets: [byDate(5e-324)] })], monthly("TINY", "2012-09", [10]));
    expect(r.statutory?.gap).toBe(-10);
    expect(r.statutory?.relativeGap).toBeUndefined();
  });
});
