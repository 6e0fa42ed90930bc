/**
 * The reports behind the Notice tracker, the budget and the actions sheets,
 * worked out once per build: the plan draws them and `build --json` prints them.
 */
import type { PlanAction } from "../domain/actions";
import type { BudgetLine } from "../domain/budget";
import type { Benchmark } from "../domain/gaps";
import type { IndicatorResult } from "../domain/results";
import type { Catalogue, MonthIndex } from "../domain/types";
import { type ActionsReport, actionsReport } from "./actions/actionsReport";
import { type BudgetReport, budgetReport } from "./budget/budgetReport";
import { noticeTracker, type TrackerRow } from "./tracker/noticeTracker";

export interface FrameworkReports {
  tracker: TrackerRow[];
  /** Undefined when the workbook has no Budget table. */
  budget?: BudgetReport;
  /** Undefined when the workbook has no Actions table. */
  actions?: ActionsReport;
}

export interface FrameworkInput {
  results: readonly IndicatorResult[];
  month: MonthIndex;
  catalogue: Catalogue;
  benchmarks?: ReadonlyMap<string, Benchmark>;
  budget?: readonly BudgetLine[];
  actions?: readonly PlanAction[];
}

/** The tracker, budget and actions reports at `month` (actions as at its last day). */
export function frameworkReports(input: FrameworkInput): FrameworkReports {
  return {
    tracker: noticeTracker(input.catalogue, input.results, input.month, input.benchmarks, input.actions),
    ...(input.budget ? { budget: budgetReport(input.budget, input.month) } : {}),
    ...(input.actions ? { actions: actionsReport(input.actions, input.month) } : {}),
  };
}
