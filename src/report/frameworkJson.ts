/**
 * What `scorecard build --json` adds after "period" and "indicators": the
 * Notice tracker's rows ("notice": all sixteen Notice targets), the budget lines and total ("budget", null
 * without a Budget table) and the plan actions' summary and coverage gaps
 * ("actions", null without an Actions table). Plain JSON, rounded so float
 * noise never shows; percentages on the 0–100 scale, money in pounds.
 */
import type { BudgetPosition } from "../domain/budget";
import { deadlineJson, minimisingJson, round4 } from "../domain/gaps";
import { monthKey } from "../domain/periods";
import type { ActionsReport } from "./actions/actionsReport";
import { budgetReason, noLinesSentence, type BudgetReport } from "./budget/budgetReport";
import type { MeasureRow, QualitativeRow, TrackerRow } from "./tracker/noticeTracker";

const num = (x: number | undefined): number | null => (x === undefined ? null : round4(x));

function measureJson(r: MeasureRow) {
  const g = r.gap;
  return {
    code: r.code,
    index: r.index,
    reference: r.reference ?? null,
    target: r.target.label,
    kind: r.target.kind,
    name: g?.name ?? null,
    deadline: r.deadline,
    level: num(r.level),
    levelText: g?.levelText ?? null,
    baseline: r.baseline ? { value: round4(r.baseline.value), period: r.baseline.month !== undefined ? monthKey(r.baseline.month) : null } : null,
    value: num(r.latest?.value),
    valuePeriod: r.latest ? monthKey(r.latest.month) : null,
    rag: r.standing.rag,
    verdict: r.standing.verdict,
    verdictText: r.standing.verdictText,
    average: num(r.standing.average),
    basis: g?.average?.basis ?? null,
    atDeadline: g?.atDeadline ? deadlineJson(g.atDeadline) : null,
    minimising: g?.minimising ? minimisingJson(g.minimising) : null,
    detail: r.standing.detail,
  };
}

function qualitativeJson(r: QualitativeRow) {
  return {
    code: null,
    index: null,
    reference: r.reference ?? null,
    target: r.notice.summary,
    kind: "qualitative" as const,
    title: r.notice.title,
    rag: r.standing.rag,
    verdict: r.standing.verdict,
    verdictText: r.standing.verdictText,
    detail: r.standing.detail,
  };
}

/**
 * One object per Notice target row, in the Notice's order: every one of the
 * sixteen targets appears with its `reference` ("IN 3"); `kind` is
 * "qualitative" for a target no indicator measures. `actions` lists the plan
 * actions citing the target and their state (null without an Actions table).
 */
export function noticeJson(rows: readonly TrackerRow[]) {
  return rows.map((r) => ({
    ...(r.kind === "measure" ? measureJson(r) : qualitativeJson(r)),
    notice: r.notice?.number ?? null,
    actions: r.actions ? r.actions.map((a) => ({ ref: a.ref, state: a.state, due: a.due ?? null })) : null,
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

/**
 * The reporting month's financial year's lines in reading order (sub-lines
 * after their parent, with `partOf`), and the total; `year` names the year,
 * `otherYears` the years left out, and `note` says so when there are no lines.
 */
export function budgetJson(report: BudgetReport) {
  const none = noLinesSentence(report);
  return {
    period: monthKey(report.month),
    year: report.year,
    otherYears: report.otherYears,
    ...(none ? { note: none } : {}),
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
