/**
 * The whole decision of a build, shared by the command line and the add-in:
 * check the tables, stop on errors unless asked not to, apply the workbook's
 * settings, choose the reporting month, work out the gaps and make the plan.
 * Pure: the shells only read the tables before and write the plan after.
 */
import { analyseTables } from "../domain/analyse";
import { buildNotices } from "../domain/buildNotices";
import { computeResultsAt } from "../domain/gaps";
import type { IndicatorResult } from "../domain/results";
import { type BuildSettings, dashboardCodes, DEFAULT_SETTINGS, readSettings } from "../domain/settings";
import type { MonthIndex, WorkbookTables } from "../domain/types";
import { buildWorkbookPlan } from "../report/buildWorkbookPlan";
import { dashboardResults } from "../report/dashboard/dashboardResults";
import type { WorkbookPlan } from "../report/plan/plan";
import { sheetReports } from "../report/sheetReports";
import type { WorkbookInput } from "../report/workbookInput";
import { type BuildJson, buildJson } from "./buildJson";
import { analysedReportingMonth } from "./reportingMonth";
import { dashboardTitle } from "../sample/sampleFigures";

export interface BuildRequest {
  /** The reporting month; undefined means the latest month with figures. */
  month?: MonthIndex;
  /** Build even when the data has errors (rows with errors are left out). */
  allowErrors: boolean;
  /**
   * Settings for what the workbook's Settings table does not say (the pane's
   * own, until they are moved into the table); the table wins, then these, then the defaults.
   */
  defaults?: Partial<BuildSettings>;
}

/** Why nothing can be built. */
export type CannotBuildReason = "no-data-table" | "no-figures" | "unknown-period" | "no-dashboard-indicators";

export interface ReadyBuild {
  kind: "ready";
  plan: WorkbookPlan;
  /** What `build --json` prints, worked out with the plan. */
  json: BuildJson;
  month: MonthIndex;
  /** The settings the build used. */
  settings: BuildSettings;
  /** Every result, and the dashboard's in its order. */
  results: IndicatorResult[];
  dashboard: IndicatorResult[];
  /** Data errors present when the caller asked to build anyway. */
  errorsIgnored: number;
  /** Sentences a build must say besides "written": figures just outside a table, dashboard indicators missing the month. */
  notices: string[];
  /** Built from the sample's illustrative figures (the dashboard's title says so). */
  sample: boolean;
}

export type PreparedBuild =
  | { kind: "cannot-build"; reason: CannotBuildReason; message: string }
  | { kind: "has-errors"; errors: number }
  | ReadyBuild;

const cannot = (reason: CannotBuildReason, message: string): PreparedBuild => ({
  kind: "cannot-build",
  reason,
  message,
});

/** Decides a build from the workbook's tables. Never throws for bad data. */
export function prepareBuild(tables: WorkbookTables, request: BuildRequest): PreparedBuild {
  // The reporting month also dates the Actions table's checks (its last day is "today").
  const analysis = analyseTables(tables, undefined, request.month === undefined ? {} : { month: request.month });
  if (!analysis.summary.usable) {
    const missing = analysis.issues.find((i) => i.rule === "missing-table")?.message;
    return cannot("no-data-table", missing ?? "The workbook has no IndicatorData table to build from.");
  }
  const { errors } = analysis.summary;
  if (errors > 0 && !request.allowErrors) return { kind: "has-errors", errors };

  const base: BuildSettings = { ...DEFAULT_SETTINGS, ...request.defaults };
  const settings: BuildSettings = { ...base, ...readSettings(tables.get("settings"), analysis.catalogue, base).given };

  const chosen = analysedReportingMonth(analysis, request.month);
  if (chosen.kind === "no-figures") return cannot("no-figures", "IndicatorData has no figures to report yet.");
  if (chosen.kind === "unknown") return cannot("unknown-period", chosen.message);
  const { month } = chosen;

  const { catalogue, benchmarks, budget, actions } = analysis;
  // The month is known to have figures: computeResultsAt does not look through every row to check it again.
  const results = computeResultsAt(catalogue, analysis.observations, month, {
    benchmarks,
    defaultTolerance: settings.tolerancePercent / 100,
    ...(analysis.areas ? { areas: analysis.areas } : {}),
  });
  const codes = dashboardCodes(catalogue, settings.indicators);
  const dashboard = dashboardResults(results, codes);
  // A choice that shows nothing is a mistake to point out; a catalogue that marks
  // nothing for the dashboard still builds the other sheets (the dashboard says it is empty).
  const chose = (settings.indicators ?? []).length > 0;
  if (dashboard.length === 0 && chose)
    return cannot("no-dashboard-indicators", "No indicator with figures is chosen for the dashboard.");

  // Figures set-up invented for trying the add-in out: the dashboard's title says so.
  const title = dashboardTitle(analysis.observations, month);
  const input: WorkbookInput = {
    ...(title ? { title } : {}),
    results,
    month,
    monthsShown: settings.monthsShown,
    dashboardIndicators: codes,
    catalogue,
    benchmarks,
    ...(budget ? { budget } : {}),
    ...(actions ? { actions } : {}),
  };
  // Worked out once: the plan draws these reports and the JSON prints them.
  const reports = sheetReports(input);
  const plan = buildWorkbookPlan(input, reports);
  return {
    kind: "ready",
    plan,
    json: buildJson(results, month, reports),
    month,
    settings,
    results,
    dashboard,
    errorsIgnored: errors,
    notices: buildNotices(analysis, month),
    sample: title !== undefined,
  };
}
