/** Sheet-qualified addresses Excel accepts whatever the sheet is called. */

/** "'My sheet'!A1:B2": always quoted, apostrophes doubled, so spaces and odd names are safe. */
export function sheetAddress(sheet: string, local: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${local}`;
}

/** True for a single-cell A1 address such as "D7" (no sheet, no range). */
export function isCellAddress(cell: string): boolean {
  return /^\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/.test(cell);
}
