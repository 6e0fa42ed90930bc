/**
 * Finds a row's indicator in the catalogue by code, trimmed and case-insensitively,
 * and suggests the nearest code for a likely typo ("NI95" → "NI59").
 */
import { distance } from "fastest-levenshtein";
import type { Catalogue, Indicator } from "../types";

export type IndicatorMatch = { indicator: Indicator } | { indicator?: undefined; suggestion?: string };

function key(code: string): string {
  return code.trim().toUpperCase();
}

/** The closest catalogue code within two edits, changing at most half the code ("NI95" → "NI59"). */
function nearest(code: string, codes: readonly string[]): string | undefined {
  let best: { code: string; d: number } | undefined;
  for (const candidate of codes) {
    const d = distance(code, key(candidate));
    if (d <= 2 && d * 2 <= code.length && (!best || d < best.d)) best = { code: candidate, d };
  }
  return best?.code;
}

/** Builds a lookup; unknown codes are remembered so each is compared with the catalogue only once. */
export function indicatorLookup(catalogue: Catalogue): (code: string) => IndicatorMatch {
  const byCode = new Map(catalogue.map((indicator) => [key(indicator.code), indicator]));
  const codes = catalogue.map((indicator) => indicator.code);
  const misses = new Map<string, string | undefined>();
  return (code) => {
    const k = key(code);
    const indicator = byCode.get(k);
    if (indicator) return { indicator };
    if (!misses.has(k)) misses.set(k, nearest(k, codes));
    const suggestion = misses.get(k);
    return suggestion === undefined ? {} : { suggestion };
  };
}
