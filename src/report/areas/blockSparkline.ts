/**
 * A compact trend as text: the last few figures as Unicode block characters
 * ("▂▃▅▆▇█"). It stays beside the planned sparklines (SparklinePlan): the
 * Office JavaScript API has no sparkline API, so in Excel the add-in can only
 * write this, and a text trend prints, copies and reads anywhere.
 */

const BARS = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] as const;
/** A month with no figure. */
export const NO_FIGURE_BAR = "·";
/** How many figures a trend shows by default. */
export const TREND_POINTS = 6;

/**
 * One bar per value, oldest first, scaled between the lowest and the highest
 * (so the shape, not the size, is what shows); a flat series is all
 * middle bars; `null` is a gap (·). Heights are values, not "better": read
 * with the direction column for which way is good.
 */
export function blockSparkline(values: readonly (number | null)[]): string {
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (numbers.length === 0) return values.map(() => NO_FIGURE_BAR).join("");
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const top = BARS.length - 1;
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return NO_FIGURE_BAR;
      if (high === low) return BARS[3];
      return BARS[Math.round(((v - low) / (high - low)) * top)];
    })
    .join("");
}
