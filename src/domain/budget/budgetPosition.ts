/**
 * Where a budget line stands: net budget, what is left, forecast variance,
 * spend against its profile, and a RAG.
 *
 * RAG (the forecast is the Forecast outturn, or spent + committed when none is given):
 * - Green: forecast within the net budget, and no more than 10% of it left unspent.
 * - Amber: forecast overspend of up to 5% of the net budget, or a forecast
 *   underspend of more than 10% (improvement money that would go unused is a
 *   delivery risk too, and worth a Member's question).
 * - Red: forecast overspend of more than 5%, or spending on a line with no net budget.
 * - None: a figure could not be read, or there is no budget and no spend.
 */
import type { Rag } from "../results";
import type { MonthIndex } from "../types";
import { netBudget, type BudgetLine } from "./budgetLine";
import { formatPounds } from "./money";
import { plannedAt } from "./profile";

/** Thresholds as fractions of the net budget. */
export const BUDGET_RAG_THRESHOLDS = { overspendAmber: 0.05, underspendAmber: 0.1 } as const;

/** What the forecast figure is: the line's own outturn forecast, or spent + committed. */
export type ForecastBasis = "forecast" | "spent and committed" | "mixed";

export interface BudgetPosition {
  line: string;
  allocated: number;
  deducted: number;
  /** Allocated − deducted at source. */
  net: number;
  committed: number;
  spent: number;
  forecast: number;
  forecastBasis: ForecastBasis;
  /** Net − spent − committed: what is still free to commit. */
  remaining: number;
  /** Forecast − net: positive is an overspend, negative an underspend. */
  variance: number;
  /** Spent as a percentage of the net budget; undefined when the net budget is not above 0. */
  percentSpent?: number;
  /** Planned spend to date at the month asked about, from the profile. */
  planned?: number;
  /** Spent as a percentage of `planned`; undefined when nothing was planned by then. */
  percentOfProfile?: number;
  rag: Rag;
  /** The RAG in words, e.g. "forecast overspend of £7,000 (4.0% of the net budget)". */
  reason: string;
}

function percent(part: number, whole: number): number | undefined {
  return whole > 0 ? (part / whole) * 100 : undefined;
}

function judge(net: number, forecast: number, incomplete: boolean): { rag: Rag; reason: string } {
  if (incomplete) return { rag: "none", reason: "a figure could not be read, so the line is not judged" };
  const variance = forecast - net;
  if (net <= 0) {
    return forecast > 0
      ? { rag: "red", reason: `${formatPounds(forecast)} forecast against no net budget` }
      : { rag: "none", reason: "no net budget and no spend" };
  }
  const share = ` (${((Math.abs(variance) / net) * 100).toFixed(1)}% of the net budget)`;
  if (variance > 0) {
    const rag: Rag = variance <= net * BUDGET_RAG_THRESHOLDS.overspendAmber ? "amber" : "red";
    return { rag, reason: `forecast overspend of ${formatPounds(variance)}${share}` };
  }
  if (-variance > net * BUDGET_RAG_THRESHOLDS.underspendAmber) {
    return {
      rag: "amber",
      reason: `forecast underspend of ${formatPounds(-variance)}${share} would leave money unused`,
    };
  }
  return {
    rag: "green",
    reason: variance === 0 ? "forecast on budget" : `forecast within budget by ${formatPounds(-variance)}`,
  };
}

/**
 * The position of one line; with `month`, also spend against the profile at
 * that month (Spent is taken to be spend to the end of that month).
 */
export function budgetPosition(line: BudgetLine, month?: MonthIndex): BudgetPosition {
  const net = netBudget(line);
  const forecast = line.forecast ?? line.spent + line.committed;
  const position: BudgetPosition = {
    line: line.line,
    allocated: line.allocated,
    deducted: line.deducted,
    net,
    committed: line.committed,
    spent: line.spent,
    forecast,
    forecastBasis: line.forecast !== undefined ? "forecast" : "spent and committed",
    remaining: net - line.spent - line.committed,
    variance: forecast - net,
    ...judge(net, forecast, line.incomplete === true),
  };
  const spentShare = percent(line.spent, net);
  if (spentShare !== undefined) position.percentSpent = spentShare;
  if (month !== undefined) {
    const planned = plannedAt(line.profile, month);
    if (planned !== undefined) {
      position.planned = planned;
      const ofProfile = percent(line.spent, planned);
      if (ofProfile !== undefined) position.percentOfProfile = ofProfile;
    }
  }
  return position;
}
