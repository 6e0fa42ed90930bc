/**
 * What the file shell reports about a table besides its values, read by
 * Office.js in the same request as the values (never a sync of its own):
 *
 * - hidden rows: the visible view of the range's first column lists the rows
 *   Excel shows (ExcelApi 1.3); data rows missing from it are hidden or
 *   filtered out. A hidden first column hides every row from that view, so
 *   then no row is reported hidden rather than every row.
 * - merged areas: `getMergedAreasOrNullObject` (ExcelApi 1.13), read only
 *   where the host has it; older hosts report none.
 * - the cell touching a table from outside (a month pasted under a table
 *   that was not extended): the row below and the column after, one range each.
 */
import { a1, parseA1 } from "../domain/a1";

/** Loads queued for one table's extras. */
export interface ExtraReads {
  /** Visible views of the first column: of the whole range, or of each chunk of rows when read in chunks. */
  visible: Excel.RangeView[];
  firstColumn: Excel.Range;
  merged?: Excel.RangeAreas;
  below?: Excel.Range;
  right?: Excel.Range;
}

/**
 * Queue the extras of `range` (a table's whole range, or a sheet's used range
 * when `adjacent` is false). With `rowsApart` the visible rows are left for
 * `queueVisibleRows` on each chunk of rows, so this request stays small.
 */
export function queueExtras(range: Excel.Range, options: { adjacent: boolean; merges: boolean; rowsApart?: boolean }): ExtraReads {
  const firstColumn = range.getColumn(0).load("columnHidden");
  const reads: ExtraReads = { visible: [], firstColumn };
  if (!options.rowsApart) queueVisibleRows(reads, range);
  if (options.merges) reads.merged = range.getMergedAreasOrNullObject().load("address");
  if (options.adjacent) {
    reads.below = range.getRowsBelow(1).load("values");
    reads.right = range.getColumnsAfter(1).load("values");
  }
  return reads;
}

/** Queue reading which rows of `rows` (a range within the table, all its columns) Excel shows. */
export function queueVisibleRows(reads: ExtraReads, rows: Excel.Range): Excel.RangeView {
  const view = rows.getColumn(0).getVisibleView().load("cellAddresses");
  reads.visible.push(view);
  return view;
}

/** 1-based sheet rows the visible views show. */
function visibleRows(views: readonly Excel.RangeView[]): Set<number> {
  const rows = new Set<number>();
  for (const view of views) {
    for (const row of view.cellAddresses) {
      const address = row[0];
      if (address !== undefined) rows.add(parseA1(localPart(address)).row);
    }
  }
  return rows;
}

function localPart(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  return local.split(":")[0]!;
}

/**
 * 0-based indexes of the data rows (`count` of them, the first on 1-based
 * sheet row `firstRow`) that Excel does not show.
 */
export function hiddenDataRows(reads: ExtraReads, firstRow: number, count: number): number[] {
  if (reads.firstColumn.columnHidden === true) return [];
  const shown = visibleRows(reads.visible);
  const hidden: number[] = [];
  for (let i = 0; i < count; i++) if (!shown.has(firstRow + i)) hidden.push(i);
  return hidden;
}

/** Merged areas ("B4:C4") overlapping 1-based sheet rows first..last. */
export function mergedAreasIn(reads: ExtraReads, first: number, last: number): string[] | undefined {
  if (!reads.merged) return undefined;
  if (reads.merged.isNullObject) return [];
  return reads.merged.address
    .split(",")
    .map((a) => a.slice(a.lastIndexOf("!") + 1).replace(/\$/g, ""))
    .filter((local) => {
      const [from, to = from] = local.split(":") as [string, string?];
      const top = parseA1(from).row;
      const bottom = parseA1(to).row;
      return last >= first && top <= last && bottom >= first;
    });
}

/**
 * The first non-empty cell in the row below the range, else in the column
 * after it. `row`/`column` are the range's 0-based top-left, `rows`/`columns` its size.
 */
export function adjacentCellOf(
  reads: ExtraReads,
  at: { row: number; column: number; rows: number; columns: number },
): { cell: string; side: "below" | "right" } | undefined {
  const filled = (v: unknown): boolean => v !== "" && v !== null && v !== undefined;
  const below = reads.below?.values[0] ?? [];
  const i = below.findIndex(filled);
  if (i >= 0) return { cell: a1(at.row + at.rows + 1, at.column + i + 1), side: "below" };
  const right = (reads.right?.values ?? []).map((r) => r[0]);
  const j = right.findIndex(filled);
  if (j >= 0) return { cell: a1(at.row + j + 1, at.column + at.columns + 1), side: "right" };
  return undefined;
}
