/**
 * Figures written into sentences ("forecast 5.1% by Mar 2013"), where a cell's
 * number format cannot reach. The same shapes the sheets' formats show.
 */
import { numberFormat } from "../../domain/numberFormat";
import type { Unit } from "../../domain/types";

const whole = numberFormat({ maximumFractionDigits: 0 });
const onePlace = numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 1234 → "1,234"; 67.03 (percent) → "67.0%"; 31 (pp) → "31.0 pp"; 1500 (currency) → "£1,500". */
export function valueText(unit: Unit, value: number): string {
  const v = value + 0; // no "-0"
  switch (unit) {
    case "count":
      return Number.isInteger(v) ? whole(v) : onePlace(v);
    case "percent":
      return `${onePlace(v)}%`;
    case "rate":
      return onePlace(v);
    case "pp":
      return `${onePlace(v)} pp`;
    case "currency":
      return `${v < 0 ? "-" : ""}£${whole(Math.abs(v))}`;
  }
}

/**
 * A signed gap (positive = better than target) in words: "137 better",
 * "1.2 pp short", "on target". Percentages' gaps are percentage points.
 */
export function gapText(unit: Unit, gap: number): string {
  const size = Math.abs(gap);
  const rounded = unit === "count" || unit === "currency" ? Math.round(size) : Math.round(size * 10) / 10;
  if (rounded === 0) return "on target";
  const number = unit === "percent" ? `${onePlace(size)} pp` : valueText(unit, size);
  return `${number} ${gap > 0 ? "better" : "short"}`;
}
