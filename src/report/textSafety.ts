/**
 * Text from a workbook must never turn into a formula on a generated sheet:
 * Excel reads a value starting with "=", "+", "-" or "@" as a formula or a
 * number. The .xlsx shell stores strings as strings, which is safe by itself;
 * the Office.js shell sets such cells' number format to text ("@") before
 * writing, so Excel keeps them literally. This module decides which need it.
 */
const FORMULA_TRIGGERS = ["=", "+", "-", "@"];

/** True when a string written as a value could be read as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_TRIGGERS.some((c) => text.startsWith(c));
}
