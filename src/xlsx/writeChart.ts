/**
 * A ChartPlan as a native Excel line chart: every series reads absolute ranges
 * on the data sheet, so Excel redraws it from the cells; target lines are
 * dashed and carry no markers, the figures a solid line with markers.
 */
import type { ChartPlan, ChartSeriesPlan } from "../report/plan/plan";
import type { Worksheet } from "./excelts";
import { absoluteRef, rangeRect } from "./rangeRect";
import { seriesStyle } from "./seriesStyle";

export type LineChartOptions = Parameters<Worksheet["addLineChart"]>[0];
type SeriesOptions = NonNullable<LineChartOptions["series"]>[number];

/** Tick labels at 7.5pt leave a small chart's plot room for the lines. */
const AXIS_FONT = 750;

function seriesOptions(chart: ChartPlan, s: ChartSeriesPlan): SeriesOptions {
  return {
    name: s.name,
    categories: absoluteRef(chart.dataSheet, chart.categories),
    values: absoluteRef(chart.dataSheet, s.values),
    ...seriesStyle(s, pointCount(s.values)),
  };
}

/** Cells in a one-column or one-row range ("C5:C17" → 13). */
function pointCount(range: string): number {
  const r = rangeRect(range);
  return Math.max(r.bottom - r.top, r.right - r.left) + 1;
}

/** The excelts options for a planned line chart (pure, so tests can read them). */
export function lineChartOptions(chart: ChartPlan): LineChartOptions {
  const { valueAxis } = chart;
  return {
    // A sized title is a rich text run: renderers size the run, not the title's defaults.
    title: chart.titleFontSize
      ? { paragraphs: [{ runs: [{ text: chart.title, properties: { size: chart.titleFontSize * 100, bold: true } }] }] }
      : chart.title,
    series: chart.series.map((s) => seriesOptions(chart, s)),
    legendPosition: "b",
    legendOptions: { txPr: { size: 800 } },
    // A month without a target level is a gap in its line, not a drop to zero.
    displayBlanksAs: "gap",
    categoryAxis: { txPr: { size: AXIS_FONT } },
    valueAxis: {
      title: valueAxis.title,
      txPr: { size: AXIS_FONT },
      numFmt: valueAxis.numberFormat,
      numFmtLinked: false,
      majorGridlines: true,
      ...(chart.gridlineColor ? { majorGridlinesStyle: { border: chart.gridlineColor.replace(/^#/, ""), borderWidth: 0.5 } } : {}),
      ...(valueAxis.min !== undefined ? { min: valueAxis.min } : {}),
      ...(valueAxis.max !== undefined ? { max: valueAxis.max } : {}),
      ...(valueAxis.majorUnit !== undefined ? { majorUnit: valueAxis.majorUnit } : {}),
    },
  };
}

/** Adds the chart over the cells `position.from` to `position.to` (inclusive); no-op without series. */
export function writeChart(ws: Worksheet, chart: ChartPlan): void {
  if (chart.series.length === 0) return;
  ws.addLineChart(lineChartOptions(chart), `${chart.position.from}:${chart.position.to}`);
}
