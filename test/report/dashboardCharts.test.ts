import { describe, expect, it } from "vitest";
import { monthIndex } from "../../src/domain/periods";
import { buildDashboardPlan } from "../../src/report/dashboard/buildDashboardPlan";
import type { SheetPlan } from "../../src/report/plan/plan";
import { AUG_2011, OCT_2012, indicator, manyResults, result, target } from "./fixtures";
import { cellAt, overlaps, rangeValues, rectOf, writtenCells } from "./planCells";

const UNALLOC = result(
  indicator("UNALLOC28", { name: "Cases unallocated for over 28 days", targets: [target("statutory", 200, { from: AUG_2011 })] }),
  { values: Array.from({ length: 18 }, (_, i) => 300 - i * 10), rag: "green", gap: 30 },
);
const DENTAL = result(
  indicator("DENTAL", {
    name: "% with dental checks",
    unit: "percent",
    polarity: "higher",
    targets: [target("statutory", 85, { from: monthIndex(2012, 3) }), target("internal", 90)],
  }),
  { values: [80, 82, 84, 86, 88.1], rag: "green", gap: 3.1 },
);
const NONE = result(indicator("POSTS", { unit: "percent", definition: undefined, impact: " " }), { values: [90] });

function build(results = [UNALLOC, DENTAL, NONE]): { dash: SheetPlan; data: SheetPlan } {
  const plan = buildDashboardPlan({ results, month: OCT_2012 });
  return { dash: plan.sheets[0]!, data: plan.sheets[1]! };
}

describe("indicator charts", () => {
  const { dash, data } = build();

  it("has one line chart per dashboard indicator, named after its code, under a short title that says what it draws", () => {
    // The section heading above each chart names the indicator.
    expect(dash.charts.map((c) => [c.name, c.type, c.title])).toEqual([
      ["chart-UNALLOC28", "line", "Figures and targets, Oct 2011 to Oct 2012"],
      ["chart-DENTAL", "line", "Figures and targets, Jun 2012 to Oct 2012"],
      ["chart-POSTS", "line", "Figures (no target in these months), Oct 2012 to Oct 2012"],
    ]);
    expect(dash.charts.every((c) => c.dataSheet === "Dashboard Data")).toBe(true);
  });

  it("has a series for the values and for each target the indicator has", () => {
    expect(dash.charts.map((c) => c.series.map((s) => s.name))).toEqual([
      ["Actual", "Statutory target"],
      ["Actual", "Statutory target", "Internal target"],
      ["Actual"],
    ]);
    const [actual, statutory, internal] = dash.charts[1]!.series;
    expect(actual).toMatchObject({ dash: "solid", markers: true, marker: "circle" });
    expect(statutory).toMatchObject({ dash: "longDash", markers: true, marker: "square" });
    expect(internal).toMatchObject({ dash: "dot", markers: true, marker: "triangle" });
    expect(new Set([actual!.color, statutory!.color, internal!.color]).size).toBe(3);
  });

  it("tells every line apart by dash and marker as well as colour, never in the gridlines' colour, never smoothed", () => {
    for (const chart of dash.charts) {
      const looks = chart.series.map((s) => `${s.line === false ? "none" : s.dash}/${s.markers ? s.marker : "none"}`);
      expect(new Set(looks).size).toBe(looks.length);
      for (const s of chart.series) {
        expect(s.smooth).toBe(false);
        expect(s.color.toUpperCase()).not.toBe(chart.gridlineColor?.toUpperCase());
      }
    }
  });

  it("labels the latest figure and each target line's last point with their values", () => {
    const [actual, statutory, internal] = dash.charts[1]!.series;
    expect([actual!.labelPoints, statutory!.labelPoints, internal!.labelPoints]).toEqual([[4], [4], [4]]);
    // At the last month: internal 90 highest (above), the figure 88.1 between (right), statutory 85 lowest (below).
    expect([internal!.labelPosition, actual!.labelPosition, statutory!.labelPosition]).toEqual(["above", "right", "below"]);
  });

  it("reads the last 13 months' labels and values from the data sheet", () => {
    const chart = dash.charts[0]!;
    const labels = rangeValues(data, chart.categories);
    expect(labels).toHaveLength(13);
    expect(labels[0]).toBe("Oct 2011");
    expect(labels.at(-1)).toBe("Oct 2012");
    expect(rangeValues(data, chart.series[0]!.values)).toEqual(Array.from({ length: 13 }, (_, i) => 300 - (i + 5) * 10));
    expect(rangeValues(data, chart.series[1]!.values)).toEqual(Array.from({ length: 13 }, () => 200));
  });

  it("writes percentages as fractions and leaves target months blank before a deadline", () => {
    const chart = dash.charts[1]!;
    expect(rangeValues(data, chart.categories)).toEqual(["Jun 2012", "Jul 2012", "Aug 2012", "Sep 2012", "Oct 2012"]);
    expect(rangeValues(data, chart.series[0]!.values)).toEqual([0.8, 0.82, 0.84, 0.86, 0.881]);
    expect(rangeValues(data, chart.series[1]!.values)).toEqual([0.85, 0.85, 0.85, 0.85, 0.85]);
    expect(rangeValues(data, chart.series[2]!.values)).toEqual([0.9, 0.9, 0.9, 0.9, 0.9]);
    // Figures within a narrow band (80–90%) get a cut axis, and the axis title says where it starts.
    expect(chart.valueAxis).toEqual({ title: "Per cent (axis starts at 70%)", numberFormat: "0%", min: 0.7, max: 1, majorUnit: 0.05 });
    expect(dash.charts[0]!.valueAxis).toEqual({ title: "Cases", numberFormat: "#,##0", min: 0 });
  });

  it("heads each data block with Month, Value, the targets, the path and the marks", () => {
    const first = rectOf(dash.charts[0]!.categories);
    const header = ["B", "C", "D", "E", "F", "G", "H"].map((c) => cellAt(data, `${c}${first.top - 1}`));
    expect(header).toEqual(["Month", "Value", "Statutory target", "Path to statutory target", "Internal target", "April: year-to-date restarts", "Series break"]);
    expect(cellAt(data, "B1")).toMatch(/overwritten on refresh/);
  });

  it("places charts so that none overlaps another", () => {
    const rects = dash.charts.map((c) => rectOf(`${c.position.from}:${c.position.to}`));
    rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });

  it("keeps every written cell out of the charts' areas", () => {
    const rects = dash.charts.map((c) => rectOf(`${c.position.from}:${c.position.to}`));
    const inputs = dash.inputs.map((i) => rectOf(i.address));
    for (const [address, value, at] of writtenCells(dash)) {
      if (value === null) continue;
      const cell = { top: at.row, bottom: at.row, left: at.column, right: at.column };
      for (const r of [...rects]) expect(overlaps(r, cell), `${address} inside a chart`).toBe(false);
    }
    for (const input of inputs) for (const r of rects) expect(overlaps(r, input)).toBe(false);
  });

  it("gives each section its definition and impact, or says none is recorded", () => {
    const texts = writtenCells(dash).map(([, v]) => v);
    expect(texts).toContain("Definition of UNALLOC28.");
    expect(texts).toContain("Impact of DENTAL.");
    expect(texts).toContain("No definition recorded.");
    expect(texts).toContain("No impact statement recorded.");
  });

  it("scales: 60 indicators make 60 charts and 60 commentary cells", () => {
    const big = build(manyResults(60));
    expect(big.dash.charts).toHaveLength(60);
    expect(new Set(big.dash.charts.map((c) => c.name)).size).toBe(60);
    expect(big.dash.inputs).toHaveLength(60);
    const rects = big.dash.charts.map((c) => rectOf(`${c.position.from}:${c.position.to}`));
    for (let i = 1; i < rects.length; i++) expect(rects[i]!.top).toBeGreaterThan(rects[i - 1]!.bottom);
    const last = big.dash.charts.at(-1)!;
    expect(rangeValues(big.data, last.series[0]!.values)).toEqual([120, 110, 100]);
  });

  it("honours a shorter monthsShown", () => {
    const plan = buildDashboardPlan({ results: [UNALLOC], month: OCT_2012, monthsShown: 6 });
    expect(rangeValues(plan.sheets[1]!, plan.sheets[0]!.charts[0]!.categories)).toHaveLength(6);
  });
});
