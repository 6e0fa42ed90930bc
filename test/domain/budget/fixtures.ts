import type { CellValue, RawTable } from "../../../src/domain/types";

export const HEADERS = [
  "Line",
  "Part of",
  "Year",
  "Allocated",
  "Deducted at source",
  "Committed",
  "Spent",
  "Forecast outturn",
  "Note",
  "Apr 2012",
  "May 2012",
  "Jun 2012",
] as const;

export type Row = Partial<Record<(typeof HEADERS)[number], CellValue>>;

// The header row is A2, so data row 0 is row 3 and the columns run Line A,
// Part of B, Year C, Allocated D, Deducted E, Committed F, Spent G,
// Forecast outturn H, Note I, then the profile Apr J, May K, Jun L.
export function budgetTable(rows: Row[], headers: readonly string[] = HEADERS): RawTable {
  return {
    name: "Budget",
    sheet: "Finance",
    origin: { row: 2, column: 1 },
    headers: [...headers],
    rows: rows.map((row) => headers.map((h) => row[h as keyof Row] ?? null)),
    source: "table",
  };
}

export const line = (extra: Row = {}): Row => ({ Line: "Practice improvement", Allocated: 100_000, ...extra });
