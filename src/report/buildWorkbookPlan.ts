/**
 * The whole generated workbook: the Member Dashboard (with the budget in brief
 * at its foot), the Notice tracker, the area scorecards, the improvement
 * budget and the plan actions, then the dashboard's chart data. Sheets whose
 * input is missing are left out: no Budget table, no budget sheet or block;
 * no Actions table, no actions sheet.
 */
import type { BudgetLine } from "../domain/budget";
import type { PlanAction } from "../domain/actions";
import type { Benchmark } from "../domain/gaps";
import type { Catalogue } from "../domain/types";
import { actionsSheet } from "./actionsSheet";
import { appendToSheet, lastUsedRow } from "./appendToSheet";
import { areaScorecards } from "./areaScorecards";
import { areaScorecardsSheet } from "./areaScorecardsSheet";
import { BUDGET_SHEET_NAME, budgetSheet } from "./budgetSheet";
import { budgetSummaryBlock } from "./budgetSummaryBlock";
import { buildDashboardPlan, DASHBOARD_SHEET_KEY, type DashboardInput, latestAsAt } from "./buildDashboardPlan";
import { type FrameworkReports, frameworkReports } from "./frameworkReports";
import { noticeTrackerSheet } from "./noticeTrackerSheet";
import type { SheetPlan, WorkbookPlan } from "./plan";

export interface WorkbookInput extends DashboardInput {
  /** The indicator catalogue: the Notice tracker lists every statutory target in it. */
  catalogue: Catalogue;
  /** Lines from the Budget table; leave out when the workbook has no Budget table. */
  budget?: readonly BudgetLine[];
  /** Actions from the Actions table; leave out when the workbook has no Actions table. */
  actions?: readonly PlanAction[];
  /** Comparator figures, for Notice targets set against a benchmark. */
  benchmarks?: ReadonlyMap<string, Benchmark>;
  /** The tracker, budget and actions reports when already worked out (see `frameworkReports`); else worked out here. */
  reports?: FrameworkReports;
}

/** Builds every sheet the inputs allow. Actions are judged as at the last day of `month`. */
export function buildWorkbookPlan(input: WorkbookInput): WorkbookPlan {
  const dashboardPlan = buildDashboardPlan(input);
  const dashboardIndex = dashboardPlan.sheets.findIndex((s) => s.key === DASHBOARD_SHEET_KEY);
  let dashboard = dashboardPlan.sheets[dashboardIndex]!;
  const others = dashboardPlan.sheets.filter((_, i) => i !== dashboardIndex);
  // As the dashboard does: the extract date given, else the latest among the results.
  const asAt = input.asAt ?? latestAsAt(input.results);
  const sheets: SheetPlan[] = [];

  const reports = input.reports ?? frameworkReports(input);
  sheets.push(noticeTrackerSheet({ rows: reports.tracker, month: input.month, ...(asAt ? { asAt } : {}) }));
  sheets.push(areaScorecardsSheet({ groups: areaScorecards(input.results, input.month), month: input.month, ...(asAt ? { asAt } : {}) }));

  if (reports.budget) {
    const report = reports.budget;
    sheets.push(budgetSheet({ report, month: input.month }));
    if (report.rows.length > 0) {
      const start = lastUsedRow(dashboard) + 2;
      const block = budgetSummaryBlock(report, start, BUDGET_SHEET_NAME);
      dashboard = appendToSheet(dashboard, block.parts, start, block.lastRow);
    }
  }
  if (reports.actions) {
    sheets.push(actionsSheet({ report: reports.actions, month: input.month, catalogue: input.catalogue }));
  }
  return { ...dashboardPlan, sheets: [dashboard, ...sheets, ...others] };
}
