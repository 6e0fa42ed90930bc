/** How a cell reads as text wherever a name, a note or a message needs it. */
import type { CellValue } from "./types";

/**
 * A cell as trimmed text: "" when blank, a Date as its ISO day (yyyy-mm-dd).
 * An invalid Date (a shell can hand one over) reads as "": it has no day to show,
 * and `toISOString` would throw on it.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** The most characters of a cell's text a message quotes; longer text is cut short with "…". */
export const MAX_QUOTED_CHARACTERS = 60;

/**
 * Cell text as a message quotes it: in double quotes, on one line (every run
 * of whitespace, line breaks included, becomes one space), and cut short when
 * long, so a paragraph pasted into the wrong cell neither breaks the message
 * across lines nor swamps it.
 */
export function quoteCellText(text: string, max: number = MAX_QUOTED_CHARACTERS): string {
  return `"${shortCellText(text, max)}"`;
}

/** Cell text on one line and cut short, as `quoteCellText` shows it but without the quotes. */
export function shortCellText(text: string, max: number = MAX_QUOTED_CHARACTERS): string {
  const line = text.replace(/[\s\u0085]+/g, " ").trim();
  // By code point, so an emoji is never cut in half.
  const chars = Array.from(line);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : line;
}

/** A code as the catalogue and the data compare it: trimmed, inner whitespace (a line break too) as one space. */
export function codeText(value: CellValue | undefined): string {
  return cellText(value).replace(/[\s\u0085]+/g, " ");
}
