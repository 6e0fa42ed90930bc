/**
 * Every sheet the tool generates, in the order they are written: the plan
 * (`buildWorkbookPlan`), `build --json` (`sheetsJson`), the pane and the
 * command line all take the sheets from here. A new sheet is one entry here
 * and one folder beside the others.
 */
import { planActionsEntry } from "./actions/planActionsEntry";
import { areaScorecardsEntry } from "./areas/areaScorecardsEntry";
import { improvementBudgetEntry } from "./budget/improvementBudgetEntry";
import { dashboardDataEntry } from "./dashboard/charts/dashboardDataEntry";
import { memberDashboardEntry } from "./dashboard/memberDashboardEntry";
import type { GeneratedSheet } from "./generatedSheet";
import { noticeTrackerEntry } from "./tracker/noticeTrackerEntry";

export const GENERATED_SHEETS = [
  memberDashboardEntry,
  noticeTrackerEntry,
  areaScorecardsEntry,
  improvementBudgetEntry,
  planActionsEntry,
  // Last: only the dashboard's charts read it.
  dashboardDataEntry,
] as const satisfies readonly GeneratedSheet[];

/** The Member Dashboard's entry: the sheet a build shows when it finishes, and the one the pane and the command line name. */
export const DASHBOARD = memberDashboardEntry;
/** The dashboard's chart data: written, but not one of the sheets a person reads. */
export const DASHBOARD_DATA = dashboardDataEntry;

/** Each sheet's name and whether it has input cells: what a shell reads under those names before the plan exists. */
export const SHEETS_TO_READ: readonly { name: string; inputs: boolean }[] = GENERATED_SHEETS.map(({ name, inputs }) => ({ name, inputs }));
