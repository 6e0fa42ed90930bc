/**
 * The budget's part of `scorecard build --json` ("budget", null without a
 * Budget table): the lines and the total, rounded so float noise never shows,
 * money in pounds.
 */
import type { BudgetPosition } from "../../domain/budget";
import { round4 } from "../../domain/gaps";
import { monthKey } from "../../domain/periods";
import { jsonNumber as num } from "../jsonNumber";
import { budgetReason, noLinesSentence, type BudgetReport } from "./budgetReport";

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
