/**
 * Area names in the IndicatorData table. A blank area, or any of the words people
 * use for the whole county ("All", "Total", "Kent", "Authority", "Whole authority"),
 * means the whole authority, stored as "". Other areas are trimmed, inner runs of
 * spaces collapsed, and matched case-insensitively: the first spelling met in the
 * table is the one used, so "East Kent" and "east kent" are one series.
 */
import { cellText, shortCellText } from "../cellText";
import type { CellValue } from "../types";

/** Lower-cased words that mean the whole authority. */
export const AUTHORITY_AREA_NAMES: readonly string[] = ["", "all", "total", "kent", "authority", "whole authority"];
const AUTHORITY = new Set(AUTHORITY_AREA_NAMES);

/** Tidies one Area cell: "" for the whole authority, else the trimmed name. */
export function normaliseArea(value: CellValue | undefined): string {
  const text = cellText(value).replace(/\s+/g, " ");
  return AUTHORITY.has(text.toLowerCase()) ? "" : text;
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
export function areaCanonicaliser(): (value: CellValue | undefined) => string {
  const firstSpelling = new Map<string, string>();
  return (value) => {
    const area = normaliseArea(value);
    const key = area.toLowerCase();
    const known = firstSpelling.get(key);
    if (known !== undefined) return known;
    firstSpelling.set(key, area);
    return area;
  };
}
