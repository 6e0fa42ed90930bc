/**
 * What a build must say besides "written": the dashboard indicators with no
 * whole-authority figure in the reporting month, and figures left just outside
 * an input table (most often a new month pasted under IndicatorData), which a
 * build would otherwise leave out without a word — reporting the month before
 * as if it were the latest. Both front ends show these sentences.
 */
import type { Analysis } from "./analyse";
import { dashboardMissing } from "./gaps/reportingMonth";
import { monthLongLabel } from "./periods";
import type { MonthIndex } from "./types";

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Sentences about the build for `month`; none when there is nothing to say. */
export function buildNotices(
  analysis: Pick<Analysis, "catalogue" | "observations" | "issues">,
  month: MonthIndex,
): string[] {
  const notices: string[] = [];
  for (const outside of analysis.issues.filter((i) => i.rule === "rows-outside-table" && i.explanation === undefined)) {
    notices.push(
      `Cell ${outside.cell} on sheet ${outside.sheet} holds something just outside a table, and nothing there was read: if it is a newer month, this dashboard for ${monthLongLabel(month)} leaves it out. Extend the table over it and build again (scorecard validate says how).`,
    );
  }
  const missing = dashboardMissing(analysis.catalogue, analysis.observations, month);
  if (missing.length > 0) {
    const one = missing.length === 1;
    notices.push(
      `${list(missing)} ${one ? "has" : "have"} no whole-authority figure for ${monthLongLabel(month)}, so the dashboard shows no value for ${one ? "it" : "them"}.`,
    );
  }
  return notices;
}
