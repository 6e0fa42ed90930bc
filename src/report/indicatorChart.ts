/** The native line chart of one indicator: its figures and its target lines. */
import type { IndicatorResult } from "../domain/results";
import { axisNumberFormat, axisTitle } from "./axisTitle";
import type { ChartRanges } from "./dataSheet";
import { DATA_HEADERS } from "./dataSheet";
import { PALETTE } from "./dashboardLayout";
import type { ChartPlan, ChartSeriesPlan } from "./plan";

/** The chart's stable name, so a refresh replaces it: "chart-UNALLOC28". */
export function chartName(code: string): string {
  return `chart-${code}`;
}

/**
 * The figures as a strong solid line with markers; the statutory target as a
 * dashed dark red line and the internal target as a dashed orange one, each
 * only when it has a level in the months shown. Dash and markers tell the
 * lines apart in greyscale; the legend names them.
 */
export function indicatorChart(
  result: IndicatorResult,
  ranges: ChartRanges,
  dataSheet: string,
  position: { from: string; to: string },
): ChartPlan {
  const { unit, name } = result.indicator;
  const series: ChartSeriesPlan[] = [
    { name: "Actual", values: ranges.value, color: PALETTE.value, dash: "solid", lineWidth: 2.25, markers: true },
  ];
  if (ranges.hasStatutory) {
    series.push({ name: DATA_HEADERS[2], values: ranges.statutory, color: PALETTE.statutory, dash: "dash", lineWidth: 1.75, markers: false });
  }
  if (ranges.hasInternal) {
    series.push({ name: DATA_HEADERS[3], values: ranges.internal, color: PALETTE.internal, dash: "dash", lineWidth: 1.5, markers: false });
  }
  return {
    name: chartName(result.code),
    type: "line",
    // The section heading above already names the indicator; a short title leaves the plot room.
    title: "Monthly figures against target",
    dataSheet,
    categories: ranges.categories,
    series,
    valueAxis: { title: axisTitle(unit, name), numberFormat: axisNumberFormat(unit) },
    position,
  };
}
