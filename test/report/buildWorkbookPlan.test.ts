import { describe, expect, it } from "vitest";
import { parseA1 } from "../../src/domain/a1";
import { buildDashboardPlan, DASHBOARD_SHEET_KEY } from "../../src/report/dashboard/buildDashboardPlan";
import { buildWorkbookPlan } from "../../src/report/buildWorkbookPlan";
import { GENERATED_SHEETS } from "../../src/report/generatedSheets";
import { actionsJson } from "../../src/report/actions/actionsJson";
import { budgetJson } from "../../src/report/budget/budgetJson";
import { noticeJson } from "../../src/report/tracker/noticeJson";
import { actionsReport } from "../../src/report/actions/actionsReport";
import { budgetReport } from "../../src/report/budget/budgetReport";
import { noticeTracker } from "../../src/report/tracker/noticeTracker";
import { OCT_2012, sampleOctober, sampleWorkbookInput } from "./frameworkFixtures";
import { inputBlocks } from "../../src/report/plan/preserve";
import { writtenCells as writtenCellsOf } from "./planCells";

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
    expect(GENERATED_SHEETS.map((s) => [s.key, s.name])).toEqual(plan.sheets.map((s) => [s.key, s.name]));
    expect(GENERATED_SHEETS.map((s) => s.inputs)).toEqual(plan.sheets.map((s) => s.inputs.length > 0));
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

  it("puts the budget block on the dashboard's first page, under the headline and the key, and keeps every section", () => {
    const alone = buildDashboardPlan(input).sheets.find((s) => s.key === DASHBOARD_SHEET_KEY)!;
    const dashboard = plan.sheets[0]!;
    const heading = writtenCellsOf(dashboard).find(([, v]) => typeof v === "string" && v.startsWith("Improvement budget"));
    expect(heading).toBeDefined();
    expect(heading![2].row).toBeLessThan(dashboard.print!.rowBreaks![0]!);
    expect(dashboard.blocks.length).toBeGreaterThan(alone.blocks.length);
    expect(dashboard.inputs.map((i) => i.key)).toEqual(alone.inputs.map((i) => i.key));
    expect(dashboard.charts.map((c) => c.name)).toEqual(alone.charts.map((c) => c.name));
  });

  it("shows every indicator that has figures on a generated sheet, with its targets (Area Scorecards)", () => {
    const scorecards = plan.sheets.find((s) => s.key === "area-scorecards")!;
    const texts = new Set(writtenCellsOf(scorecards).map(([, v]) => v));
    const withFigures = input.results.filter((r) => r.series.length > 0);
    expect(withFigures.length).toBeGreaterThan(6);
    for (const r of withFigures) expect(texts.has(r.indicator.name), r.code).toBe(true);
    const row = (name: string): unknown[] => {
      const cells = writtenCellsOf(scorecards);
      const heading = cells.find(([, v]) => v === name)![2].row;
      return cells.filter(([, , at]) => at.row === heading + 1).map(([, v]) => v);
    };
    expect(row("% of caseholding posts filled by permanent qualified social workers")).toEqual(expect.arrayContaining(["Whole authority", 0.884, "Amber"]));
    expect(row("Average caseload per caseholder")).toEqual(expect.arrayContaining(["Whole authority", 17.6, "Green"]));
  });

  it("gives every sheet a footer with its name, the reporting month and the page of the pages", () => {
    for (const sheet of plan.sheets) {
      expect(sheet.print?.footer, sheet.name).toMatch(/&A.*Reporting month: .+ \d{4}.*Page &P of &N/);
    }
  });

  it("writes no instruction text into any cell: prompts are notes", () => {
    for (const sheet of plan.sheets) {
      const values = writtenCellsOf({ ...sheet, blocks: [...sheet.blocks, ...inputBlocks(sheet, new Map())] }).map(([, v]) => v);
      const instructions = values.filter((v) => typeof v === "string" && /^(type|enter|add|write)\b|\bhere\.?$/i.test(v.trim()));
      expect(instructions, sheet.name).toEqual([]);
      for (const input of sheet.inputs) if (input.placeholder) expect(values).not.toContain(input.placeholder);
    }
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
    // IN 3's only live action (2.1.3, due 1 Sept 2011) is overdue: overdue actions do not count as cover.
    expect(json.coverageGaps).toContain("IN 3");
  });
});
