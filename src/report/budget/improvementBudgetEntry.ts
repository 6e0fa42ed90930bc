/**
 * The Improvement Budget in the registry, with the budget in brief on the
 * dashboard's first page. No Budget table, no sheet and no block; a table with
 * no lines for the reporting month's year still gets both, saying so.
 */
import type { GeneratedSheet } from "../generatedSheet";
import { budgetJson } from "./budgetJson";
import { type BudgetReport, budgetReport } from "./budgetReport";
import { BUDGET_SHEET_KEY, BUDGET_SHEET_NAME, budgetSheet } from "./budgetSheet";
import { budgetSummaryBlock } from "./budgetSummaryBlock";

export const improvementBudgetEntry = {
  key: BUDGET_SHEET_KEY,
  name: BUDGET_SHEET_NAME,
  inputs: false,
  report: (input) => (input.budget ? budgetReport(input.budget, input.month) : undefined),
  build: (report, { input }) => budgetSheet({ report, month: input.month }),
  firstPageBlock: (report) => (startRow) => budgetSummaryBlock(report, startRow, BUDGET_SHEET_NAME),
  json: { field: "budget", of: (report) => budgetJson(report) },
} as const satisfies GeneratedSheet<BudgetReport>;
