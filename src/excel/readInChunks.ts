/**
 * The fallback when one response with every table would pass the host's cap
 * (Excel on the web: 5 MB). One sync reads the tables' places, sizes and
 * extras; then the values follow in row chunks packed under a response budget.
 *
 * A chunk's rows are sized from what earlier responses measured for that
 * table (before any is known, a guess per cell): long text — definitions,
 * notes — takes far more than a number. When Excel still refuses a response,
 * the budget is halved and the refused chunks are split and read again, so a
 * host with a lower cap than expected is learnt rather than failed on.
 */
import type { RawTable, WorkbookTables } from "../domain/types";
import { estimateBytes } from "./payload";
import { type Found, isResponseTooLarge, type Located, toRawTable } from "./rawTable";
import type { ReadTablesOptions } from "./readTables";
import { type ExtraReads, queueExtras, queueVisibleRows } from "./tableExtras";

const DEFAULT_BUDGET = 4_000_000;
/** A first guess of one cell's JSON size, used only until a response has been measured. */
const GUESS_BYTES_PER_CELL = 48;
/** A first guess of one row's entry in the visible view (a sheet-qualified address). */
const GUESS_BYTES_PER_VIEW_ROW = 40;

interface Piece {
  table: Located;
  start: number;
  count: number;
}

/** Reads `found` in chunks; throws what Excel throws, or ResponsePayloadSizeLimitExceeded when even one row is too large. */
export async function readInChunks(
  context: Excel.RequestContext,
  found: readonly Found[],
  options: ReadTablesOptions = {},
  sync: () => Promise<void> = () => context.sync(),
): Promise<WorkbookTables> {
  const merges = options.isSetSupported?.("1.13") ?? false;
  const sized = found.map((f) => {
    const range = f.range().load("rowIndex,columnIndex,rowCount,columnCount");
    return { found: f, range, sheet: f.worksheet().load("name"), extras: queueExtras(range, { adjacent: f.source === "table", merges, rowsApart: true }) };
  });
  await sync();
  const located = sized.map(({ found: f, range, sheet, extras }) => ({
    at: { found: f, sheet: sheet.name, rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount },
    extras,
  }));

  let budget = options.responseBudget ?? DEFAULT_BUDGET;
  const values = new Map<Located, unknown[][]>(located.map(({ at }) => [at, new Array<unknown[]>(at.rowCount)]));
  const bytesPerRow = new Map<Located, number>(located.map(({ at }) => [at, Math.max(1, at.columnCount) * GUESS_BYTES_PER_CELL + GUESS_BYTES_PER_VIEW_ROW]));
  const next = new Map<Located, number>(located.map(({ at }) => [at, 0]));
  const redo: Piece[] = [];
  const extrasOf = new Map<Located, ExtraReads>(located.map(({ at, extras }) => [at, extras]));

  // Rows one response may carry; learnt from refusals (a response Excel refused carried too many).
  let rowCap = Infinity;

  /** The next request's pieces: refused rows first, then each table's next rows, cut to what the budget and the cap allow. */
  const nextBatch = (): Piece[] => {
    const batch: Piece[] = [];
    let room = budget;
    let rowsLeft = rowCap;
    const take = (table: Located, start: number, available: number): number => {
      const fits = Math.min(rowsLeft, Math.floor(room / bytesPerRow.get(table)!));
      const count = Math.min(available, batch.length === 0 ? Math.max(1, fits) : fits);
      if (count <= 0) return 0;
      batch.push({ table, start, count });
      room -= count * bytesPerRow.get(table)!;
      rowsLeft -= count;
      return count;
    };
    while (redo.length > 0) {
      const p = redo[0]!;
      const count = take(p.table, p.start, p.count);
      if (count === 0) return batch;
      if (count < p.count) {
        redo[0] = { table: p.table, start: p.start + count, count: p.count - count };
        return batch;
      }
      redo.shift();
    }
    for (const { at } of located) {
      const start = next.get(at)!;
      if (start >= at.rowCount) continue;
      const count = take(at, start, at.rowCount - start);
      next.set(at, start + count);
      if (start + count < at.rowCount) break;
    }
    return batch;
  };

  for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) {
    const ranges = batch.map((p) => {
      const range = context.workbook.worksheets.getItem(p.table.sheet).getRangeByIndexes(p.table.rowIndex + p.start, p.table.columnIndex, p.count, p.table.columnCount);
      return { values: range.load("values"), view: queueVisibleRows(extrasOf.get(p.table)!, range) };
    });
    try {
      // One sync per chunk of rows is what reading a table too large for one response means.
      await sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || (batch.length === 1 && batch[0]!.count === 1)) throw error;
      // The refused chunks' views never loaded: forget them before reading those rows again.
      for (const { view } of ranges) for (const extras of extrasOf.values()) extras.visible = extras.visible.filter((v) => v !== view);
      // Too much for this host: half the rows, and half the bytes, from now on.
      rowCap = Math.max(1, Math.floor(batch.reduce((n, p) => n + p.count, 0) / 2));
      budget = Math.max(1, Math.floor(budget / 2));
      redo.unshift(...batch);
      continue;
    }
    batch.forEach((p, i) => {
      const got = ranges[i]!.values.values;
      const into = values.get(p.table)!;
      got.forEach((row, r) => (into[p.start + r] = row));
      // Measured, with a tenth to spare for rows longer than these.
      const measured = Math.ceil(((estimateBytes(got) + estimateBytes(ranges[i]!.view.cellAddresses)) / Math.max(1, got.length)) * 1.1);
      bytesPerRow.set(p.table, Math.max(measured, 1));
    });
  }

  const tables = new Map<string, RawTable>();
  for (const { at, extras } of located) tables.set(at.found.name.toLowerCase(), toRawTable(at, values.get(at)!, extras));
  return tables;
}
