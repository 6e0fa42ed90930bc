/**
 * "Build dashboard", in four reported stages: read the tables, check them,
 * work out the gaps, write the dashboard. Like the command line, it stops when
 * the data has errors — but the pane then asks, and builds anyway on request —
 * and it writes the whole workbook plan: the Member Dashboard and, beside it,
 * the Notice Tracker, the area scorecards and, when their tables exist, the
 * improvement budget and the plan actions. The pane's settings (indicators
 * chosen and their order, months shown, tolerance) shape the dashboard.
 */
import { type CannotBuildReason, prepareBuild } from "../../build";
import { monthLongLabel } from "../../domain/periods";
import type { MonthIndex } from "../../domain/types";
import { applyPlan, type ApplyReport } from "../../excel/applyPlan";
import { readForBuild } from "../../excel/readForBuild";
import { DASHBOARD, DASHBOARD_DATA, SHEETS_TO_READ } from "../../report/generatedSheets";
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
  /** The other sheets written beside the dashboard and its chart data (Notice Tracker, …), as named. */
  otherSheets?: string[];
  /** Sheets that were protected and are protected again, without the password (Office.js cannot read one). */
  reprotected?: string[];
  /** Built from the sample's illustrative figures; the dashboard's title says so. */
  sample?: boolean;
}

export type BuildOutcome =
  | { kind: "built"; summary: BuildSummary }
  /** The data has errors and the person has not yet said to build anyway. */
  | { kind: "has-errors"; errors: number }
  /** Nothing to build from; the sentence says why and what to do. */
  | { kind: "cannot-build"; message: string };

/** What the person can do about each reason the build stops. */
const NEXT_STEP: Record<CannotBuildReason, string> = {
  "no-data-table": "Set up this workbook first.",
  "no-figures": "Add this month's figures, then build.",
  "unknown-period": "Pick another month.",
  "no-dashboard-indicators": "Choose some under Settings, then build.",
};

/**
 * Runs the build in 3 syncs, first build or refresh: the read takes 2 (tables,
 * and what sits under the planned sheets' names, typed commentary included),
 * the write 1. Throws ExcelShellError when Excel fails.
 */
export async function buildDashboard(
  services: Pick<PaneServices, "excel" | "supports">,
  request: BuildRequest,
  onStage: (stage: BuildStage) => void = () => {},
): Promise<BuildOutcome> {
  onStage("reading");
  const { tables, existing } = await services.excel((context) => readForBuild(context, SHEETS_TO_READ, { isSetSupported: (v) => services.supports(v) }));

  onStage("checking");
  // The workbook's Settings table wins over the pane's own settings (until they are moved into it).
  const prepared = prepareBuild(tables, { ...(request.month === undefined ? {} : { month: request.month }), allowErrors: request.allowErrors, defaults: request.settings });
  if (prepared.kind === "cannot-build") return { kind: "cannot-build", message: `${prepared.message} ${NEXT_STEP[prepared.reason]}` };
  if (prepared.kind === "has-errors") return { kind: "has-errors", errors: prepared.errors };
  onStage("gaps");
  const { plan, month, dashboard: shown, errorsIgnored: errors, sample } = prepared;

  onStage("writing");
  const report = await services.excel((context) => applyPlan(context, plan, { isSetSupported: (v) => services.supports(v), existing }));
  const index = plan.sheets.findIndex((s) => s.key === DASHBOARD.key);
  const otherSheets = plan.sheets.flatMap((s, i) => (s.key === DASHBOARD.key || s.key === DASHBOARD_DATA.key ? [] : [report.written[i] ?? s.name]));
  return {
    kind: "built",
    summary: {
      month,
      sheet: report.written[index] ?? plan.sheets[index]?.name ?? DASHBOARD.name,
      indicators: shown.length,
      counts: countRag(shown),
      renamed: report.renamed,
      skipped: report.skipped,
      errorsIgnored: errors,
      otherSheets,
      reprotected: report.reprotected,
      sample,
    },
  };
}

/** "A, B and C". */
function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]!}`;
}

/**
 * What happened to sheet protection, in a sentence or two: Office.js cannot
 * read a password, so a protected sheet comes back protected without one.
 */
export function protectionSentence(summary: Pick<BuildSummary, "reprotected" | "skipped">): string {
  const again = summary.reprotected ?? [];
  const lost = [...new Set(summary.skipped.filter((s) => s.setting === "protection").map((s) => s.sheet))];
  const out: string[] = [];
  if (again.length > 0) {
    const one = again.length === 1;
    out.push(
      `The ${one ? "sheet" : "sheets"} ${listWords(again)} ${one ? "was" : "were"} protected; ${one ? "it is" : "they are"} protected again, without a password — set the password again if you use one.`,
    );
  }
  if (lost.length > 0) {
    const one = lost.length === 1;
    out.push(`The ${one ? "sheet" : "sheets"} ${listWords(lost)} ${one ? "was" : "were"} protected but could not be protected again; protect ${one ? "it" : "them"} again with Review > Protect Sheet.`);
  }
  return out.join(" ");
}

/**
 * "Built Member Dashboard for March 2017 with 6 indicators.", then the other
 * sheets written and what happened to sheet protection, when there is anything to say.
 */
export function builtSentence(summary: BuildSummary): string {
  const parts = [`Built ${summary.sheet} for ${monthLongLabel(summary.month)} with ${summary.indicators} indicator${summary.indicators === 1 ? "" : "s"}.`];
  const others = summary.otherSheets ?? [];
  if (others.length > 0) parts.push(`Also written: ${listWords(others)}.`);
  const protection = protectionSentence(summary);
  if (protection) parts.push(protection);
  return parts.join(" ");
}
