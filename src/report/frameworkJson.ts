/**
 * What `scorecard build --json` adds after "period" and "indicators": the
 * Notice tracker's rows ("notice"), the budget lines and total ("budget", null
 * without a Budget table) and the plan actions' summary and coverage gaps
 * ("actions", null without an Actions table). Plain JSON, rounded so float
 * noise never shows; percentages on the 0–100 scale, money in pounds.
 */
import type { BudgetPosition } from "../domain/budget";
import { round4 } from "../domain/gaps";
import { monthKey } from "../domain/periods";
import type { ActionsReport } from "./actionsReport";
import { budgetReason, type BudgetReport } from "./budgetReport";
import type { TrackerRow } from "./noticeTracker";

const num = (x: number | undefined): number | null => (x === undefined ? null : round4(x));

/** One object per Notice target. */
export function noticeJson(rows: readonly TrackerRow[]) {
  return rows.map((r) => ({
    code: r.code,
    index: r.index,
    reference: r.reference ?? null,
    target: r.target.label,
    kind: r.target.kind,
    deadline: r.deadline,
    level: num(r.level),
    baseline: r.baseline ? { value: round4(r.baseline.value), period: r.baseline.month !== undefined ? monthKey(r.baseline.month) : null } : null,
    value: num(r.latest?.value),
    valuePeriod: r.latest ? monthKey(r.latest.month) : null,
    rag: r.standing.rag,
    verdict: r.standing.verdict,
    average: num(r.standing.average),
    detail: r.standing.detail,
  }));
}

function positionJson(p: BudgetPosition) {
  return {
    allocated: round4(p.allocated),
    deducted: round4(p.deducted),
    net: round4(p.net),
    committed: round4(p.committed),
    spent: round4(p.spent),
    forecast: round4(p.forecast),
    forecastBasis: p.forecastBasis,
    remaining: round4(p.remaining),
    variance: round4(p.variance),
    percentSpent: num(p.percentSpent),
    planned: num(p.planned),
    percentOfProfile: num(p.percentOfProfile),
    rag: p.rag,
    reason: p.reason,
  };
}

/** Every line in reading order (sub-lines after their parent, with `partOf`), and the total. */
export function budgetJson(report: BudgetReport) {
  return {
    period: monthKey(report.month),
    lines: report.rows.map((r) => ({
      line: r.line.line,
      partOf: r.line.partOf ?? null,
      year: r.line.year ?? null,
      ...positionJson(r.position),
      reason: budgetReason(r.position, r.line.rolledUp),
    })),
    total: positionJson(report.total),
  };
}

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
