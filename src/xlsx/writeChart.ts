/**
 * A ChartPlan as a native Excel line chart: every series reads absolute ranges
 * on the data sheet, so Excel redraws it from the cells; target lines are
 * dashed and carry no markers, the figures a solid line with markers.
 */
import type { ChartPlan, ChartSeriesPlan } from "../report/plan";
import type { Worksheet } from "./excelts";
import { absoluteRef } from "./rangeRect";

export type LineChartOptions = Parameters<Worksheet["addLineChart"]>[0];
type SeriesOptions = NonNullable<LineChartOptions["series"]>[number];

const MARKER_SIZE = 5;
const DEFAULT_LINE_WIDTH = 2;

const hex = (color: string): string => color.replace(/^#/, "").toUpperCase();

function seriesOptions(chart: ChartPlan, s: ChartSeriesPlan): SeriesOptions {
  const color = hex(s.color);
  return {
    name: s.name,
    categories: absoluteRef(chart.dataSheet, chart.categories),
    values: absoluteRef(chart.dataSheet, s.values),
    line: color,
    lineWidth: s.lineWidth ?? DEFAULT_LINE_WIDTH,
    lineDash: s.dash === "dash" ? "dash" : "solid",
    marker: s.markers ? { symbol: "circle", size: MARKER_SIZE, fill: color, border: color } : { symbol: "none" },
  };
}

/** The excelts options for a planned line chart (pure, so tests can read them). */
export function lineChartOptions(chart: ChartPlan): LineChartOptions {
  const { valueAxis } = chart;
  return {
    title: chart.title,
    series: chart.series.map((s) => seriesOptions(chart, s)),
    legendPosition: "b",
    // A month without a target level is a gap in its line, not a drop to zero.
    displayBlanksAs: "gap",
    categoryAxis: {},
    valueAxis: {
      title: valueAxis.title,
      numFmt: valueAxis.numberFormat,
      numFmtLinked: false,
      majorGridlines: true,
      ...(valueAxis.min !== undefined ? { min: valueAxis.min } : {}),
      ...(valueAxis.max !== undefined ? { max: valueAxis.max } : {}),
    },
  };
}

/** Adds the chart over the cells `position.from` to `position.to` (inclusive); no-op without series. */
export function writeChart(ws: Worksheet, chart: ChartPlan): void {
  if (chart.series.length === 0) return;
  ws.addLineChart(lineChartOptions(chart), `${chart.position.from}:${chart.position.to}`);
}
