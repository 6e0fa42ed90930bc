/** Which results the Member Dashboard shows, and in what order. */
import type { IndicatorResult } from "../../domain/results";

/**
 * Whole-authority results (area "") for the dashboard. With `codes` (the
 * settings' choice, resolved), exactly those indicators in that order; without,
 * the indicators marked for the dashboard in the order given (the engine emits
 * catalogue order). A code seen twice keeps its first result, so chart names
 * and commentary keys stay unique.
 */
export function dashboardResults(results: readonly IndicatorResult[], codes?: readonly string[]): IndicatorResult[] {
  const first = new Map<string, IndicatorResult>();
  for (const result of results) {
    if (result.area !== "") continue;
    const key = result.code.toUpperCase();
    if (!first.has(key)) first.set(key, result);
  }
  if (codes === undefined) return [...first.values()].filter((r) => r.indicator.dashboard);
  const out: IndicatorResult[] = [];
  const used = new Set<string>();
  for (const code of codes) {
    const key = code.trim().toUpperCase();
    const result = first.get(key);
    if (!result || used.has(key)) continue;
    used.add(key);
    out.push(result);
  }
  return out;
}
