/**
 * Small readers over a part's UTF-8 bytes for the sheet scan: markup in
 * SpreadsheetML is ASCII, so names, attributes and numbers are read from the
 * bytes directly, and only text that is kept (an inline string, a formula's
 * text result) is decoded.
 */

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** ASCII text as bytes, for matching element names. */
export function asciiBytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The bytes between `from` and `to` decoded as text. */
export function textOf(bytes: Uint8Array, from: number, to: number): string {
  return utf8.decode(bytes.subarray(from, to));
}

/** Space, tab, CR or LF. */
export function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 13 || b === 9;
}

/** True when the byte ends an element name: white space, ">" or "/". */
export function endsName(b: number | undefined): boolean {
  return b === 62 || b === 47 || b === 32 || b === 10 || b === 13 || b === 9;
}

/** True when `name` is written at `at`. */
export function bytesAt(bytes: Uint8Array, at: number, name: Uint8Array): boolean {
  if (at + name.length > bytes.length) return false;
  for (let k = 0; k < name.length; k++) if (bytes[at + k] !== name[k]) return false;
  return true;
}

/** The first `<` at or after `from` and before `to`, else -1. */
export function nextTag(bytes: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (bytes[i] === 60) return i;
  return -1;
}

/** Where `needle` next occurs at or after `from` and before `to`, else -1. */
export function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const first = needle[0];
  const last = to - needle.length;
  for (let i = from; i <= last; i++) if (bytes[i] === first && bytesAt(bytes, i, needle)) return i;
  return -1;
}

/** The index of the `>` that ends the tag opened at `from` (quoted values may hold ">"), else -1. */
export function tagClose(bytes: Uint8Array, from: number, to: number): number {
  let quote = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === 34 || b === 39) quote = b;
    else if (b === 62) return i;
  }
  return -1;
}

/**
 * The attributes of a start tag the scan needs, as byte ranges: set by
 * `readStartTag`, -1 when the tag lacks one. One shared record, so reading
 * a million cells allocates nothing.
 */
export const attrs = { rFrom: -1, rTo: -1, sFrom: -1, sTo: -1, tFrom: -1, tTo: -1, hiddenFrom: -1, hiddenTo: -1 };

const HIDDEN = asciiBytes("hidden");

/**
 * Reads the r, s, t and hidden attributes of the start tag whose name ends at
 * `from`, in the same pass that finds the tag's end: returns the index of its
 * ">" (a ">" inside a quoted value does not end it), or -1 when none comes
 * before `to`.
 */
export function readStartTag(bytes: Uint8Array, from: number, to: number): number {
  attrs.rFrom = attrs.sFrom = attrs.tFrom = attrs.hiddenFrom = -1;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(bytes[i]!)) i++;
    if (bytes[i] === 62) return i;
    const nameFrom = i;
    while (i < to && bytes[i] !== 61 && bytes[i] !== 62 && !isSpace(bytes[i]!) && bytes[i] !== 47) i++;
    const nameTo = i;
    while (i < to && isSpace(bytes[i]!)) i++;
    if (bytes[i] !== 61) {
      if (bytes[i] === 62) return i;
      i = Math.max(i, nameTo) + 1;
      continue;
    }
    i++;
    while (i < to && isSpace(bytes[i]!)) i++;
    const quote = bytes[i];
    if (quote !== 34 && quote !== 39) continue;
    const valueFrom = ++i;
    while (i < to && bytes[i] !== quote) i++;
    if (i >= to) return -1;
    const valueTo = i++;
    const length = nameTo - nameFrom;
    if (length === 1) {
      const b = bytes[nameFrom];
      if (b === 114) {
        attrs.rFrom = valueFrom;
        attrs.rTo = valueTo;
      } else if (b === 115) {
        attrs.sFrom = valueFrom;
        attrs.sTo = valueTo;
      } else if (b === 116) {
        attrs.tFrom = valueFrom;
        attrs.tTo = valueTo;
      }
    } else if (length === 6 && bytesAt(bytes, nameFrom, HIDDEN)) {
      attrs.hiddenFrom = valueFrom;
      attrs.hiddenTo = valueTo;
    }
  }
  return -1;
}

/** A non-negative integer between `from` and `to`, white space around allowed; NaN if it is not one. */
export function integerAt(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  let digits = 0;
  let i = from;
  while (i < to && isSpace(bytes[i]!)) i++;
  for (; i < to; i++) {
    const d = bytes[i]! - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
    digits++;
  }
  while (i < to && isSpace(bytes[i]!)) i++;
  return digits > 0 && i === to ? n : NaN;
}

/** "AB12" (from `from` to `to`) → 28, 0 when it starts with no letters. */
export function columnAt(bytes: Uint8Array, from: number, to: number): number {
  let column = 0;
  for (let i = from; i < to; i++) {
    const code = bytes[i]! | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column;
}

/** The row number in a cell reference ("AB12" → 12), NaN without one. */
export function rowInRef(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to && ((bytes[i]! | 0x20) - 97) >>> 0 < 26) i++;
  return integerAt(bytes, i, to);
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The number written between `from` and `to`, as `Number()` reads it. Plain
 * decimals of up to 15 digits are read from the bytes (an exact integer over
 * an exact power of ten rounds as the decimal does); anything else is decoded
 * and given to `Number()`. NaN for text that is not a number, null for blank.
 */
export function numberAt(bytes: Uint8Array, from: number, to: number): number | null {
  let i = from;
  let end = to;
  while (i < end && isSpace(bytes[i]!)) i++;
  while (end > i && isSpace(bytes[end - 1]!)) end--;
  if (i === end) return null;
  const negative = bytes[i] === 45;
  if (negative) i++;
  let n = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const b = bytes[i]!;
    if (b === 46 && fraction < 0) {
      fraction = 0;
      continue;
    }
    const d = b - 48;
    if (d < 0 || d > 9 || digits === 15) return Number(textOf(bytes, from, to));
    n = n * 10 + d;
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (digits === 0) return Number(textOf(bytes, from, to));
  const value = fraction > 0 ? n / POWERS[fraction]! : n;
  return negative ? -value : value;
}

/** The name of the part's root element ("worksheet" or "x:worksheet"), undefined when there is none. */
export function rootName(bytes: Uint8Array): string | undefined {
  for (let i = nextTag(bytes, 0, bytes.length); i >= 0; i = nextTag(bytes, i + 1, bytes.length)) {
    const next = bytes[i + 1];
    if (next === 63 || next === 33) continue;
    let end = i + 1;
    while (end < bytes.length && !endsName(bytes[end])) end++;
    return end > i + 1 ? textOf(bytes, i + 1, end) : undefined;
  }
  return undefined;
}

/**
 * Whether the part ends by closing its root element (white space after it,
 * and before the end tag's ">", allowed), which a cut-off copy never does.
 */
export function closesRoot(bytes: Uint8Array, root: string): boolean {
  let end = bytes.length;
  while (end > 0 && isSpace(bytes[end - 1]!)) end--;
  if (bytes[end - 1] !== 62) return false;
  end--;
  while (end > 0 && isSpace(bytes[end - 1]!)) end--;
  const close = asciiBytes(`</${root}`);
  return end >= close.length && bytesAt(bytes, end - close.length, close);
}
