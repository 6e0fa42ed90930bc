/**
 * The chart settings the Member Paper adds, in the Office JavaScript API:
 * straight (unsmoothed) lines, dash patterns and marker shapes that survive a
 * black-and-white print, value labels on the latest figure and each target
 * line's end, and the axis's major unit. Best effort like every cosmetic
 * setting: each is queued apart, and a host that refuses one reports it skipped.
 */
import type { ChartPlan, ChartSeriesPlan, DashStyle, MarkerSymbol } from "../report/plan/plan";
import { chartAccess, type Cosmetic } from "./cosmetics";

/** The string forms the API accepts for `format.line.lineStyle` and `markerStyle`. */
type LineStyle = "Continuous" | "Dash" | "RoundDot" | "DashDot" | "None";
type MarkerStyle = "Circle" | "Square" | "Triangle" | "Diamond" | "X" | "None";

const LINE_STYLES: Record<DashStyle, LineStyle> = {
  solid: "Continuous",
  dash: "Dash",
  // The API has no long dash; a plain dash still differs from the dots and dash-dots beside it.
  longDash: "Dash",
  dot: "RoundDot",
  dashDot: "DashDot",
};

const MARKERS: Record<MarkerSymbol, MarkerStyle> = {
  circle: "Circle",
  square: "Square",
  triangle: "Triangle",
  diamond: "Diamond",
  x: "X",
};

/** The line style a planned series is drawn with ("None" for marks without a line). */
export function lineStyleOf(s: ChartSeriesPlan): LineStyle {
  return s.line === false ? "None" : LINE_STYLES[s.dash ?? "solid"];
}

/** The marker a planned series is drawn with. */
export function markerStyleOf(s: ChartSeriesPlan): MarkerStyle {
  return s.markers ? MARKERS[s.marker ?? "circle"] : "None";
}

const LABEL_POSITIONS = { above: "Top", below: "Bottom", right: "Right" } as const;

/** Smoothing, labels and the axis's major unit of one chart on `sheet` (its final name). */
export function chartExtras(sheet: string, chart: ChartPlan): Cosmetic[] {
  const out: Cosmetic[] = [];
  const { chartOf, seriesOf } = chartAccess(sheet, chart);
  chart.series.forEach((s, i) => {
    const series = seriesOf(i);
    out.push({ kind: "series-smooth", sheet, queue: (wb, b) => void (series(wb, b).smooth = s.smooth ?? false) });
    for (const point of s.labelPoints ?? []) {
      out.push({
        kind: "series-labels",
        sheet,
        queue: (wb, b) => {
          const p = series(wb, b).points.getItemAt(point);
          p.hasDataLabel = true;
          p.dataLabel.showValue = true;
          p.dataLabel.position = LABEL_POSITIONS[s.labelPosition ?? "above"];
        },
      });
    }
  });
  const unit = chart.valueAxis.majorUnit;
  if (unit !== undefined) out.push({ kind: "axis-bounds", sheet, queue: (wb, b) => void (chartOf(wb, b).axes.valueAxis.majorUnit = unit) });
  return out;
}
