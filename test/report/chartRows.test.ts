import { describe, expect, it } from "vitest";
import { monthIndex } from "../../src/domain/periods";
import { chartMonths, chartRows } from "../../src/report/dashboard/charts/chartRows";
import { targetApplies, targetLineValue } from "../../src/report/dashboard/charts/targetLine";
import { valueAxisScale } from "../../src/report/dashboard/charts/valueAxisScale";
import { AUG_2011, OCT_2012, gapFor, indicator, result, target } from "./fixtures";

const MAR_2012 = monthIndex(2012, 3);
const APR_2012 = monthIndex(2012, 4);
const MAR_2013 = monthIndex(2013, 3);

describe("chartMonths", () => {
  it("shows the last 13 months up to the reporting month", () => {
    const r = result(indicator("A"), { values: Array.from({ length: 20 }, (_, i) => i) });
    const months = chartMonths(r, OCT_2012, 13);
    expect(months).toHaveLength(13);
    expect(months[0]).toBe(OCT_2012 - 12);
    expect(months.at(-1)).toBe(OCT_2012);
  });

  it("starts at the first figure when the series is shorter", () => {
    const r = result(indicator("A"), { values: [1, 2, 3, 4] });
    expect(chartMonths(r, OCT_2012, 13)).toEqual([OCT_2012 - 3, OCT_2012 - 2, OCT_2012 - 1, OCT_2012]);
  });

  it("leaves out figures after the reporting month", () => {
    const r = result(indicator("A"), { values: [1, 2, 3, 4], month: OCT_2012 + 2 });
    expect(chartMonths(r, OCT_2012, 13).at(-1)).toBe(OCT_2012);
  });

  it("shows just the reporting month when there are no figures", () => {
    const r = { ...result(indicator("A")), series: [] };
    expect(chartMonths(r, OCT_2012, 13)).toEqual([OCT_2012]);
  });
});

describe("targetApplies", () => {
  it.each([
    ["by-date before its deadline", target("statutory", 200, { from: AUG_2011 }), AUG_2011 - 1, false],
    ["by-date from its deadline", target("statutory", 200, { from: AUG_2011 }), AUG_2011, true],
    ["by-date with no date", target("internal", 100), AUG_2011 - 40, true],
    ["period average inside", target("statutory", 65, { kind: "period-average", from: APR_2012, to: MAR_2013 }), OCT_2012, true],
    ["period average after", target("statutory", 65, { kind: "period-average", from: APR_2012, to: MAR_2013 }), MAR_2013 + 1, false],
    ["maintain", target("statutory", undefined, { kind: "maintain" }), AUG_2011, true],
  ])("%s → %s", (_name, t, month, applies) => {
    expect(targetApplies(t, month)).toBe(applies);
  });
});

describe("targetLineValue", () => {
  it("lets the target that came into force last win", () => {
    const byMarch = target("statutory", 11, { from: MAR_2012 });
    const average = target("statutory", 13, { kind: "period-average", from: APR_2012, to: MAR_2013 });
    const r = result(indicator("ADOPTED", { unit: "percent", targets: [byMarch, average] }));
    expect(targetLineValue(r, "statutory", MAR_2012 - 1)).toBeUndefined();
    expect(targetLineValue(r, "statutory", MAR_2012)).toBe(11);
    expect(targetLineValue(r, "statutory", OCT_2012)).toBe(13);
    expect(targetLineValue(r, "statutory", MAR_2013 + 1)).toBe(11);
  });

  it("draws a maintain target at the level the engine resolved, else the baseline", () => {
    const maintain = target("statutory", undefined, { kind: "maintain" });
    const ind = indicator("NI59", { unit: "percent", targets: [maintain], baseline: { value: 80 } });
    const resolved = { ...result(ind), gaps: [gapFor(maintain, { level: 82.5 })] };
    expect(targetLineValue(resolved, "statutory", OCT_2012)).toBe(82.5);
    expect(targetLineValue({ ...resolved, gaps: [] }, "statutory", OCT_2012)).toBe(80);
  });

  it("has no line for a benchmark nobody supplied", () => {
    const bench = target("statutory", undefined, { kind: "benchmark" });
    const r = { ...result(indicator("IA_RATE", { targets: [bench] })), gaps: [gapFor(bench)] };
    expect(targetLineValue(r, "statutory", OCT_2012)).toBeUndefined();
  });
});

describe("chartRows", () => {
  it("puts null where a month has no figure or no target applies", () => {
    const t = target("statutory", 200, { from: OCT_2012 - 1 });
    const r = result(indicator("A", { targets: [t] }), { values: [5, null, 7] });
    const none = { internal: null, restart: null, seriesBreak: null };
    // The path to the deadline runs from the first figure (5) to the target (200) at the deadline.
    expect(chartRows(r, OCT_2012, 13)).toEqual([
      { month: OCT_2012 - 2, value: 5, statutory: null, path: 5, ...none },
      { month: OCT_2012 - 1, value: null, statutory: 200, path: 200, ...none },
      { month: OCT_2012, value: 7, statutory: 200, path: null, ...none },
    ]);
  });

  it("draws the straight path from the start to a deadline, meeting the target at the deadline", () => {
    const t = target("statutory", 200, { from: AUG_2011 });
    const ind = indicator("UNALLOC28", { targets: [t], baseline: { value: 2269, month: AUG_2011 - 6 } });
    const r = result(ind, { month: AUG_2011, values: [2269, 1650, 973, 715, 520, 350, 191] });
    const rows = chartRows(r, AUG_2011, 13);
    const path = rows.filter((row) => row.path !== null);
    // At least two points at and before the deadline, so the target never shrinks to a lone point.
    expect(path.length).toBeGreaterThanOrEqual(2);
    expect(path[0]).toMatchObject({ month: AUG_2011 - 6, path: 2269 });
    expect(path.at(-1)).toMatchObject({ month: AUG_2011, path: 200, statutory: 200 });
    expect(path[3]!.path).toBeCloseTo(2269 + ((200 - 2269) * 3) / 6);
  });

  it("draws the path to a deadline still ahead, up to the reporting month", () => {
    const t = target("statutory", 200, { from: AUG_2011 });
    const ind = indicator("UNALLOC28", { targets: [t], baseline: { value: 2269, month: AUG_2011 - 6 } });
    const may = AUG_2011 - 3;
    const rows = chartRows(result(ind, { month: may, values: [2269, 1650, 973, 715] }), may, 13);
    expect(rows.map((row) => row.path !== null)).toEqual([true, true, true, true]);
    expect(rows.every((row) => row.statutory === null)).toBe(true);
  });

  it("marks each April of a year-to-date indicator and the month a series break starts", () => {
    const ind = indicator("NI59", { unit: "percent", yearToDate: true, seriesBreak: { from: OCT_2012 - 2 } });
    const rows = chartRows(result(ind, { values: Array.from({ length: 13 }, (_, i) => 80 + i / 2) }), OCT_2012, 13);
    expect(rows.filter((row) => row.restart !== null).map((row) => row.month)).toEqual([APR_2012]);
    expect(rows.filter((row) => row.seriesBreak !== null).map((row) => row.month)).toEqual([OCT_2012 - 2]);
  });
});

describe("valueAxisScale", () => {
  it("puts percentages on 0–100% unless they sit in a narrow band, and says where a cut axis starts", () => {
    expect(valueAxisScale("percent", [58, 74, null])).toEqual({ min: 0, max: 1, majorUnit: 0.1 });
    expect(valueAxisScale("percent", [86.9, 87.5, 93.7])).toEqual({ min: 0.8, max: 1, majorUnit: 0.05, cutAt: 80 });
    expect(valueAxisScale("count", [63, 200])).toEqual({ min: 0 });
  });
});
