/** Which results the Member Dashboard shows, and in what order. */
import type { IndicatorResult } from "../domain/results";
import type { Indicator } from "../domain/types";

// The catalogue has no order column today (its row order is the dashboard's);
// an `order` number, if the catalogue gains one, sorts first.
function orderOf(indicator: Indicator): number {
  const order = (indicator as Indicator & { order?: unknown }).order;
  return typeof order === "number" && Number.isFinite(order) ? order : Infinity;
}

/**
 * Whole-authority results (area "") of indicators marked for the dashboard,
 * ordered by `indicator.order` when present, then in the order given (the
 * engine emits catalogue order). A code seen twice keeps its first result, so
 * chart names and commentary keys stay unique.
 */
export function dashboardResults(results: readonly IndicatorResult[]): IndicatorResult[] {
  const seen = new Set<string>();
  const chosen: { result: IndicatorResult; index: number }[] = [];
  results.forEach((result, index) => {
    if (result.area !== "" || !result.indicator.dashboard) return;
    const key = result.code.toUpperCase();
    if (seen.has(key)) return;
    seen.add(key);
    chosen.push({ result, index });
  });
  chosen.sort((a, b) => orderOf(a.result.indicator) - orderOf(b.result.indicator) || a.index - b.index);
  return chosen.map((c) => c.result);
}
