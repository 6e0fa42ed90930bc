/**
 * Which cell formats show a number as a date: the only thing the read needs
 * from the styles part. Excel keeps a date as a serial number; its format alone
 * says it is a date.
 */
import { findElement, findElements } from "./xmlText";

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, with the East Asian ones). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when a format code shows a date or time: d, m, y, h or s outside quotes, escapes and [colour] brackets. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .split(";")[0]!
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/_.|\*./g, "");
  return /[dmyhs]/i.test(bare) && !/^General$/i.test(bare.trim());
}

/** For each cell format index (a cell's s="…"), whether it shows a date. */
export function readDateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  const numFmts = findElement(stylesXml, "numFmts");
  if (numFmts) {
    for (const f of findElements(stylesXml, "numFmt", numFmts.innerStart, numFmts.innerEnd)) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? "");
  }
  const cellXfs = findElement(stylesXml, "cellXfs");
  if (!cellXfs) return [];
  return findElements(stylesXml, "xf", cellXfs.innerStart, cellXfs.innerEnd).map(({ attrs }) => {
    const id = Number(attrs.numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATES.has(id);
  });
}
