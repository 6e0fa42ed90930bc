/**
 * Reading the Indicators table's cells: the words people write for units,
 * polarities and yes/no, and numbers typed as text ("65%", "1,234", "£200").
 * Each reader returns `undefined` for a blank cell and `null` for a cell it
 * cannot read, so the caller can report the right rule.
 */
import { MAX_FIGURE } from "../cellNumbers";
import { cellText } from "../cellText";
import type { CellValue, Polarity, Unit } from "../types";

export { cellText };

export function isBlank(value: CellValue | undefined): boolean {
  return cellText(value) === "";
}

/** Lower-case words only: "Lower is better" → "lower is better", "per 10,000" → "per 10000". */
function words(value: CellValue | undefined): string {
  return cellText(value).toLowerCase().replace(/[,]/g, "").replace(/\s+/g, " ");
}

const UNIT_WORDS: Record<string, Unit> = {
  count: "count",
  number: "count",
  "no.": "count",
  no: "count",
  n: "count",
  percent: "percent",
  percentage: "percent",
  "%": "percent",
  pct: "percent",
  "per cent": "percent",
  rate: "rate",
  "per 10000": "rate",
  "rate per 10000": "rate",
  ratio: "rate",
  average: "rate",
  pp: "pp",
  "percentage points": "pp",
  "percentage point": "pp",
  "% points": "pp",
  "%pts": "pp",
  "% pts": "pp",
  currency: "currency",
  "£": "currency",
  gbp: "currency",
  money: "currency",
  pounds: "currency",
};

/** A unit from its name or a common synonym; `undefined` when blank, `null` when not a unit. */
export function readUnit(value: CellValue | undefined): Unit | undefined | null {
  const w = words(value);
  if (w === "") return undefined;
  // Own keys only: "constructor" or "toString" must not find Object.prototype's members.
  return Object.hasOwn(UNIT_WORDS, w) ? UNIT_WORDS[w]! : null;
}

/**
 * "lower", "Lower is better", "higher", "High", "↓"; `undefined` when blank,
 * `null` when it names neither way.
 */
export function readPolarity(value: CellValue | undefined): Polarity | undefined | null {
  const w = words(value);
  if (w === "") return undefined;
  const first = w.replace(/ is better$| better$/, "").trim();
  if (["lower", "low", "down", "↓", "smaller", "less", "decrease", "minimise", "minimize"].includes(first))
    return "lower";
  if (["higher", "high", "up", "↑", "bigger", "greater", "more", "increase", "maximise", "maximize"].includes(first))
    return "higher";
  return null;
}

/** yes/no, y/n, true/false, 1/0 or a boolean cell; `undefined` when blank, `null` otherwise. */
export function readYesNo(value: CellValue | undefined): boolean | undefined | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  const w = words(value);
  if (w === "") return undefined;
  if (["yes", "y", "true", "1"].includes(w)) return true;
  if (["no", "n", "false", "0"].includes(w)) return false;
  return null;
}

/** Finite and within ±MAX_FIGURE, as the data's figures must be. */
function isFigure(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x) <= MAX_FIGURE;
}

/** A number read from a cell, and whether it was written with a "%" sign. */
export interface CellNumber {
  value: number;
  percentSign: boolean;
}

/**
 * A number cell, or text such as "65", "65%", "1,234", "£200", "34 pp", "-2.5".
 * `undefined` when blank, `null` when not a number (dates and booleans are not
 * numbers, and nor is anything beyond ±MAX_FIGURE).
 */
export function readNumber(value: CellValue | undefined): CellNumber | undefined | null {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return isFigure(value) ? { value, percentSign: false } : null;
  if (typeof value !== "string") return null;
  let text = value.trim().replace(/\u00a0/g, " ");
  if (text === "") return undefined;
  const percentSign = /%\s*$/.test(text);
  text = text
    .replace(/%\s*$/, "")
    .replace(/\s*(pp|pts?|percentage points?)$/i, "")
    .replace(/^£\s*/, "")
    .trim();
  // Thousands separators only where they sit between groups of three digits.
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, "");
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const number = Number(text);
  // Four hundred digits are digits, but not a number anyone can compute with.
  return isFigure(number) ? { value: number, percentSign } : null;
}
