/**
 * One pass over a worksheet part's UTF-8 bytes that keeps only the cells
 * inside a window: a 100,000-row sheet is read in one sweep without first
 * becoming a string, rows outside the window are walked past, and merged
 * areas are read only when asked for.
 *
 * Why not an XML library: the scan reads only rows, cells and their values,
 * and a general parser costs more than the build's whole read budget. On the
 * bench's 100,000-row sheet (23 MB of XML, 1.37 M elements; CPU time, median
 * of 5, Node 22) merely tokenising, with empty handlers, took 363 ms in saxes
 * 6.0.0, 443 ms in htmlparser2 12.0.0 and 843 ms in sax 1.6.1 (sax-wasm
 * 3.1.4 was slower still through its JavaScript events), where this scan
 * reads every value in 148 ms. The structure checks a parser would give
 * (rows and cells closed, the part not cut off) are made here instead.
 */
import type { CellValue } from "../domain/types";
import { type CellContext, cellValue, emptyCellContent, kindAt } from "./cellValue";
import type { Rect } from "./rangeRect";
import { corrupt } from "./readZip";
import { readMerges } from "./readMerges";
import { asciiBytes, attrs, bytesAt, closesRoot, columnAt, endsName, indexOfBytes, integerAt, isSpace, nextTag, readStartTag, rootName, tagClose, textOf } from "./xmlBytes";

export interface ScannedSheet {
  /**
   * By row number (a sparse array: rows without values are holes), the
   * window's values, index 0 being the window's left column.
   */
  rows: CellValue[][];
  /** Hidden rows inside the window. */
  hiddenRows: Set<number>;
  /** Every merged area of the sheet (only when asked for). */
  merges: Rect[];
}

const LAST_ROW = 1_048_576;
const TRUE_BYTES = asciiBytes("true");
const CDATA_OPEN = asciiBytes("<![CDATA[");
const CDATA_CLOSE = asciiBytes("]]>");

/** hidden="1" or hidden="true". */
function isHidden(bytes: Uint8Array): boolean {
  const { hiddenFrom: from, hiddenTo: to } = attrs;
  if (from < 0) return false;
  return (to - from === 1 && bytes[from] === 49) || (to - from === 4 && bytesAt(bytes, from, TRUE_BYTES));
}

/** Element names as bytes, with the part's prefix. */
function names(p: string) {
  const bytes = (name: string) => asciiBytes(`${p}${name}`);
  return { sheetData: bytes("sheetData"), row: bytes("row"), c: bytes("c"), v: bytes("v"), is: bytes("is") };
}

/** True when the element `name` opens (`<name`) at `at`. */
function opens(bytes: Uint8Array, at: number, name: Uint8Array): boolean {
  return bytes[at + 1] !== 47 && bytesAt(bytes, at + 1, name) && endsName(bytes[at + 1 + name.length]);
}

/**
 * Where the end tag of `name` that starts at `at` ends (just past its ">"),
 * or -1 when no such end tag is there. XML allows white space before the ">"
 * (`</c >`): missing it would make a cell swallow the cells after it.
 */
function closeEnd(bytes: Uint8Array, at: number, name: Uint8Array): number {
  if (bytes[at + 1] !== 47 || !bytesAt(bytes, at + 2, name)) return -1;
  let i = at + 2 + name.length;
  while (isSpace(bytes[i]!)) i++;
  return bytes[i] === 62 ? i + 1 : -1;
}

/** True when the element `name` closes (`</name>`, or `</name >`) at `at`. */
function closes(bytes: Uint8Array, at: number, name: Uint8Array): boolean {
  return closeEnd(bytes, at, name) >= 0;
}

/**
 * The cells of a worksheet part (its UTF-8 bytes, or its text; `part` is its
 * name) inside `window` (1-based, inclusive; use Infinity for an open side),
 * with the hidden rows there and, when `withMerges`, the sheet's merged areas.
 *
 * @throws WorkbookUnreadableError ("CORRUPT") naming `part` when the part is cut
 * off or its rows and cells are not closed: half a sheet is never read as a whole one.
 */
export function scanSheet(data: Uint8Array | string, window: Rect, ctx: CellContext, withMerges: boolean, part: string): ScannedSheet {
  const bytes = typeof data === "string" ? asciiBytes(data) : data;
  const rows: CellValue[][] = [];
  const hiddenRows = new Set<number>();
  // An empty part is one the package lacks, which callers treat as an empty sheet.
  if (bytes.length === 0) return { rows, hiddenRows, merges: [] };
  const broken = (): never => {
    throw corrupt(part);
  };
  const root = rootName(bytes);
  if (root === undefined || !closesRoot(bytes, root)) broken();
  const p = root!.includes(":") ? root!.slice(0, root!.indexOf(":") + 1) : "";
  const name = names(p);
  const length = bytes.length;
  /** Where the next tag is; a part that ends first is cut off. */
  const tagFrom = (from: number): number => {
    const at = nextTag(bytes, from, length);
    return at < 0 ? broken() : at;
  };
  /** The ">" of the start tag whose name ends at `from`. */
  const startTagEnd = (from: number): number => {
    const gt = tagClose(bytes, from, length);
    return gt < 0 ? broken() : gt;
  };
  // A row's values in an array of the window's width from the start: growing it cell by cell cost time and memory.
  // An open or very wide window (a whole sheet read as a table) keeps growing arrays: most of its rows are short.
  const width = Number.isFinite(window.right) && window.right - window.left < 1024 ? window.right - window.left + 1 : 0;
  /** `startTagEnd`, reading the tag's attributes into `attrs` on the way. */
  const startTagWithAttributes = (from: number): number => {
    const gt = readStartTag(bytes, from, length);
    return gt < 0 ? broken() : gt;
  };
  const cell = emptyCellContent();

  /** Reads the content of the cell whose start tag ends at `gt` into `cell`; returns where the cell ends. */
  const readCellContent = (gt: number): number => {
    cell.vFrom = cell.isFrom = -1;
    cell.cdata = false;
    for (let k = gt + 1; ; ) {
      const lt = tagFrom(k);
      const end = closeEnd(bytes, lt, name.c);
      if (end >= 0) {
        cell.close = lt;
        return end;
      }
      // A row or the sheet data ending, or a row starting, inside a cell: the cell never closed.
      if (closes(bytes, lt, name.row) || closes(bytes, lt, name.sheetData) || opens(bytes, lt, name.row)) broken();
      if (cell.vFrom < 0 && cell.isFrom < 0 && opens(bytes, lt, name.v)) {
        const vEnd = startTagEnd(lt + 1 + name.v.length);
        if (bytes[vEnd - 1] !== 47) {
          cell.vFrom = vEnd + 1;
          cell.vTo = tagFrom(vEnd + 1);
          if (cell.vTo === cell.vFrom && bytesAt(bytes, cell.vTo, CDATA_OPEN)) {
            // <v><![CDATA[…]]></v>: the value is the section's content.
            const end = indexOfBytes(bytes, CDATA_CLOSE, cell.vFrom + CDATA_OPEN.length, length);
            if (end < 0) broken();
            cell.vFrom += CDATA_OPEN.length;
            cell.vTo = end;
            cell.cdata = true;
            k = end + CDATA_CLOSE.length;
            continue;
          }
          // Past the value's end tag when it is one (nearly always), so the value is not walked twice.
          const vEndTag = closeEnd(bytes, cell.vTo, name.v);
          k = vEndTag >= 0 ? vEndTag : cell.vTo;
        } else k = vEnd + 1;
        continue;
      }
      if (cell.isFrom < 0 && opens(bytes, lt, name.is)) cell.isFrom = lt;
      k = lt + 1;
    }
  };

  /** Reads the row whose start tag ends at `gt`, or only walks past it; returns where the row ends. */
  const readRow = (gt: number, rowNumber: number, wanted: boolean): number => {
    let values: CellValue[] | undefined;
    let column = 0;
    for (let k = gt + 1; ; ) {
      const lt = tagFrom(k);
      const end = closeEnd(bytes, lt, name.row);
      if (end >= 0) {
        if (values) rows[rowNumber] = values;
        return end;
      }
      // A row that opens before this one closes means this one never closed.
      if (opens(bytes, lt, name.row) || closes(bytes, lt, name.sheetData)) broken();
      if (!wanted || !opens(bytes, lt, name.c)) {
        k = lt + 1;
        continue;
      }
      const nameEnd = lt + 1 + name.c.length;
      const cEnd = startTagWithAttributes(nameEnd);
      column = (attrs.rFrom >= 0 ? columnAt(bytes, attrs.rFrom, attrs.rTo) : 0) || column + 1;
      if (bytes[cEnd - 1] === 47) {
        k = cEnd + 1;
        continue;
      }
      const inWindow = column >= window.left && column <= window.right;
      if (inWindow) {
        cell.kind = kindAt(bytes, attrs.tFrom, attrs.tTo);
        cell.style = attrs.sFrom >= 0 ? integerAt(bytes, attrs.sFrom, attrs.sTo) : 0;
      }
      k = readCellContent(cEnd);
      if (!inWindow) continue;
      const value = cellValue(bytes, cell, ctx);
      if (value !== null) {
        values ??= width > 0 ? new Array<CellValue>(width) : [];
        values[column - window.left] = value;
      }
    }
  };

  let dataStart = -1;
  for (let at = nextTag(bytes, 0, length); at >= 0; at = nextTag(bytes, at + 1, length)) {
    if (opens(bytes, at, name.sheetData)) {
      dataStart = at;
      break;
    }
  }
  let dataEnd = dataStart;
  if (dataStart >= 0) {
    const open = startTagEnd(dataStart + 1 + name.sheetData.length);
    let rowNumber = 0;
    for (let at = open + 1; bytes[open - 1] !== 47; ) {
      const lt = tagFrom(at);
      if (closes(bytes, lt, name.sheetData)) {
        dataEnd = lt;
        break;
      }
      if (!opens(bytes, lt, name.row)) {
        at = lt + 1;
        continue;
      }
      const nameEnd = lt + 1 + name.row.length;
      const gt = startTagWithAttributes(nameEnd);
      rowNumber = attrs.rFrom >= 0 && attrs.rTo > attrs.rFrom ? integerAt(bytes, attrs.rFrom, attrs.rTo) : rowNumber + 1;
      // A row number past Excel's last row is not a row any reader shows.
      const wanted = rowNumber >= window.top && rowNumber <= window.bottom && rowNumber <= LAST_ROW;
      if (wanted && isHidden(bytes)) hiddenRows.add(rowNumber);
      at = bytes[gt - 1] === 47 ? gt + 1 : readRow(gt, rowNumber, wanted);
    }
  }
  return { rows, hiddenRows, merges: withMerges ? readMerges(textOf(bytes, Math.max(0, dataEnd), length), p) : [] };
}
