/** The Budget table's columns, and the monthly profile columns found beside them. */
import type { ColumnMap, ColumnSpec } from "../columns";
import { normaliseHeader } from "../columns";
import { parseMonth } from "../periods";
import type { MonthIndex, RawTable } from "../types";

export const BUDGET_COLUMNS = {
  line: { name: "Line", required: true },
  allocated: { name: "Allocated", required: true },
  deducted: { name: "Deducted at source", required: false },
  committed: { name: "Committed", required: false },
  spent: { name: "Spent", required: false },
  forecast: { name: "Forecast outturn", required: false },
  year: { name: "Year", required: false },
  partOf: { name: "Part of", required: false },
  note: { name: "Note", required: false },
} satisfies Record<string, ColumnSpec>;

export type BudgetColumnKey = keyof typeof BUDGET_COLUMNS;

/** Column indexes once the required ones are known to be there. */
export type BudgetColumns = ColumnMap<BudgetColumnKey> & { line: number; allocated: number };

/** The money columns other than Allocated, by their key. */
export const OPTIONAL_MONEY: readonly ("deducted" | "committed" | "spent" | "forecast")[] = [
  "deducted",
  "committed",
  "spent",
  "forecast",
];

/** A monthly profile column: its header reads as a month ("Apr 2012", "2012-04"). */
export interface ProfileColumn {
  month: MonthIndex;
  column: number;
}

/**
 * Every header that reads as a month, oldest first. A month given twice keeps
 * its first column. Named columns are never profile columns, whatever they say.
 */
export function profileColumns(table: RawTable, named: ReadonlySet<number>): ProfileColumn[] {
  const byMonth = new Map<MonthIndex, number>();
  table.headers.forEach((header, column) => {
    if (named.has(column) || normaliseHeader(header) === "") return;
    const month = parseMonth(String(header).trim());
    if (month !== undefined && !byMonth.has(month)) byMonth.set(month, column);
  });
  return [...byMonth].map(([month, column]) => ({ month, column })).sort((a, b) => a.month - b.month);
}
