/** What `scorecard build --json` prints: the contract's period and indicators, then each generated sheet's part. */
import { toBuildJson } from "../domain/gaps";
import type { IndicatorResult } from "../domain/results";
import type { MonthIndex } from "../domain/types";
import type { SheetReports } from "../report/generatedSheet";
import { sheetsJson } from "../report/sheetsJson";

export type BuildJson = ReturnType<typeof buildJson>;

/** The JSON report of a build, from the same reports the plan drew; `null` for a sheet whose table the workbook does not have. */
export function buildJson(results: readonly IndicatorResult[], month: MonthIndex, reports: SheetReports) {
  return { ...toBuildJson(results, month), ...sheetsJson(reports) };
}
