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
export const WANTED_TABLES: readonly string[] = ["indicators", "indicatordata", "budget", "actions", "benchmarks", "settings"];

export interface ReadTablesOptions {
  /** Estimated bytes per response when reading in chunks; default 4 MB (web cap is 5 MB). */
  responseBudget?: number;
}

const DEFAULT_BUDGET = 4_000_000;
/** A generous guess of one cell's JSON size, used only to size chunks before the values are known. */
const BYTES_PER_CELL = 48;

/** A wanted table found in the workbook's list of tables. */
export interface Found {
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
    const collection = queueTableList(context);
    await context.sync();
    const found = wantedTables(collection);
    if (found.length === 0) return new Map();
    try {
      const reads = queueWholeTables(found);
      await context.sync();
      return wholeTables(reads);
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
      return await readInChunks(context, found, options.responseBudget);
    }
  } catch (error) {
    throw mapExcelError(error, "read");
  }
}

/** True for the error a response over the host's cap gives. */
export function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";
}

/** Queue loading the names of the workbook's tables (read `wantedTables` after the sync). */
export function queueTableList(context: Excel.RequestContext): Excel.TableCollection {
  const collection = context.workbook.tables;
  collection.load("items/name,items/showHeaders");
  return collection;
}

/** The wanted tables among a synced table list. */
export function wantedTables(collection: Excel.TableCollection): Found[] {
  return collection.items
    .filter((t) => WANTED_TABLES.includes(t.name.toLowerCase()))
    .map((t) => ({ name: t.name, showHeaders: t.showHeaders, table: t }));
}

/** Loads queued by `queueWholeTables`, turned into tables by `wholeTables` after the sync. */
export interface WholeTableReads {
  reads: { found: Found; range: Excel.Range; sheet: Excel.Worksheet }[];
}

/** Queue reading each table's whole range and sheet name in one request. */
export function queueWholeTables(found: readonly Found[]): WholeTableReads {
  return {
    reads: found.map((f) => ({
      found: f,
      range: f.table.getRange().load("values,rowIndex,columnIndex"),
      sheet: f.table.worksheet.load("name"),
    })),
  };
}

/** The tables read by a synced `queueWholeTables`. */
export function wholeTables({ reads }: WholeTableReads): WorkbookTables {
  const tables = new Map<string, RawTable>();
  for (const { found: f, range, sheet } of reads) {
    tables.set(f.name.toLowerCase(), toRawTable(f, sheet.name, range.rowIndex, range.columnIndex, range.values));
  }
  return tables;
}

/**
 * The fallback when one response would be too large: a sync for the tables'
 * sizes, then the values in row chunks under `budget` bytes per response.
 */
export async function readInChunks(
  context: Excel.RequestContext,
  found: readonly Found[],
  budget: number = DEFAULT_BUDGET,
  sync: () => Promise<void> = () => context.sync(),
): Promise<WorkbookTables> {
  const sized = found.map((f) => ({
    found: f,
    range: f.table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
    sheet: f.table.worksheet.load("name"),
  }));
  await sync();
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
    await sync();
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
