/**
 * The budget lines that belong to a reporting month: those of its financial
 * year. A line's year is its Year cell; a line with no Year but a spending
 * profile belongs to the year its profile starts in; a line with neither
 * could be any year's, so it is kept (and said to be undated).
 */
import { financialYearLabel, financialYearOf } from "../periods";
import type { MonthIndex } from "../types";
import type { BudgetLine } from "./budgetLine";

/** "2012-13" for any month from April 2012 to March 2013. */
export function financialYearOfMonth(month: MonthIndex): string {
  return financialYearLabel(financialYearOf(month));
}

/** The line's financial year: its Year cell, else its profile's first month; undefined when neither says. */
export function lineYear(line: BudgetLine): string | undefined {
  if (line.year !== undefined) return line.year;
  const first = line.profile[0];
  return first ? financialYearOfMonth(first.month) : undefined;
}

export interface LinesForYear {
  /** The reporting month's financial year. */
  year: string;
  /** The lines of that year, and undated lines, in table order. */
  lines: BudgetLine[];
  /** How many of `lines` have no year at all. */
  undated: number;
  /** The other years the table has lines for, oldest first. */
  otherYears: string[];
}

/** The lines for `month`'s financial year. */
export function linesForYear(lines: readonly BudgetLine[], month: MonthIndex): LinesForYear {
  const year = financialYearOfMonth(month);
  const kept: BudgetLine[] = [];
  const others = new Set<string>();
  let undated = 0;
  for (const line of lines) {
    const y = lineYear(line);
    if (y === undefined) undated += 1;
    if (y === undefined || y === year) kept.push(line);
    else others.add(y);
  }
  return { year, lines: kept, undated, otherYears: [...others].sort() };
}
