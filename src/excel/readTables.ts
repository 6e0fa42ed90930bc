/**
 * Reads the indicator tables from the open workbook as plain values.
 *
 * Round trips: 2 syncs in the normal case — one to list the tables' names, one
 * to read every wanted table's range and sheet name together (1 when none of
 * the wanted tables exists). A table too large for one response (Excel on the
 * web caps responses at 5 MB) makes the second sync fail without side effects;
 * then one sync reads the tables' sizes and the values follow in row chunks
 * below the budget, as many syncs as the data needs.
 */
import type { CellValue, RawTable, WorkbookTables } from "../domain/types";
import { mapExcelError } from "./errors";

/** The tables the engine reads, lower-cased (Excel table names are case-insensitive). */
export const WANTED_TABLES: readonly string[] = ["indicators", "indicatordata", "budget", "actions", "benchmarks"];

export interface ReadTablesOptions {
  /** Estimated bytes per response when reading in chunks; default 4 MB (web cap is 5 MB). */
  responseBudget?: number;
}

const DEFAULT_BUDGET = 4_000_000;
/** A generous guess of one cell's JSON size, used only to size chunks before the values are known. */
const BYTES_PER_CELL = 48;

interface Found {
  name: string;
  showHeaders: boolean;
  table: Excel.Table;
}

interface Located {
  found: Found;
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Read every wanted table; the map is keyed by lower-cased table name. */
export async function readWorkbookTables(context: Excel.RequestContext, options: ReadTablesOptions = {}): Promise<WorkbookTables> {
  try {
    const collection = context.workbook.tables;
    collection.load("items/name,items/showHeaders");
    await context.sync();
    const found: Found[] = collection.items
      .filter((t) => WANTED_TABLES.includes(t.name.toLowerCase()))
      .map((t) => ({ name: t.name, showHeaders: t.showHeaders, table: t }));
    if (found.length === 0) return new Map();
    try {
      return await readWhole(context, found);
    } catch (error) {
      if ((error as { code?: unknown }).code !== "ResponsePayloadSizeLimitExceeded") throw error;
      return await readInChunks(context, found, options.responseBudget ?? DEFAULT_BUDGET);
    }
  } catch (error) {
    throw mapExcelError(error, "read");
  }
}

async function readWhole(context: Excel.RequestContext, found: readonly Found[]): Promise<WorkbookTables> {
  const reads = found.map((f) => ({
    found: f,
    range: f.table.getRange().load("values,rowIndex,columnIndex"),
    sheet: f.table.worksheet.load("name"),
  }));
  await context.sync();
  const tables = new Map<string, RawTable>();
  for (const { found: f, range, sheet } of reads) {
    tables.set(f.name.toLowerCase(), toRawTable(f, sheet.name, range.rowIndex, range.columnIndex, range.values));
  }
  return tables;
}

async function readInChunks(context: Excel.RequestContext, found: readonly Found[], budget: number): Promise<WorkbookTables> {
  const sized = found.map((f) => ({
    found: f,
    range: f.table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
    sheet: f.table.worksheet.load("name"),
  }));
  await context.sync();
  const located: Located[] = sized.map(({ found: f, range, sheet }) => ({
    found: f,
    sheet: sheet.name,
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  }));
  const values = new Map<Located, unknown[][]>(located.map((l) => [l, []]));
  let pending: { located: Located; range: Excel.Range }[] = [];
  let pendingBytes = 0;
  const flush = async (): Promise<void> => {
    await context.sync();
    for (const p of pending) {
      const into = values.get(p.located)!;
      for (const row of p.range.values) into.push(row);
    }
    pending = [];
    pendingBytes = 0;
  };
  for (const l of located) {
    const rowBytes = Math.max(1, l.columnCount) * BYTES_PER_CELL;
    const rowsPerChunk = Math.max(1, Math.floor(budget / rowBytes));
    for (let start = 0; start < l.rowCount; start += rowsPerChunk) {
      const count = Math.min(rowsPerChunk, l.rowCount - start);
      // Only sync when the next chunk would push this response over the budget.
      if (pendingBytes > 0 && pendingBytes + count * rowBytes > budget) await flush();
      const sheet = context.workbook.worksheets.getItem(l.sheet);
      const range = sheet.getRangeByIndexes(l.rowIndex + start, l.columnIndex, count, l.columnCount).load("values");
      pending.push({ located: l, range });
      pendingBytes += count * rowBytes;
    }
  }
  if (pending.length > 0) await flush();
  const tables = new Map<string, RawTable>();
  for (const l of located) {
    tables.set(l.found.name.toLowerCase(), toRawTable(l.found, l.sheet, l.rowIndex, l.columnIndex, values.get(l) ?? []));
  }
  return tables;
}

/** Excel hands blank cells over as ""; the domain expects null. Dates stay serial numbers. */
function toCell(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

function toRawTable(f: Found, sheet: string, rowIndex: number, columnIndex: number, values: readonly unknown[][]): RawTable {
  // Without a header row the origin still names the row a header would sit on.
  const headerRow = f.showHeaders ? values[0] ?? [] : [];
  const dataRows = f.showHeaders ? values.slice(1) : values;
  return {
    name: f.name,
    sheet,
    origin: { row: f.showHeaders ? rowIndex + 1 : rowIndex, column: columnIndex + 1 },
    headers: headerRow.map((h) => (h === null || h === undefined ? "" : String(h))),
    rows: dataRows.map((row) => row.map(toCell)),
    source: "table",
  };
}
