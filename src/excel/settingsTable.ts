/**
 * The workbook's Settings table in Office.js: read it (with the Indicators
 * table, whose codes it names) and write settings into it — into their Value
 * cells where the rows exist, as new rows where they do not, or as a new table
 * on a sheet of its own the first time. Other rows and columns are left as they are.
 *
 * Round trips: read 2 (1 when neither table exists), write 1.
 */
import { a1 } from "../domain/a1";
import type { SettingKey, SettingsRead } from "../domain/settings";
import type { RawTable, WorkbookTables } from "../domain/types";
import { mapExcelError } from "./errors";
import { queueTableList, queueWholeTables, wantedTables, wholeTables } from "./readTables";
import { sheetAddress } from "./sheetAddress";

/** The tables the settings need, and the sheets' names (for a free name when the table is new). */
export interface SettingsTablesRead {
  /** "settings" and "indicators", when the workbook has them. */
  tables: WorkbookTables;
  sheets: string[];
  syncs: number;
}

const NEEDED = ["settings", "indicators"];

/** Reads the Settings and Indicators tables and the sheet names. Throws ExcelShellError. */
export async function readSettingsTables(context: Excel.RequestContext): Promise<SettingsTablesRead> {
  let syncs = 0;
  try {
    const list = queueTableList(context);
    await context.sync();
    syncs++;
    // Only an Excel table holds the settings the pane writes: a person's own sheet named Settings is not ours.
    const found = wantedTables(list).filter((f) => NEEDED.includes(f.name.toLowerCase()) && (f.source === "table" || f.name.toLowerCase() !== "settings"));
    const names = list.sheets.items.map((s) => s.name);
    if (found.length === 0) return { tables: new Map(), sheets: names, syncs };
    const reads = queueWholeTables(found);
    await context.sync();
    syncs++;
    return { tables: wholeTables(reads), sheets: names, syncs };
  } catch (error) {
    throw mapExcelError(error, "read");
  }
}

/** One setting to write: its key, its label for a new row, and its value. */
export interface SettingCell {
  key: SettingKey;
  label: string;
  value: string | number;
}

/** Where the settings go: the existing table as read, or a new one. */
export type SettingsTarget =
  { table: RawTable; read: SettingsRead } | { table?: undefined; existingSheets: readonly string[] };

/** The first of "Settings", "Scorecard Settings", "Settings (2)", … that no sheet has. */
export function freeSettingsSheet(existing: readonly string[]): string {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  for (const name of ["Settings", "Scorecard Settings"]) if (!taken.has(name.toLowerCase())) return name;
  let n = 2;
  while (taken.has(`settings (${n})`)) n++;
  return `Settings (${n})`;
}

/** Sets one cell, as text when it is text (so "=…" or "-…" is never read as a formula or number). */
function setCell(range: Excel.Range, value: string | number): void {
  if (typeof value === "string") range.numberFormat = [["@"]];
  range.values = [[value]];
}

/**
 * Writes `cells` in one sync and returns the sheet the settings are on.
 * A new table is named Settings, with Setting and Value headers. Throws ExcelShellError.
 */
export async function writeSettingsTable(
  context: Excel.RequestContext,
  target: SettingsTarget,
  cells: readonly SettingCell[],
): Promise<{ sheet: string; created: boolean }> {
  try {
    if (target.table === undefined) {
      const name = freeSettingsSheet(target.existingSheets);
      const sheet = context.workbook.worksheets.add(name);
      const local = `A1:B${cells.length + 1}`;
      sheet.getRange("A1:B1").values = [["Setting", "Value"]];
      cells.forEach((c, i) => {
        sheet.getRange(`A${i + 2}`).values = [[c.label]];
        setCell(sheet.getRange(`B${i + 2}`), c.value);
      });
      const table = context.workbook.tables.add(sheetAddress(name, local), true);
      table.name = "Settings";
      sheet.getRange(local).format.autofitColumns();
      await context.sync();
      return { sheet: name, created: true };
    }

    const { table, read } = target;
    const columns = read.columns;
    if (!columns)
      throw new RangeError(`Table ${table.name} needs Setting and Value columns before settings can be saved in it.`);
    const sheet = context.workbook.worksheets.getItem(table.sheet);
    const cellAt = (row: number, column: number) =>
      sheet.getRange(a1(table.origin.row + 1 + row, table.origin.column + column));
    const missing = cells.filter((c) => read.rows[c.key] === undefined);
    for (const c of cells) {
      const row = read.rows[c.key];
      if (row !== undefined) setCell(cellAt(row, columns.value), c.value);
    }
    if (missing.length > 0) {
      const width = table.headers.length;
      const rowOf = (c: SettingCell) =>
        Array.from({ length: width }, (_, i) => (i === columns.setting ? c.label : i === columns.value ? c.value : ""));
      // An Excel table grows by its own rows; a sheet read as a table just gains rows under its last.
      if (table.source === "table") context.workbook.tables.getItem(table.name).rows.add(undefined, missing.map(rowOf));
      missing.forEach((c, i) => {
        const row = table.rows.length + i;
        if (table.source !== "table") cellAt(row, columns.setting).values = [[c.label]];
        setCell(cellAt(row, columns.value), c.value);
      });
    }
    await context.sync();
    return { sheet: table.sheet, created: false };
  } catch (error) {
    if (error instanceof RangeError) throw error;
    throw mapExcelError(error, "write");
  }
}
