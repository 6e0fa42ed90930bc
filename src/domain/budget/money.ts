/**
 * Money as finance people type it: numbers, "£1,000,000", "(25,000)", and
 * the shorthand of budget papers, "£251K", "1M", "£1.5m". Everything the
 * shared number policy reads (see cellNumbers) is read the same way here;
 * this module only adds the K / M / bn suffixes and the dash or "nil" that
 * accountants write for zero.
 */
import { readCellNumber, type CellNumber } from "../cellNumbers";
import { numberFormat } from "../numberFormat";
import type { CellValue } from "../types";

const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9 };
// A lone dash (any kind) is the accountant's zero, not a missing figure.
const ZERO_WORDS = new Set(["-", "\u2013", "\u2014", "nil"]);

/** Rounds to whole pence so that "1.1M" is exactly 1,100,000. */
function toPence(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}

function scaledAmount(text: string): number | undefined {
  const bracket = /^\((.*)\)$/.exec(text);
  if (bracket) {
    const inner = scaledAmount(bracket[1]!.trim());
    // "(-25K)" is a double negative nobody means.
    return inner === undefined || inner < 0 ? undefined : toPence(-inner);
  }
  const m = /^(.*\d)\s*(k|m|bn)$/i.exec(text);
  if (!m) return undefined;
  const base = readCellNumber(m[1]!);
  if (base.kind !== "number" || base.percentText) return undefined;
  return toPence(base.value * MULTIPLIERS[m[2]!.toLowerCase()]!);
}

/**
 * Reads a money cell. The result has the same shape as `readCellNumber`'s, so
 * `describeNotNumber` words any failure; a percentage ("25%") is not money.
 */
export function parseMoney(value: CellValue | undefined): CellNumber {
  const plain = readCellNumber(value);
  if (plain.kind === "number") {
    return plain.percentText
      ? { kind: "text", text: String(value).trim() }
      : { kind: "number", value: toPence(plain.value) };
  }
  if (plain.kind !== "text" || typeof value !== "string") return plain;
  const text = value.trim();
  if (ZERO_WORDS.has(text.toLowerCase())) return { kind: "number", value: 0 };
  const scaled = scaledAmount(text);
  return scaled === undefined ? plain : { kind: "number", value: scaled };
}

const pounds = numberFormat({ maximumFractionDigits: 0 });

/** "£749,000", "-£7,000": how amounts appear in messages. */
export function formatPounds(value: number): string {
  const rounded = Math.round(value) + 0;
  return `${rounded < 0 ? "-" : ""}£${pounds(Math.abs(rounded))}`;
}
