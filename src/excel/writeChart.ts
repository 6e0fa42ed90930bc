/**
 * Queues the parts of a chart the dashboard cannot do without: a line chart
 * seeded from its first series' range with `seriesBy` stated (the "Auto"
 * default has swapped rows and columns on the web), then every series given its
 * values and categories from explicit ranges (`series.add` alone has plotted
 * the wrong values), its name and colour, the title, the axis title, a stable
 * chart name and its place. Cosmetic settings follow after the swap.
 */
import type { ChartPlan } from "../report/plan/plan";
import { type Batcher, opCost } from "./payload";
import { parseRange } from "./rangeAddress";

/** A chart with no series has nothing to draw; the caller reports it as skipped. */
export function isDrawable(chart: ChartPlan): boolean {
  return chart.series.length > 0;
}

/**
 * Queue `chart` onto `ws`; its data ranges are on `dataSheet` (which may be
 * another sheet of the same build, still under its temporary name).
 */
export async function writeChart(ws: Excel.Worksheet, chart: ChartPlan, dataSheet: Excel.Worksheet, batch: Batcher): Promise<BuiltChart | undefined> {
  const [first] = chart.series;
  if (!first) return undefined;
  // Each series costs about six operations; the chart itself about eight.
  await batch.charge(opCost(chart) + 8 * opCost() + chart.series.length * 6 * opCost());
  const seed = parseRange(first.values);
  const seriesBy = seed.columns === 1 || seed.rows > 1 ? "Columns" : "Rows";
  const added = ws.charts.add("Line", dataSheet.getRange(first.values), seriesBy);
  added.name = chart.name;
  added.title.text = chart.title;
  added.legend.position = "Bottom";
  added.axes.valueAxis.title.text = chart.valueAxis.title;
  // One proxy for the shared categories range: each proxy is an object path of its own in the request.
  const categories = dataSheet.getRange(chart.categories);
  const series = chart.series.map((s, i) => {
    const one = i === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
    one.name = s.name;
    one.setValues(dataSheet.getRange(s.values));
    one.setXAxisValues(categories);
    one.format.line.color = s.color;
    return one;
  });
  added.setPosition(chart.position.from, chart.position.to);
  return { chart: added, series, generation: batch.generation };
}

/** A chart just queued, with its series, and the batch it was queued in (proxies are reused within that batch only). */
export interface BuiltChart {
  chart: Excel.Chart;
  series: Excel.ChartSeries[];
  generation: number;
}
