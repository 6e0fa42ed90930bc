/**
 * One pass over a worksheet part's text that keeps only the cells inside a
 * window, found with indexOf rather than a DOM: a 100,000-row sheet is read
 * in one sweep, and rows outside the window are skipped whole. Merged areas
 * are read only when asked for.
 */
import type { CellValue } from "../domain/types";
import { stringItemText } from "./cellText";
import type { Rect } from "./rangeRect";
import { corrupt } from "./readZip";
import { decodeXml, rootPrefix } from "./xmlText";

/** What a cell's value needs from the rest of the package. */
export interface CellContext {
  sharedStrings: readonly string[];
  /** By cell format index: whether the format shows a date. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

export interface ScannedSheet {
  /** Row number → the window's values, index 0 being the window's left column. */
  rows: Map<number, CellValue[]>;
  /** Hidden rows inside the window. */
  hiddenRows: Set<number>;
  /** Every merged area of the sheet (only when asked for). */
  merges: Rect[];
}

const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0, in the 1900 system) to 1970-01-01. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = EPOCH_1900 - 1_462;

/** A date serial as a UTC Date, to the millisecond. */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - (date1904 ? EPOCH_1904 : EPOCH_1900)) * DAY_MS));
}

function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}=`);
  if (at < 0) return undefined;
  const quote = tag[at + name.length + 2];
  const end = tag.indexOf(quote!, at + name.length + 3);
  return tag.slice(at + name.length + 3, end);
}

/** "AB12" → 28 (the column), 0 when it carries no letters. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column;
}

/** A non-negative integer written between `from` and `to` (a shared string index), NaN if it is not one. */
function integerIn(xml: string, from: number, to: number): number {
  let n = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) {
      if (digits > 0 || xml.charCodeAt(i) > 32) return NaN;
      continue;
    }
    n = n * 10 + d;
    digits++;
  }
  return digits > 0 ? n : NaN;
}

/** The value of the cell whose content runs from `from` to `to`. */
function cellValue(xml: string, from: number, to: number, type: string | undefined, style: number, p: string, ctx: CellContext): CellValue {
  if (type === "inlineStr") {
    const is = xml.indexOf(`<${p}is`, from);
    const text = is < 0 || is > to ? "" : stringItemText(xml.slice(is, to));
    return text === "" ? null : text;
  }
  const vStart = xml.indexOf(`<${p}v`, from);
  if (vStart < 0 || vStart > to) return null;
  const open = xml.indexOf(">", vStart);
  if (xml[open - 1] === "/") return null;
  const close = xml.indexOf(`</${p}v>`, open);
  if (type === "s") {
    const text = ctx.sharedStrings[integerIn(xml, open + 1, close)];
    return text === undefined || text === "" ? null : text;
  }
  const raw = xml.slice(open + 1, close);
  switch (type) {
    case "str":
    case "e": {
      const text = decodeXml(raw);
      return text === "" ? null : text;
    }
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "d": {
      const date = new Date(raw.trim());
      return Number.isNaN(date.getTime()) ? null : date;
    }
    default: {
      if (raw.trim() === "") return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return null;
      return ctx.dateStyles[style] ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

function readMerges(xml: string, p: string, from: number): Rect[] {
  const merges: Rect[] = [];
  const open = `<${p}mergeCell `;
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + open.length)) {
    const tag = xml.slice(at, xml.indexOf(">", at));
    const ref = attribute(tag, "ref");
    if (!ref) continue;
    const [a, b = a] = ref.split(":") as [string, string?];
    const r1 = Number(/\d+/.exec(a)?.[0]);
    const r2 = Number(/\d+/.exec(b)?.[0]);
    const c1 = columnOf(a.replace(/\$/g, ""));
    const c2 = columnOf(b.replace(/\$/g, ""));
    // A whole-column merge ("A:A") has no row numbers: it spans every row.
    merges.push({
      top: Number.isFinite(r1) && r1 > 0 ? Math.min(r1, r2 || r1) : 1,
      bottom: Number.isFinite(r2) && r2 > 0 ? Math.max(r1 || r2, r2) : 1_048_576,
      left: Math.min(c1 || 1, c2 || 16_384),
      right: Math.max(c1 || 1, c2 || 16_384),
    });
  }
  return merges;
}

const isTagEnd = (ch: string | undefined): boolean => ch === " " || ch === ">" || ch === "/" || ch === "\n" || ch === "\r" || ch === "\t";

/** Whether the part ends by closing its root element, which a cut-off copy never does. */
function closesRoot(xml: string): boolean {
  const root = /<(?![?!])([A-Za-z_][\w.:-]*)/.exec(xml)?.[1];
  return root !== undefined && xml.trimEnd().endsWith(`</${root}>`);
}

/**
 * The cells of `xml` (the worksheet part named `part`) inside `window`
 * (1-based, inclusive; use Infinity for an open side), with the hidden rows
 * there and, when `withMerges`, the sheet's merged areas.
 *
 * @throws WorkbookUnreadableError ("CORRUPT") naming `part` when the part is cut
 * off or its rows and cells are not closed: half a sheet is never read as a whole one.
 */
export function scanSheet(xml: string, window: Rect, ctx: CellContext, withMerges: boolean, part: string): ScannedSheet {
  // An empty text is a part the package lacks, which callers treat as an empty sheet.
  if (xml !== "" && !closesRoot(xml)) throw corrupt(part);
  const broken = (): never => {
    throw corrupt(part);
  };
  const p = rootPrefix(xml);
  const rows = new Map<number, CellValue[]>();
  const hiddenRows = new Set<number>();
  const dataStart = xml.indexOf(`<${p}sheetData`);
  let dataEnd = dataStart < 0 ? -1 : xml.indexOf(`</${p}sheetData>`, dataStart);
  if (dataEnd < 0) {
    const open = dataStart < 0 ? -1 : xml.indexOf(">", dataStart);
    if (dataStart >= 0 && xml[open - 1] !== "/") broken();
    dataEnd = dataStart;
  }
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  const cellOpen = `<${p}c`;
  const cellClose = `</${p}c>`;
  let rowNumber = 0;
  let at = dataStart < 0 ? -1 : xml.indexOf(rowOpen, dataStart);
  while (at >= 0 && at < dataEnd) {
    if (!isTagEnd(xml[at + rowOpen.length])) {
      at = xml.indexOf(rowOpen, at + 1);
      continue;
    }
    const tagEnd = xml.indexOf(">", at);
    if (tagEnd < 0) broken();
    const tag = xml.slice(at, tagEnd);
    const r = attribute(tag, "r");
    rowNumber = r ? Number(r) : rowNumber + 1;
    if (xml[tagEnd - 1] === "/") {
      if (rowNumber >= window.top && rowNumber <= window.bottom && /^(1|true)$/.test(attribute(tag, "hidden") ?? "")) hiddenRows.add(rowNumber);
      at = xml.indexOf(rowOpen, tagEnd);
      continue;
    }
    const end = xml.indexOf(rowClose, tagEnd);
    if (end < 0 || end > dataEnd) broken();
    // A row that opens before this one closes means this one never closed.
    const next = xml.indexOf(rowOpen, tagEnd);
    if (next >= 0 && next < end && isTagEnd(xml[next + rowOpen.length])) broken();
    if (rowNumber >= window.top && rowNumber <= window.bottom) {
      if (/^(1|true)$/.test(attribute(tag, "hidden") ?? "")) hiddenRows.add(rowNumber);
      let values: CellValue[] | undefined;
      let column = 0;
      for (let c = xml.indexOf(cellOpen, tagEnd); c >= 0 && c < end; ) {
        if (!isTagEnd(xml[c + cellOpen.length])) {
          c = xml.indexOf(cellOpen, c + 1);
          continue;
        }
        const cEnd = xml.indexOf(">", c);
        if (cEnd < 0 || cEnd > end) broken();
        // The start tag alone is searched: an attribute a cell lacks must not be looked for further on.
        const tag = xml.slice(c + cellOpen.length, cEnd);
        const ref = attribute(tag, "r");
        column = (ref ? columnOf(ref) : 0) || column + 1;
        const selfClosing = xml.charCodeAt(cEnd - 1) === 47; // "/"
        const close = selfClosing ? cEnd + 1 : xml.indexOf(cellClose, cEnd);
        if (close < 0 || close > end) broken();
        if (!selfClosing && column >= window.left && column <= window.right) {
          const style = attribute(tag, "s");
          const value = cellValue(xml, cEnd + 1, close, attribute(tag, "t"), style === undefined ? 0 : Number(style), p, ctx);
          if (value !== null) {
            values ??= [];
            values[column - window.left] = value;
          }
        }
        c = xml.indexOf(cellOpen, selfClosing ? close : close + cellClose.length);
      }
      if (values) rows.set(rowNumber, values);
    }
    at = next < 0 || next > end ? next : xml.indexOf(rowOpen, end + rowClose.length);
  }
  return { rows, hiddenRows, merges: withMerges ? readMerges(xml, p, Math.max(0, dataEnd)) : [] };
}
