/**
 * Text a shell writes to a generated sheet, made safe for Excel:
 * - It must never turn into a formula: Excel reads a value starting with "=",
 *   "+", "-" or "@" as a formula or a number. The .xlsx shell stores strings
 *   as strings, which is safe by itself; the Office JavaScript API shell sets such cells'
 *   number format to text ("@") before writing, so Excel keeps them literally.
 *   `looksLikeFormula` decides which need it.
 * - It must fit in a cell: Excel holds at most 32,767 characters in one. A
 *   longer string in a file makes Excel call the workbook damaged and "repair"
 *   it, and Office JavaScript API refuses the write. Generated text can exceed the limit
 *   when it joins workbook text that is already at it (an indicator name of
 *   32,767 characters after "Measured by: "), so both shells cut it short with
 *   `fitCellText`, ending in "…".
 */
const FORMULA_TRIGGERS = ["=", "+", "-", "@"];

/** True when a string written as a value could be read as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_TRIGGERS.some((c) => text.startsWith(c));
}

/** The most characters (UTF-16 units) Excel holds in one cell. */
export const EXCEL_CELL_TEXT_LIMIT = 32_767;

/** `text` unchanged when it fits in a cell, else cut to the limit with a final "…". */
export function fitCellText(text: string): string {
  if (text.length <= EXCEL_CELL_TEXT_LIMIT) return text;
  let end = EXCEL_CELL_TEXT_LIMIT - 1;
  // Excel counts UTF-16 units; never leave half of a surrogate pair before the ellipsis.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
