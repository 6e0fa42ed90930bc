/** Rules about any input table: the workbook's tables, their columns, and what lies beside them. */
import type { RuleInfo } from "./issue";

export const TABLE_RULES = [
  { id: "missing-table", severity: "error", summary: "The IndicatorData table (or a sheet of that name) is not in the workbook." },
  { id: "empty-table", severity: "error", summary: "The IndicatorData table has a header row but no data rows." },
  { id: "default-catalogue", severity: "info", summary: "No Indicators table: the built-in catalogue from the source documents is used." },
] as const satisfies readonly RuleInfo[];

export const COLUMN_RULES = [
  { id: "missing-column", severity: "error", summary: "A required column is not in the table's header row." },
  { id: "duplicate-column", severity: "warning", summary: "Two header cells name the same column; the first is used." },
] as const satisfies readonly RuleInfo[];

export const OUTSIDE_TABLE_RULES = [
  {
    id: "rows-outside-table",
    severity: "warning",
    summary:
      "A cell just below (or just right of) an input table holds something but is not part of the table, so it is not read; the table needs extending over it.",
  },
] as const satisfies readonly RuleInfo[];
