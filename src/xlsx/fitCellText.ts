/**
 * Excel holds at most 32,767 characters in a cell; a longer string in the file
 * makes Excel call the workbook damaged and "repair" it. Generated text can
 * exceed that when it joins workbook text that is already at the limit (an
 * indicator name of 32,767 characters after "Measured by: "), so the writer
 * cuts it short, ending in "…".
 */
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
