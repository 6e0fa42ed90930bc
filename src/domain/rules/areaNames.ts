/**
 * Area names in the IndicatorData table. A blank area, or any of the words people
 * use for the whole county (AUTHORITY_AREA_NAMES: "All", "Total", "County",
 * "Kent" …, plus the names the Areas table gives the authority), means the whole
 * authority, stored as "". Other areas are trimmed, inner runs of spaces
 * collapsed, and matched case-insensitively: the first spelling met in the
 * table is the one used, so "East Kent" and "east kent" are one series (the
 * area checks then settle on the commonest spelling and say so).
 */
import { cellText, shortCellText } from "../cellText";
import type { CellValue } from "../types";

/**
 * Lower-cased words that mean the whole authority: the one list of them. The
 * authority's own name is here ("kent"); a workbook adds its own names with
 * rows of Level "authority" in its Areas table.
 */
export const AUTHORITY_AREA_NAMES: readonly string[] = [
  "",
  "all",
  "all areas",
  "total",
  "county",
  "whole county",
  "kent",
  "authority",
  "whole authority",
];
const AUTHORITY: ReadonlySet<string> = new Set(AUTHORITY_AREA_NAMES);

/** Tidies one Area cell: "" for the whole authority, else the trimmed name. `also` adds lower-cased names for the authority. */
export function normaliseArea(value: CellValue | undefined, also?: ReadonlySet<string>): string {
  const text = cellText(value).replace(/\s+/g, " ");
  const key = text.toLowerCase();
  return AUTHORITY.has(key) || also?.has(key) === true ? "" : text;
}

/** "the whole authority" or "area East Kent": how messages name an area. */
export function areaWords(area: string): string {
  // Cut short: an area cell can hold a pasted paragraph, and every message about its rows names it.
  return area === "" ? "the whole authority" : `area ${shortCellText(area)}`;
}

/**
 * A normaliser that remembers the first spelling of each area, so case
 * variants in later rows join the same series.
 */
export function areaCanonicaliser(authorityNames?: ReadonlySet<string>): (value: CellValue | undefined) => string {
  const firstSpelling = new Map<string, string>();
  return (value) => {
    const area = normaliseArea(value, authorityNames);
    const key = area.toLowerCase();
    const known = firstSpelling.get(key);
    if (known !== undefined) return known;
    firstSpelling.set(key, area);
    return area;
  };
}
