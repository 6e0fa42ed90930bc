/**
 * How one planned chart series looks in excelts' terms: its line (colour,
 * width, dash, or none for marks), its marker, no smoothing, and value labels
 * on the planned points only.
 */
import type { ChartSeriesPlan, DashStyle, MarkerSymbol } from "../report/plan/plan";
import type { Worksheet } from "./excelts";

type LineChartOptions = Parameters<Worksheet["addLineChart"]>[0];
type SeriesOptions = NonNullable<LineChartOptions["series"]>[number];
export type SeriesStyle = Pick<
  SeriesOptions,
  "line" | "lineWidth" | "lineDash" | "marker" | "smooth" | "dataLabels" | "spPr"
>;

const DEFAULT_MARKER_SIZE = 5;
const DEFAULT_LINE_WIDTH = 2;

/** OOXML preset dashes: "dash" and "lgDash" differ enough to tell apart in print. */
const DASHES: Record<DashStyle, NonNullable<SeriesOptions["lineDash"]>> = {
  solid: "solid",
  dash: "dash",
  longDash: "lgDash",
  dot: "sysDot",
  dashDot: "lgDashDot",
};

const MARKERS: Record<MarkerSymbol, "circle" | "square" | "triangle" | "diamond" | "x"> = {
  circle: "circle",
  square: "square",
  triangle: "triangle",
  diamond: "diamond",
  x: "x",
};

const hex = (color: string): string => color.replace(/^#/, "").toUpperCase();

/** The series' look; `pointCount` bounds the labelled points. */
export function seriesStyle(s: ChartSeriesPlan, pointCount: number): SeriesStyle {
  const color = hex(s.color);
  const size = s.markerSize ?? DEFAULT_MARKER_SIZE;
  const marker: SeriesOptions["marker"] = s.markers
    ? { symbol: MARKERS[s.marker ?? "circle"], size, fill: color, border: color }
    : { symbol: "none" };
  const labels = (s.labelPoints ?? []).filter((i) => Number.isInteger(i) && i >= 0 && i < pointCount);
  const style: SeriesStyle = {
    marker,
    // Always written, so no renderer curves a line between figures.
    smooth: s.smooth ?? false,
    ...(labels.length > 0
      ? { dataLabels: valueLabels(labels, pointCount, color, LABEL_POSITIONS[s.labelPosition ?? "above"]) }
      : {}),
  };
  // Marks only: the series' line has no fill.
  if (s.line === false) return { ...style, spPr: { line: { noFill: true } } };
  return { ...style, line: color, lineWidth: s.lineWidth ?? DEFAULT_LINE_WIDTH, lineDash: DASHES[s.dash ?? "solid"] };
}

/** Value labels on `points` only, the rest deleted, above the point, in the series' colour. */
const LABEL_POSITIONS = { above: "t", below: "b", right: "r" } as const;

function valueLabels(
  points: number[],
  pointCount: number,
  color: string,
  position: "t" | "b" | "r",
): NonNullable<SeriesOptions["dataLabels"]> {
  const shown = new Set(points);
  const entries = Array.from({ length: pointCount }, (_, index) => index)
    .filter((index) => !shown.has(index))
    .map((index) => ({ index, delete: true }));
  return {
    showVal: true,
    showSerName: false,
    showCatName: false,
    showLegendKey: false,
    position,
    txPr: { bold: true, size: 900, color: { srgb: color } },
    entries,
  };
}
