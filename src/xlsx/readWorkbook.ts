/** The file shell's read side: an .xlsx file's bytes → the tables the domain works on. */
import type { RawTable, WorkbookTables } from "../domain/types";
import { loadWorkbook } from "./loadWorkbook";
import { readListObject } from "./readListObject";
import { readSheetRange } from "./readSheetRange";

export { WorkbookUnreadableError, type WorkbookUnreadableCode } from "./WorkbookUnreadableError";

/** Tables that may also be kept as a plain sheet of that name, without an Excel table. */
export const SHEET_FALLBACK_NAMES = ["Indicators", "IndicatorData", "Budget", "Actions", "Benchmarks", "Settings"] as const;

/**
 * Every Excel table in the workbook, keyed by lower-cased name, plus a sheet
 * read as a table for each of SHEET_FALLBACK_NAMES that is not an Excel table
 * (sheet names match case-insensitively). Values are plain: formulas give
 * their cached results, dates are Dates (UTC), errors their "#N/A"-style code.
 *
 * @throws WorkbookUnreadableError when the bytes are not a readable .xlsx.
 */
export async function readWorkbookTables(bytes: Uint8Array): Promise<WorkbookTables> {
  const workbook = await loadWorkbook(bytes);
  const tables = new Map<string, RawTable>();
  for (const sheet of workbook.worksheets) {
    for (const table of sheet.getTables()) {
      const raw = readListObject(sheet, table);
      tables.set(raw.name.toLowerCase(), raw);
    }
  }
  for (const wanted of SHEET_FALLBACK_NAMES) {
    const key = wanted.toLowerCase();
    if (tables.has(key)) continue;
    const sheet = workbook.worksheets.find((s) => s.name.toLowerCase() === key);
    if (sheet) tables.set(key, readSheetRange(sheet));
  }
  return tables;
}
