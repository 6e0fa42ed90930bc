/**
 * The plan actions' part of `scorecard build --json` ("actions", null without
 * an Actions table): the summary and the coverage gaps.
 */
import { jsonNumber as num } from "../jsonNumber";
import type { ActionsReport } from "./actionsReport";

/** The counts, the actions needing attention, and the references with no live action. */
export function actionsJson(report: ActionsReport) {
  const round = <T extends { percentComplete?: number }>(c: T) => ({ ...c, percentComplete: num(c.percentComplete) });
  return {
    asAt: report.today,
    summary: {
      overall: round(report.summary.overall),
      byLead: report.summary.byLead.map((l) => ({ lead: l.lead, ...round(l.counts) })),
      byPriority: report.summary.byPriority.map((p) => ({ priority: p.priority ?? null, ...round(p.counts) })),
    },
    overdue: report.attention.filter((a) => a.state === "overdue").map((a) => ({ ref: a.action.ref, due: a.action.due ?? null, lead: a.action.lead ?? null })),
    dueSoon: report.attention.filter((a) => a.state === "due soon").map((a) => ({ ref: a.action.ref, due: a.action.due ?? null, lead: a.action.lead ?? null })),
    coverageGaps: report.coverage.filter((c) => c.gap).map((c) => c.label),
  };
}
