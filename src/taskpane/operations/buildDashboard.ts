/**
 * "Build dashboard", in four reported stages: read the tables, check them,
 * work out the gaps, write the dashboard. Like the command line, it stops when
 * the data has errors — but the pane then asks, and builds anyway on request.
 */
import { analyseTables } from "../../domain/analyse";
import { computeResults, UnknownPeriodError } from "../../domain/gaps";
import { monthLongLabel } from "../../domain/periods";
import type { MonthIndex, Observation } from "../../domain/types";
import { applyPlan, type ApplyReport } from "../../excel/applyPlan";
import { readForBuild } from "../../excel/readForBuild";
import { buildDashboardPlan, DASHBOARD_SHEET_KEY } from "../../report/buildDashboardPlan";
import { dashboardSheets } from "../../report/dashboardSheets";
import { dashboardResults } from "../../report/dashboardResults";
import { applyChoice } from "../indicatorChoice";
import type { PaneSettings } from "../paneSettings";
import type { PaneServices } from "../paneServices";
import { countRag, type RagCounts } from "../ragCounts";

export type BuildStage = "reading" | "checking" | "gaps" | "writing";

/** The stages in order, with the words the progress bar shows. */
export const BUILD_STAGES: readonly { stage: BuildStage; label: string }[] = [
  { stage: "reading", label: "Reading tables" },
  { stage: "checking", label: "Checking" },
  { stage: "gaps", label: "Working out gaps" },
  { stage: "writing", label: "Writing the dashboard" },
];

export interface BuildRequest {
  /** The reporting month; undefined means the latest month with figures. */
  month?: MonthIndex;
  /** Build even when the data has errors (the person confirmed). */
  allowErrors: boolean;
  settings: PaneSettings;
}

export interface BuildSummary {
  month: MonthIndex;
  /** The dashboard sheet's name as written (another when a person's sheet held the name). */
  sheet: string;
  /** Indicators on the dashboard, and their ratings. */
  indicators: number;
  counts: RagCounts;
  renamed: ApplyReport["renamed"];
  skipped: ApplyReport["skipped"];
  /** Data errors present when the person chose to build anyway. */
  errorsIgnored: number;
}

export type BuildOutcome =
  | { kind: "built"; summary: BuildSummary }
  /** The data has errors and the person has not yet said to build anyway. */
  | { kind: "has-errors"; errors: number }
  /** Nothing to build from; the sentence says why and what to do. */
  | { kind: "cannot-build"; message: string };

/** The latest "as at" extract date among the reporting month's rows. */
function latestAsAt(observations: readonly Observation[], month: MonthIndex): string | undefined {
  let latest: string | undefined;
  for (const o of observations) if (o.month === month && o.asAt && (!latest || o.asAt > latest)) latest = o.asAt;
  return latest;
}

/**
 * Runs the build in 3 syncs, first build or refresh: the read takes 2 (tables,
 * and what sits under the dashboard's sheet names), the write 1. Throws
 * ExcelShellError when Excel fails.
 */
export async function buildDashboard(
  services: Pick<PaneServices, "excel" | "supports">,
  request: BuildRequest,
  onStage: (stage: BuildStage) => void = () => {},
): Promise<BuildOutcome> {
  onStage("reading");
  const { tables, existing } = await services.excel((context) => readForBuild(context, dashboardSheets()));

  onStage("checking");
  const analysis = analyseTables(tables);
  if (!analysis.summary.usable) {
    return { kind: "cannot-build", message: "The workbook has no IndicatorData table to build from. Set up this workbook first." };
  }
  const errors = analysis.summary.errors;
  if (errors > 0 && !request.allowErrors) return { kind: "has-errors", errors };

  onStage("gaps");
  let results;
  try {
    results = computeResults(analysis.catalogue, analysis.observations, {
      month: request.month,
      benchmarks: analysis.benchmarks,
      defaultTolerance: request.settings.tolerancePercent / 100,
    });
  } catch (error) {
    if (error instanceof UnknownPeriodError) return { kind: "cannot-build", message: `${error.message} Pick another month.` };
    throw error;
  }
  const month = request.month ?? results[0]?.month;
  if (month === undefined) return { kind: "cannot-build", message: "IndicatorData has no figures yet. Add this month's figures, then build." };
  const chosen = applyChoice(results, request.settings.indicators);
  const shown = dashboardResults(chosen);
  if (shown.length === 0) {
    return { kind: "cannot-build", message: "No indicator with figures is chosen for the dashboard. Choose some under Settings, then build." };
  }

  onStage("writing");
  const asAt = latestAsAt(analysis.observations, month);
  const plan = buildDashboardPlan({ results: chosen, month, monthsShown: request.settings.monthsShown, ...(asAt ? { asAt } : {}) });
  const report = await services.excel((context) => applyPlan(context, plan, { isSetSupported: (v) => services.supports(v), existing }));
  const index = plan.sheets.findIndex((s) => s.key === DASHBOARD_SHEET_KEY);
  return {
    kind: "built",
    summary: {
      month,
      sheet: report.sheets[index] ?? plan.sheets[index]?.name ?? "Member Dashboard",
      indicators: shown.length,
      counts: countRag(shown),
      renamed: report.renamed,
      skipped: report.skipped,
      errorsIgnored: errors,
    },
  };
}

/** "the Member Dashboard for March 2017". */
export function builtSentence(summary: BuildSummary): string {
  return `Built ${summary.sheet} for ${monthLongLabel(summary.month)} with ${summary.indicators} indicator${summary.indicators === 1 ? "" : "s"}.`;
}
