/**
 * Queues the parts of a chart the dashboard cannot do without: a line chart
 * seeded from its first series' range with `seriesBy` stated (the "Auto"
 * default has swapped rows and columns on the web), then every series given its
 * values and categories from explicit ranges (`series.add` alone has plotted
 * the wrong values), its name and colour, the title, the axis title, a stable
 * chart name and its place. Cosmetic settings follow after the swap.
 */
import type { ChartPlan } from "../report/plan";
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
export async function writeChart(ws: Excel.Worksheet, chart: ChartPlan, dataSheet: Excel.Worksheet, batch: Batcher): Promise<void> {
  const [first] = chart.series;
  if (!first) return;
  // Each series costs about six operations; the chart itself about eight.
  await batch.charge(opCost(chart) + 8 * opCost() + chart.series.length * 6 * opCost());
  const seed = parseRange(first.values);
  const seriesBy = seed.columns === 1 || seed.rows > 1 ? "Columns" : "Rows";
  const added = ws.charts.add("Line", dataSheet.getRange(first.values), seriesBy);
  added.name = chart.name;
  added.title.text = chart.title;
  added.legend.position = "Bottom";
  added.axes.valueAxis.title.text = chart.valueAxis.title;
  chart.series.forEach((s, i) => {
    const series = i === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
    series.name = s.name;
    series.setValues(dataSheet.getRange(s.values));
    series.setXAxisValues(dataSheet.getRange(chart.categories));
    series.format.line.color = s.color;
  });
  added.setPosition(chart.position.from, chart.position.to);
}
