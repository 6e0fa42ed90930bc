/**
 * Finds a row's indicator in the catalogue by code, trimmed and case-insensitively,
 * and suggests a catalogue code only when the row's code is truly close to it:
 * the same once spaces, underscores, hyphens and dots are ignored ("IA OOT",
 * "ia-oot" → IA_OOT), or one slip away — a character wrong, missing or extra,
 * or two neighbours swapped ("NI95" → NI59). Anything further is more likely a
 * new indicator than a typo ("CIN_RATE" is not IA_RATE), and a wrong guess
 * misleads, so no code is suggested then.
 */
import type { Catalogue, Indicator } from "../types";
import { slipDistance } from "./slipDistance";

export type IndicatorMatch = { indicator: Indicator } | { indicator?: undefined; suggestion?: string };

function key(code: string): string {
  return code.trim().toUpperCase();
}

/** The code without separators: how people vary a code's punctuation. */
function bare(code: string): string {
  return key(code).replace(/[\s_\-.]+/g, "");
}

/** The catalogue code the row's code is truly close to, if exactly one is. */
function nearest(code: string, codes: readonly string[]): string | undefined {
  const b = bare(code);
  const same = codes.filter((c) => bare(c) === b);
  if (same.length === 1) return same[0];
  // One slip in a very short code ("A1" → "B1") says nothing: require three characters.
  if (b.length < 3) return undefined;
  const close = codes.filter((c) => Math.abs(bare(c).length - b.length) <= 1 && slipDistance(b, bare(c)) <= 1);
  return close.length === 1 ? close[0] : undefined;
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
