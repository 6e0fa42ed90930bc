/** A1 addresses from 1-based row and column numbers, and back. */

/** Letters already worked out, by column number: a large table makes an address for every row. */
const KNOWN_LETTERS: string[] = [];
/** Excel's last column (XFD): no sheet has more. */
const LAST_COLUMN = 16_384;

export function columnLetters(column: number): string {
  const known = KNOWN_LETTERS[column];
  if (known !== undefined) return known;
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  if (Number.isInteger(column) && column > 0 && column <= LAST_COLUMN) KNOWN_LETTERS[column] = letters;
  return letters;
}

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** "B4" → { row: 4, column: 2 }. */
export function parseA1(address: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new RangeError(`Not an A1 cell address: ${address}`);
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
