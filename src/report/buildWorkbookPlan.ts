/**
 * The whole generated workbook: the Member Dashboard (with the budget in brief
 * on its first page), the Notice tracker, the area scorecards, the improvement
 * budget and the plan actions, then the dashboard's chart data. Sheets whose
 * input is missing are left out: no Budget table, no budget sheet or block;
 * no Actions table, no actions sheet.
 */
import type { BudgetLine } from "../domain/budget";
import type { PlanAction } from "../domain/actions";
import type { Benchmark } from "../domain/gaps";
import type { Catalogue, MonthIndex } from "../domain/types";
import { actionsSheet } from "./actions/actionsSheet";
import { areaScorecards } from "./areas/areaScorecards";
import { areaScorecardsSheet } from "./areas/areaScorecardsSheet";
import { BUDGET_SHEET_NAME, budgetSheet } from "./budget/budgetSheet";
import { budgetSummaryBlock } from "./budget/budgetSummaryBlock";
import { buildDashboardPlan, DASHBOARD_SHEET_KEY, type DashboardInput, latestAsAt } from "./dashboard/buildDashboardPlan";
import { type FrameworkReports, frameworkReports } from "./frameworkReports";
import { noticeTrackerSheet } from "./tracker/noticeTrackerSheet";
import type { SheetPlan, WorkbookPlan } from "./plan/plan";
import { PRINT_MARGINS, printFooter } from "./layout/printFooter";

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
  const reports = input.reports ?? frameworkReports(input);
  const budget = reports.budget;
  // The budget in brief sits on the dashboard's first page, under the headline and the key.
  // Always the block when there is a Budget table: with no lines for the reporting month's year, it says so.
  const firstPageBlock =
    budget ? (start: number) => budgetSummaryBlock(budget, start, BUDGET_SHEET_NAME) : undefined;
  const dashboardPlan = buildDashboardPlan({ ...input, ...(firstPageBlock ? { firstPageBlock } : {}) });
  const dashboardIndex = dashboardPlan.sheets.findIndex((s) => s.key === DASHBOARD_SHEET_KEY);
  const dashboard = dashboardPlan.sheets[dashboardIndex]!;
  const others = dashboardPlan.sheets.filter((_, i) => i !== dashboardIndex);
  // As the dashboard does: the extract date given, else the latest among the results.
  const asAt = input.asAt ?? latestAsAt(input.results);
  const sheets: SheetPlan[] = [];

  sheets.push(noticeTrackerSheet({ rows: reports.tracker, month: input.month, ...(asAt ? { asAt } : {}) }));
  sheets.push(areaScorecardsSheet({ groups: areaScorecards(input.results, input.month), month: input.month, ...(asAt ? { asAt } : {}) }));

  if (budget) sheets.push(budgetSheet({ report: budget, month: input.month }));
  if (reports.actions) {
    sheets.push(actionsSheet({ report: reports.actions, month: input.month, catalogue: input.catalogue }));
  }
  const all = [dashboard, ...sheets, ...others].map((sheet) => withFooter(sheet, input.month));
  return { ...dashboardPlan, sheets: all };
}

/** Every generated sheet prints its name, the reporting month and "Page n of m" at the foot of each page. */
function withFooter(sheet: SheetPlan, month: MonthIndex): SheetPlan {
  if (!sheet.print || sheet.print.footer) return sheet;
  return { ...sheet, print: { ...sheet.print, footer: printFooter(month), margins: sheet.print.margins ?? PRINT_MARGINS } };
}
