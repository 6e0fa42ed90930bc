/**
 * Creates the workbook's input tables where they are missing, and never
 * touches one that exists. A table goes on a sheet of its own name: a new
 * sheet, or an existing one that is empty. A sheet of that name that already
 * holds something is left alone and reported as blocked.
 *
 * Round trips: 1 to list tables and sheets, +1 to check whether existing
 * sheets of those names are empty (only when there are such sheets), +1 to
 * write. Values go in as one 2-D array per table, after the text format ("@")
 * on cells Excel would otherwise re-read as formulas, numbers or dates.
 */
import { columnLetters } from "../domain/a1";
import { dateToExcelSerial } from "../domain/periods";
import type { CellValue } from "../domain/types";
import type { PlanValue } from "../report/plan/plan";
import { mapExcelError } from "./errors";
import { sheetAddress } from "./sheetAddress";
import { literalValues, textFormatOverlay } from "./textCells";

/** One table to create: its name, the sheet it goes on (from A1), headers and rows. */
export interface TableToCreate {
  table: string;
  sheet: string;
  headers: readonly string[];
  rows: readonly (readonly CellValue[])[];
  /**
   * Create this table only when the named table is created in the same call
   * (the sample's Areas go with the sample's figures, never beside a person's own).
   */
  onlyWith?: string;
}

export interface CreateTablesReport {
  /** Tables written by this call. */
  created: string[];
  /** Tables that already existed (under any sheet) and were left as they are. */
  existing: string[];
  /** Tables not created because a sheet of their name already holds data. */
  blocked: { table: string; sheet: string }[];
  syncs: number;
}

function toPlanValue(value: CellValue): PlanValue {
  if (value === null) return "";
  if (value instanceof Date) return dateToExcelSerial(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** Header row then data rows; an empty table still gets one blank row, as Excel's tables need. */
function tableValues(spec: TableToCreate): PlanValue[][] {
  const width = spec.headers.length;
  const rows = spec.rows.length > 0 ? spec.rows : [[]];
  return [[...spec.headers], ...rows.map((row) => Array.from({ length: width }, (_, c) => toPlanValue(row[c] ?? null)))];
}

function rangeOf(values: readonly (readonly PlanValue[])[]): string {
  return `A1:${columnLetters(values[0]!.length)}${values.length}`;
}

/** Create each table in `specs` that the workbook lacks. Throws ExcelShellError. */
export async function createMissingTables(context: Excel.RequestContext, specs: readonly TableToCreate[]): Promise<CreateTablesReport> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const report: CreateTablesReport = { created: [], existing: [], blocked: [], syncs: 0 };

  let toWrite: { spec: TableToCreate; sheetExists: boolean }[];
  try {
    const tables = context.workbook.tables.load("items/name");
    const sheets = context.workbook.worksheets.load("items/name");
    await sync();
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    const sheetNames = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
    const missing = specs.filter((spec) => {
      if (!tableNames.has(spec.table.toLowerCase())) return true;
      report.existing.push(spec.table);
      return false;
    });

    // Sheets of the wanted names that already exist: usable only when empty.
    const probes = missing.flatMap((spec) => {
      const name = sheetNames.get(spec.sheet.toLowerCase());
      return name === undefined ? [] : [{ spec, used: context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(false).load("address") }];
    });
    if (probes.length > 0) await sync();
    const blocked = new Set(probes.filter((p) => !p.used.isNullObject).map((p) => p.spec));
    for (const spec of blocked) report.blocked.push({ table: spec.table, sheet: sheetNames.get(spec.sheet.toLowerCase()) ?? spec.sheet });
    toWrite = missing.filter((spec) => !blocked.has(spec)).map((spec) => ({ spec, sheetExists: sheetNames.has(spec.sheet.toLowerCase()) }));
    const writing = new Set(toWrite.map((w) => w.spec.table.toLowerCase()));
    toWrite = toWrite.filter((w) => w.spec.onlyWith === undefined || writing.has(w.spec.onlyWith.toLowerCase()));
  } catch (error) {
    throw mapExcelError(error, "read");
  }

  if (toWrite.length > 0) {
    try {
      let first: Excel.Worksheet | undefined;
      for (const { spec, sheetExists } of toWrite) {
        const sheet = sheetExists ? context.workbook.worksheets.getItem(spec.sheet) : context.workbook.worksheets.add(spec.sheet);
        first ??= sheet;
        const values = tableValues(spec);
        const overlay = textFormatOverlay(values);
        if (overlay) {
          const top = overlay.rowOffset + 1;
          const left = overlay.columnOffset + 1;
          const right = left + overlay.formats[0]!.length - 1;
          sheet.getRange(`${columnLetters(left)}${top}:${columnLetters(right)}${top + overlay.formats.length - 1}`).numberFormat = overlay.formats;
        }
        const range = sheet.getRange(rangeOf(values));
        range.values = literalValues(values);
        const table = context.workbook.tables.add(sheetAddress(spec.sheet, rangeOf(values)), true);
        table.name = spec.table;
        range.format.autofitColumns();
      }
      first?.activate();
      await sync();
      report.created.push(...toWrite.map((w) => w.spec.table));
    } catch (error) {
      throw mapExcelError(error, "write");
    }
  }
  report.syncs = syncs;
  return report;
}
