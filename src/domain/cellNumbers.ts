/**
 * One policy for turning a cell into a number, used by every numeric column
 * (Value, Numerator, Denominator …) so that a figure means the same wherever it sits.
 *
 * - A finite number is taken as it is.
 * - Blank (null, empty or only spaces) is missing, not zero.
 * - An Excel error value (`#N/A`, `#DIV/0!` …), whether handed over as text or
 *   typed, is an error kind of its own so messages can name it.
 * - Text is read as a number only when it is unambiguous in a UK workbook:
 *   thousands separated by commas or spaces in groups of three (`1,234`, ` 1 234 `),
 *   a leading `£`, a trailing `%` (`87.5%` → 87.5, flagged `percentText`), and
 *   accounting negatives in brackets (`(12)` → -12). `1,23` is not read, because
 *   in some locales the comma is a decimal point.
 * - Anything else (`n/a`, `tbc`, `12 cases`, `-`), booleans and dates are text:
 *   not numbers.
 * - A number beyond ±MAX_FIGURE is not a figure either (`tooLarge`): no count,
 *   rate or budget line comes near it, and sums and forecasts of it overflow.
 */
import { quoteCellText } from "./cellText";
import type { CellValue } from "./types";

/** The outcome of reading one cell as a number. */
export type CellNumber =
  | {
      kind: "number";
      value: number;
      /** Written as text ending in "%": already on the 0–100 scale. */ percentText?: true;
    }
  | { kind: "blank" }
  | { kind: "excel-error"; code: string }
  | {
      kind: "text";
      text: string;
      /** A number, but beyond ±MAX_FIGURE. */ tooLarge?: true;
    };

/**
 * The largest magnitude read as a figure: beyond Excel's 15 significant digits
 * of whole units, and small enough that sums, gaps and forecasts stay finite.
 */
export const MAX_FIGURE = 1e15;

/** Excel's error values, as Excel spells them. */
export const EXCEL_ERROR_CODES: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
];
const ERROR_BY_UPPER = new Map(EXCEL_ERROR_CODES.map((code) => [code, code]));

// Digits with optional thousands groups (one separator kind per number), then decimals.
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE_GROUPS = /^\d{1,3}(?:\s\d{3})+(?:\.\d+)?$/;
// U+2212 is the typographic minus that Word and some exports produce.
const SIGNED = /^([-+\u2212]?)\s*(£?)\s*([-+\u2212]?)\s*(.*)$/;

function unsignedAmount(text: string): number | undefined {
  if (PLAIN.test(text)) return Number(text);
  if (COMMA_GROUPS.test(text)) return Number(text.replace(/,/g, ""));
  if (SPACE_GROUPS.test(text)) return Number(text.replace(/\s/g, ""));
  return undefined;
}

function stripSuffix(text: string, suffix: string): string | undefined {
  return text.endsWith(suffix) ? text.slice(0, -suffix.length).trim() : undefined;
}

/** Reads trimmed number-like text; undefined when the text is not unambiguously a number. */
function parseNumberText(trimmed: string): { value: number; percent: boolean } | undefined {
  let text = trimmed;
  let percent = false;
  let brackets = false;
  const beforePercent = stripSuffix(text, "%");
  if (beforePercent !== undefined) [text, percent] = [beforePercent, true];
  const inner = /^\((.*)\)$/.exec(text);
  if (inner) [text, brackets] = [inner[1]!.trim(), true];
  const innerPercent = !percent ? stripSuffix(text, "%") : undefined;
  if (innerPercent !== undefined) [text, percent] = [innerPercent, true];

  const m = SIGNED.exec(text);
  if (!m) return undefined;
  const [, sign1, pound, sign2, body] = m;
  if (sign1 && sign2) return undefined;
  if (pound && percent) return undefined;
  const sign = sign1 || sign2;
  // "(-12)" is a double negative nobody means.
  if (brackets && sign) return undefined;
  // "1e999" reads as Infinity: kept, so the caller calls it too large rather than not a number.
  const amount = unsignedAmount(body!);
  if (amount === undefined) return undefined;
  const negative = brackets || sign === "-" || sign === "\u2212";
  // Adding 0 turns -0 into 0, so "(0)" reads as a plain zero.
  return { value: (negative ? -amount : amount) + 0, percent };
}

/** Reads one cell as a number under the policy above. */
export function readCellNumber(value: CellValue | undefined): CellNumber {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "text", text: String(value) };
    return Math.abs(value) > MAX_FIGURE ? { kind: "text", text: String(value), tooLarge: true } : { kind: "number", value };
  }
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) {
    return { kind: "text", text: Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString().slice(0, 10) };
  }
  const trimmed = value.trim();
  if (trimmed === "") return { kind: "blank" };
  const error = ERROR_BY_UPPER.get(trimmed.toUpperCase());
  if (error) return { kind: "excel-error", code: error };
  const parsed = parseNumberText(trimmed);
  if (!parsed) return { kind: "text", text: trimmed };
  if (Math.abs(parsed.value) > MAX_FIGURE) return { kind: "text", text: trimmed, tooLarge: true };
  return parsed.percent
    ? { kind: "number", value: parsed.value, percentText: true }
    : { kind: "number", value: parsed.value };
}

/**
 * The figure in a cell that holds a plain number within ±MAX_FIGURE, else
 * undefined (then `readCellNumber` says what the cell holds). Nearly every
 * cell of a large table is such a number, and this answers without making a
 * CellNumber for it.
 */
export function plainFigure(value: CellValue | undefined): number | undefined {
  return typeof value === "number" && Math.abs(value) <= MAX_FIGURE ? value : undefined;
}

/** True for null, undefined, "" and whitespace-only text. */
export function isBlankCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Why a cell is not a number, as the end of a sentence:
 * `holds the Excel error #N/A` or `holds "n/a", which is not a number`.
 */
export function describeNotNumber(result: CellNumber): string {
  switch (result.kind) {
    case "excel-error":
      return `holds the Excel error ${result.code}`;
    case "text":
      return result.tooLarge
        ? `holds ${quoteCellText(result.text)}, far larger than any real figure`
        : `holds ${quoteCellText(result.text)}, which is not a number`;
    case "blank":
      return "is blank";
    case "number":
      return `holds the number ${result.value}`;
  }
}
