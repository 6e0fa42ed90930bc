/**
 * A cell's value from where the sheet scan found it: the t="…" attribute
 * says how to read the text of its <v> (a number, an index into the shared
 * strings, text, a boolean, an ISO date) or its inline <is> string.
 */
import type { CellValue } from "../domain/types";
import { stringItemText } from "./cellText";
import { asciiBytes, bytesAt, integerAt, numberAt, textOf } from "./xmlBytes";
import { decodeXml } from "./xmlText";

/** What a cell's value needs from the rest of the package. */
export interface CellContext {
  sharedStrings: readonly string[];
  /** By cell format index: whether the format shows a date. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0, in the 1900 system) to 1970-01-01. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = EPOCH_1900 - 1_462;

/** A date serial as a UTC Date, to the millisecond. */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - (date1904 ? EPOCH_1904 : EPOCH_1900)) * DAY_MS));
}

/** How a cell's t="…" attribute says to read its value. */
const enum Kind {
  Number,
  Shared,
  Inline,
  Text,
  Boolean,
  Date,
}

const INLINE_STR = asciiBytes("inlineStr");
const STR = asciiBytes("str");

/** The kind named by the t attribute between `from` and `to` (-1: none, a number). */
export function kindAt(bytes: Uint8Array, from: number, to: number): Kind {
  if (from < 0) return Kind.Number;
  const length = to - from;
  if (length === 1) {
    const t = bytes[from];
    return t === 115 ? Kind.Shared : t === 101 ? Kind.Text : t === 98 ? Kind.Boolean : t === 100 ? Kind.Date : Kind.Number;
  }
  if (length === STR.length && bytesAt(bytes, from, STR)) return Kind.Text;
  if (length === INLINE_STR.length && bytesAt(bytes, from, INLINE_STR)) return Kind.Inline;
  return Kind.Number;
}

/** Where a cell's value is: the content of its <v>, or its <is> up to the cell's end. */
export interface CellContent {
  kind: Kind;
  style: number;
  vFrom: number;
  vTo: number;
  isFrom: number;
  close: number;
  /** The value is a CDATA section's content (legal, seldom written): taken as it stands, not decoded. */
  cdata: boolean;
}

/** The value of one cell; null when it holds none. */
export function cellValue(bytes: Uint8Array, c: CellContent, ctx: CellContext): CellValue {
  if (c.kind === Kind.Inline) {
    const text = c.isFrom < 0 ? "" : stringItemText(textOf(bytes, c.isFrom, c.close));
    return text === "" ? null : text;
  }
  if (c.vFrom < 0) return null;
  switch (c.kind) {
    case Kind.Shared: {
      const text = ctx.sharedStrings[integerAt(bytes, c.vFrom, c.vTo)];
      return text === undefined || text === "" ? null : text;
    }
    case Kind.Text: {
      const raw = textOf(bytes, c.vFrom, c.vTo);
      const text = c.cdata ? raw : decodeXml(raw);
      return text === "" ? null : text;
    }
    case Kind.Boolean: {
      const raw = textOf(bytes, c.vFrom, c.vTo).trim();
      return raw === "1" || raw.toLowerCase() === "true";
    }
    case Kind.Date: {
      const date = new Date(textOf(bytes, c.vFrom, c.vTo).trim());
      return Number.isNaN(date.getTime()) ? null : date;
    }
    default: {
      const n = numberAt(bytes, c.vFrom, c.vTo);
      if (n === null || !Number.isFinite(n)) return null;
      return ctx.dateStyles[c.style] ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

/** A CellContent to fill, one per scan: reading a million cells allocates nothing. */
export function emptyCellContent(): CellContent {
  return { kind: Kind.Number, style: 0, vFrom: -1, vTo: -1, isFrom: -1, close: -1, cdata: false };
}
