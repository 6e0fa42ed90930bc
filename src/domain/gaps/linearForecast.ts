import type { SeriesPoint } from "../results";
import type { MonthIndex } from "../types";

/**
 * Ordinary least-squares line through the points, evaluated at `month`.
 * Months are centred first so the sums stay small (month indexes are ~24,000).
 * Needs at least two distinct months; the caller decides how many are enough.
 */
export function linearForecast(points: readonly SeriesPoint[], month: MonthIndex): number {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.month, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.month - meanX) * (p.value - meanY);
    sxx += (p.month - meanX) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return meanY + slope * (month - meanX);
}
