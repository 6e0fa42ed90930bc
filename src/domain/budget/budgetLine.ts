/** The Budget table's rows once read: one finance line each. */
import type { CellRef, MonthIndex } from "../types";

/** Planned spend from the start of the profile to the end of `month` (cumulative). */
export interface ProfilePoint {
  month: MonthIndex;
  planned: number;
}

/** Figures a parent line may take from its sub-lines when its own cell is blank. */
export type RolledUpFigure = "committed" | "spent" | "forecast" | "profile";

/**
 * One Budget line. Money is in pounds.
 *
 * - `committed` is money promised but not yet paid (orders placed, contracts
 *   signed); `spent` is money paid. The two do not overlap, so what is left
 *   is net budget − spent − committed.
 * - Blank Deducted, Committed and Spent cells are 0; a blank Forecast outturn
 *   is "no forecast" (undefined), and positions then use spent + committed.
 */
export interface BudgetLine {
  line: string;
  /** Financial year, "2012-13". */
  year?: string;
  /** The parent line's name when this line is a share of another line's budget. */
  partOf?: string;
  allocated: number;
  /** Taken off the allocation before the service sees it ("deducted at source"). */
  deducted: number;
  committed: number;
  spent: number;
  forecast?: number;
  note?: string;
  /** Cumulative planned spend by month, oldest first; empty when the table has no profile. */
  profile: ProfilePoint[];
  /** Figures summed from sub-lines because this line's own cells were blank. */
  rolledUp?: RolledUpFigure[];
  /** A figure could not be read (and is counted as 0): the line is shown but not judged. */
  incomplete?: true;
  /** The Line cell. */
  at: CellRef;
  /** 0-based data row in the source table. */
  row: number;
}

/** The line's budget once deductions at source are taken off. */
export function netBudget(line: Pick<BudgetLine, "allocated" | "deducted">): number {
  return line.allocated - line.deducted;
}
