import { describe, expect, it } from "vitest";
import { parseA1 } from "../../src/domain/a1";
import { buildDashboardPlan, DASHBOARD_SHEET_KEY } from "../../src/report/buildDashboardPlan";
import { buildWorkbookPlan } from "../../src/report/buildWorkbookPlan";
import { frameworkSheets } from "../../src/report/frameworkSheets";
import { actionsJson, budgetJson, noticeJson } from "../../src/report/frameworkJson";
import { actionsReport } from "../../src/report/actionsReport";
import { budgetReport } from "../../src/report/budgetReport";
import { noticeTracker } from "../../src/report/noticeTracker";
import { OCT_2012, sampleOctober, sampleWorkbookInput } from "./frameworkFixtures";

describe("buildWorkbookPlan", () => {
  const input = sampleWorkbookInput();
  const plan = buildWorkbookPlan(input);

  it("writes the dashboard, the four framework sheets, then the chart data", () => {
    expect(plan.sheets.map((s) => [s.key, s.name])).toEqual([
      ["member-dashboard", "Member Dashboard"],
      ["notice-tracker", "Notice Tracker"],
      ["area-scorecards", "Area Scorecards"],
      ["improvement-budget", "Improvement Budget"],
      ["plan-actions", "Plan Actions"],
      ["dashboard-data", "Dashboard Data"],
    ]);
    expect(plan.activate).toBe("Member Dashboard");
    expect(frameworkSheets().map((s) => s.name)).toEqual(plan.sheets.slice(1, 5).map((s) => s.name));
    expect(frameworkSheets().map((s) => s.inputs)).toEqual(plan.sheets.slice(1, 5).map((s) => s.inputs.length > 0));
  });

  it("keeps the rules every generated sheet follows: key column hidden, one input per row, unique input keys", () => {
    for (const sheet of plan.sheets.slice(0, 5)) {
      expect(sheet.columnWidths[1]).toBe(0);
      const rows = sheet.inputs.map((i) => parseA1(i.address).row);
      expect(new Set(rows).size).toBe(rows.length);
      expect(sheet.inputs.every((i) => parseA1(i.address).column > 1)).toBe(true);
    }
    const keys = plan.sheets.flatMap((s) => s.inputs.map((i) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("adds the budget block to the dashboard and nothing else changes on it", () => {
    const alone = buildDashboardPlan(input).sheets.find((s) => s.key === DASHBOARD_SHEET_KEY)!;
    const dashboard = plan.sheets[0]!;
    expect(dashboard.blocks.slice(0, alone.blocks.length)).toEqual(alone.blocks);
    expect(dashboard.blocks.length).toBeGreaterThan(alone.blocks.length);
    expect(dashboard.inputs).toEqual(alone.inputs);
  });

  it("leaves out the budget sheet and block without a Budget table, and the actions sheet without an Actions table", () => {
    const { budget: _b, actions: _a, ...bare } = input;
    const without = buildWorkbookPlan(bare);
    expect(without.sheets.map((s) => s.key)).toEqual(["member-dashboard", "notice-tracker", "area-scorecards", "dashboard-data"]);
    expect(without.sheets[0]).toEqual(buildDashboardPlan(bare).sheets[0]);
  });

  it("shows an empty Budget table as a sheet and a dashboard block that say so", () => {
    const empty = buildWorkbookPlan({ ...input, budget: [] });
    expect(empty.sheets.map((s) => s.key)).toContain("improvement-budget");
    const dashboard = empty.sheets[0]!;
    const texts = dashboard.blocks.flatMap((b) => b.values.flat());
    expect(texts).toContain("No budget lines for 2012-13, the financial year of Oct 2012: the Budget table has no lines.");
  });
});

describe("the framework's build --json parts", () => {
  const { analysis, results } = sampleOctober();

  it("notice: one object per target with its verdict", () => {
    const json = noticeJson(noticeTracker(analysis.catalogue, results, OCT_2012, analysis.benchmarks));
    const cp = json.find((n) => n.code === "CP_2YR")!;
    expect(cp).toMatchObject({ reference: "IN 8", kind: "period-average", deadline: "Apr 2012 – Mar 2013", level: 6, value: 7.3, valuePeriod: "2012-10", rag: "red", verdict: "not met" });
    expect(Object.keys(cp).slice(0, 4)).toEqual(["code", "index", "reference", "target"]);
  });

  it("budget: every line with its parent, and the total", () => {
    const json = budgetJson(budgetReport(analysis.budget!, OCT_2012));
    expect(json.lines.map((l) => l.partOf)).toEqual([null, "Improvement programme 2012-13", "Improvement programme 2012-13", "Improvement programme 2012-13", null]);
    expect(json.total).toMatchObject({ net: 749_000, variance: -7000, rag: "green", percentSpent: 42.7236 });
  });

  it("actions: counts, the overdue list and the coverage gaps", () => {
    const json = actionsJson(actionsReport(analysis.actions!, OCT_2012));
    expect(json.asAt).toBe("2012-10-31");
    expect(json.summary.overall).toMatchObject({ total: 23, completed: 8, overdue: 9, percentComplete: 34.7826 });
    expect(json.overdue[0]).toEqual({ ref: "3.3.4", due: "2011-06-30", lead: "Tom Molloy" });
    expect(json.coverageGaps).toContain("IN 1");
    expect(json.coverageGaps).not.toContain("IN 3");
  });
});
