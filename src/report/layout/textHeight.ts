/**
 * Row heights for wrapped text. The shells do not autofit rows (Excel on the
 * web and the .xlsx writer cannot), so the plan sizes them from the text: an
 * estimate that errs tall, since a clipped definition is worse than white space.
 */

/** Excel's row height limit, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Lines a text wraps to in a cell `widthChars` characters wide. */
export function wrappedLines(text: string, widthChars: number): number {
  // Whole words wrap, wasting a few characters a line; Calibri's average
  // letter is a little narrower than the "0" column widths are measured in.
  const perLine = Math.max(6, Math.floor(widthChars * 1.05) - 5);
  return text.split("\n").reduce((lines, para) => lines + Math.max(1, Math.ceil(para.length / perLine)), 0);
}

/** Points for one line of text in a font of this size. */
export function lineHeight(fontSize = 11): number {
  return Math.ceil(fontSize * 1.32);
}

/** The height (points) of a row holding `text` wrapped in `widthChars`, at least `min`. */
export function wrappedHeight(text: string, widthChars: number, fontSize = 11, min = 15): number {
  const height = wrappedLines(text, widthChars) * lineHeight(fontSize) + 4;
  return Math.min(MAX_ROW_HEIGHT, Math.max(min, height));
}
