/** What `scorecard build --json` prints: the contract's period and indicators, then the framework reports. */
import { toBuildJson } from "../domain/gaps";
import type { IndicatorResult } from "../domain/results";
import type { MonthIndex } from "../domain/types";
import { actionsJson, budgetJson, noticeJson } from "../report/frameworkJson";
import type { FrameworkReports } from "../report/frameworkReports";

export type BuildJson = ReturnType<typeof buildJson>;

/** The JSON report of a build; `null` for a budget or actions table the workbook does not have. */
export function buildJson(results: readonly IndicatorResult[], month: MonthIndex, reports: FrameworkReports) {
  return {
    ...toBuildJson(results, month),
    notice: noticeJson(reports.tracker),
    budget: reports.budget ? budgetJson(reports.budget) : null,
    actions: reports.actions ? actionsJson(reports.actions) : null,
  };
}
