/**
 * Reads the indicator tables from the open workbook as plain values, the way
 * the file shell does: an Excel table's data rows without its total row, or a
 * sheet named like a table when the workbook has no Excel table of that name
 * (its first row of values is the header); trailing blank rows dropped; hidden
 * rows, merged areas and the cell touching a table from outside reported
 * (tableExtras.ts).
 *
 * Round trips: 2 syncs in the normal case — one to list the tables and sheets,
 * one to read every wanted table's range, sheet name and extras together (1
 * when nothing wanted exists). A table too large for one response (Excel on
 * the web caps responses at 5 MB) makes the second sync fail without side
 * effects; then the values follow in row chunks sized from what the responses
 * measure (readInChunks.ts).
 */
import type { RawTable, WorkbookTables } from "../domain/types";
import { mapExcelError } from "./errors";
import { type Found, isResponseTooLarge, type Located, toRawTable } from "./rawTable";
import { readInChunks } from "./readInChunks";
import { type ExtraReads, queueExtras } from "./tableExtras";

export { isResponseTooLarge, type Found } from "./rawTable";

/** The tables the engine reads, lower-cased (Excel table names are case-insensitive). */
export const WANTED_TABLES: readonly string[] = ["indicators", "indicatordata", "budget", "actions", "benchmarks", "areas", "settings"];

/** How `readWorkbookTables` and `readInChunks` may read. */
export interface ReadTablesOptions {
  /** Bytes per response aimed at when reading in chunks; default 4 MB (web cap is 5 MB). Lowered by itself when Excel refuses a response. */
  responseBudget?: number;
  /** Whether the host has ExcelApi `version`; merged areas need 1.13. Default: none above the 1.7 floor. */
  isSetSupported?: (version: string) => boolean;
}

/** Read every wanted table; the map is keyed by lower-cased table name. */
export async function readWorkbookTables(context: Excel.RequestContext, options: ReadTablesOptions = {}): Promise<WorkbookTables> {
  try {
    const list = queueTableList(context);
    await context.sync();
    const found = wantedTables(list);
    if (found.length === 0) return new Map();
    const reads = queueWholeTables(found, options);
    try {
      await context.sync();
      return wholeTables(reads);
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
      return await readInChunks(context, found, options);
    }
  } catch (error) {
    throw mapExcelError(error, "read");
  }
}

/** The workbook's tables and sheets, as queued by `queueTableList`. */
export interface TableList {
  tables: Excel.TableCollection;
  sheets: Excel.WorksheetCollection;
}

/** Queue loading the workbook's tables and sheet names (read `wantedTables` after the sync). */
export function queueTableList(context: Excel.RequestContext): TableList {
  const tables = context.workbook.tables;
  tables.load("items/name,items/showHeaders,items/showTotals");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  return { tables, sheets };
}

/** The wanted tables among a synced list: Excel tables first, then sheets named like a wanted table that is not one. */
export function wantedTables(list: TableList): Found[] {
  const found: Found[] = list.tables.items
    .filter((t) => WANTED_TABLES.includes(t.name.toLowerCase()))
    .map((t) => ({
      name: t.name,
      source: "table",
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      range: () => t.getRange(),
      worksheet: () => t.worksheet,
    }));
  const have = new Set(found.map((f) => f.name.toLowerCase()));
  for (const ws of list.sheets.items) {
    const key = ws.name.toLowerCase();
    if (!WANTED_TABLES.includes(key) || have.has(key)) continue;
    have.add(key);
    found.push({ name: ws.name, source: "sheet", showHeaders: true, showTotals: false, range: () => ws.getUsedRange(true), worksheet: () => ws });
  }
  return found;
}

/** Loads queued by `queueWholeTables`, turned into tables by `wholeTables` after the sync. */
export interface WholeTableReads {
  reads: { found: Found; range: Excel.Range; sheet: Excel.Worksheet; extras: ExtraReads }[];
}

/** Queue reading each table's whole range, sheet name and extras in one request. */
export function queueWholeTables(found: readonly Found[], options: ReadTablesOptions = {}): WholeTableReads {
  const merges = options.isSetSupported?.("1.13") ?? false;
  return {
    reads: found.map((f) => {
      const range = f.range().load("values,rowIndex,columnIndex,rowCount,columnCount");
      return { found: f, range, sheet: f.worksheet().load("name"), extras: queueExtras(range, { adjacent: f.source === "table", merges }) };
    }),
  };
}

/** The tables read by a synced `queueWholeTables`. */
export function wholeTables({ reads }: WholeTableReads): WorkbookTables {
  const tables = new Map<string, RawTable>();
  for (const { found, range, sheet, extras } of reads) {
    const at: Located = { found, sheet: sheet.name, rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
    tables.set(found.name.toLowerCase(), toRawTable(at, range.values, extras));
  }
  return tables;
}

