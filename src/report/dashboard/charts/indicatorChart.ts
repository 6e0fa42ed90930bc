/** The native line chart of one indicator: its figures, its target lines and its marks. */
import { monthLabel } from "../../../domain/periods";
import type { IndicatorResult } from "../../../domain/results";
import type { MonthIndex } from "../../../domain/types";
import { axisNumberFormat, axisTitle } from "./axisTitle";
import type { ChartRanges } from "./dataSheet";
import { DATA_HEADERS } from "./dataSheet";
import { PALETTE } from "../../layout/palette";
import type { ChartPlan, ChartSeriesPlan } from "../../plan/plan";
import { valueAxisScale } from "./valueAxisScale";

/** The chart's stable name, so a refresh replaces it: "chart-UNALLOC28". */
export function chartName(code: string): string {
  return `chart-${code}`;
}

/** Series names, as the legend shows them. */
export const SERIES_NAMES = {
  value: "Actual",
  statutory: DATA_HEADERS[2],
  path: DATA_HEADERS[3],
  internal: DATA_HEADERS[4],
  restart: DATA_HEADERS[5],
  seriesBreak: DATA_HEADERS[6],
} as const;

/** What a chart draws, by month, in the indicator's unit: what `dataSheet` wrote. */
export interface ChartFigures {
  months: MonthIndex[];
  value: (number | null)[];
  statutory: (number | null)[];
  path: (number | null)[];
  internal: (number | null)[];
  restart: (number | null)[];
  seriesBreak: (number | null)[];
}

function lastIndex(values: readonly (number | null)[]): number | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return i;
  return undefined;
}

const has = (values: readonly (number | null)[]): boolean => values.some((v) => v !== null);

/**
 * Every line is straight between figures (never smoothed) and differs from the
 * others by dash and marker as well as colour, so a black-and-white print
 * tells them apart: the figures a solid line with round markers; the Notice
 * target long dashes with squares, from the month it applies; the straight
 * path to a Notice deadline dash-dot; the internal target dots with
 * triangles. The latest figure and the end of each target line carry their
 * value. A year-to-date indicator's April restarts and a series break are
 * marked with hollow-looking large markers and no line.
 */
export function indicatorChart(
  result: IndicatorResult,
  ranges: ChartRanges,
  figures: ChartFigures,
  dataSheet: string,
  position: { from: string; to: string },
): ChartPlan {
  const { unit, name } = result.indicator;
  const labelLast = (values: (number | null)[]): { labelPoints?: number[] } => {
    const i = lastIndex(values);
    return i === undefined ? {} : { labelPoints: [i] };
  };
  const series: ChartSeriesPlan[] = [
    {
      name: SERIES_NAMES.value,
      values: ranges.value,
      color: PALETTE.value,
      dash: "solid",
      lineWidth: 2.25,
      markers: true,
      marker: "circle",
      markerSize: 6,
      smooth: false,
      ...labelLast(figures.value),
    },
  ];
  if (has(figures.statutory)) {
    series.push({
      name: SERIES_NAMES.statutory,
      values: ranges.statutory,
      color: PALETTE.statutory,
      dash: "longDash",
      lineWidth: 2,
      markers: true,
      marker: "square",
      markerSize: 5,
      smooth: false,
      ...labelLast(figures.statutory),
    });
  }
  if (has(figures.path)) {
    series.push({ name: SERIES_NAMES.path, values: ranges.path, color: PALETTE.path, dash: "dashDot", lineWidth: 1.5, markers: false, smooth: false });
  }
  if (has(figures.internal)) {
    series.push({
      name: SERIES_NAMES.internal,
      values: ranges.internal,
      color: PALETTE.internal,
      dash: "dot",
      lineWidth: 2,
      markers: true,
      marker: "triangle",
      markerSize: 5,
      smooth: false,
      ...labelLast(figures.internal),
    });
  }
  if (has(figures.restart)) {
    series.push(markSeries(SERIES_NAMES.restart, ranges.restart, PALETTE.mark, "diamond"));
  }
  if (has(figures.seriesBreak)) {
    series.push(markSeries(SERIES_NAMES.seriesBreak, ranges.seriesBreak, PALETTE.mark, "x"));
  }
  placeLabels(series, figures);
  const scale = valueAxisScale(unit, [...figures.value, ...figures.statutory, ...figures.path, ...figures.internal]);
  const baseTitle = axisTitle(unit, name);
  const months = figures.months;
  const span = months.length > 0 ? `${monthLabel(months[0]!)} to ${monthLabel(months[months.length - 1]!)}` : "";
  const targets = has(figures.statutory) || has(figures.path) || has(figures.internal);
  return {
    name: chartName(result.code),
    type: "line",
    // The section heading above already names the indicator; the title says what the lines are and when.
    title: `${targets ? "Figures and targets" : "Figures (no target in these months)"}, ${span}`,
    dataSheet,
    categories: ranges.categories,
    series,
    valueAxis: {
      title: scale.cutAt !== undefined ? `${baseTitle} (axis starts at ${scale.cutAt}%)` : baseTitle,
      numberFormat: axisNumberFormat(unit),
      ...(scale.min !== undefined ? { min: scale.min } : {}),
      ...(scale.max !== undefined ? { max: scale.max } : {}),
      ...(scale.majorUnit !== undefined ? { majorUnit: scale.majorUnit } : {}),
    },
    titleFontSize: 10,
    gridlineColor: PALETTE.gridline,
    position,
  };
}

/**
 * Labels at the last month of the chart would sit on top of one another: the
 * highest point's label goes above, the lowest's below, any between to the right.
 */
function placeLabels(series: ChartSeriesPlan[], figures: ChartFigures): void {
  const byName: Record<string, (number | null)[]> = {
    [SERIES_NAMES.value]: figures.value,
    [SERIES_NAMES.statutory]: figures.statutory,
    [SERIES_NAMES.internal]: figures.internal,
  };
  const labelled = series
    .filter((s) => s.labelPoints && s.labelPoints.length > 0)
    .map((s) => ({ s, at: byName[s.name]?.[s.labelPoints![0]!] ?? null }))
    .filter((l): l is { s: ChartSeriesPlan; at: number } => l.at !== null)
    .sort((a, b) => b.at - a.at);
  labelled.forEach((l, i) => {
    l.s.labelPosition = i === 0 ? "above" : i === labelled.length - 1 ? "below" : "right";
  });
}

function markSeries(name: string, values: string, color: string, marker: "diamond" | "x"): ChartSeriesPlan {
  return { name, values, color, line: false, markers: true, marker, markerSize: 9, smooth: false };
}
