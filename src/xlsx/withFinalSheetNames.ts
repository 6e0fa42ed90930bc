/** A planned sheet under the names the build actually used. */
import type { SheetPlan } from "../report/plan/plan";

/**
 * `sheet` named `finalNames.get(sheet.name)`, with each chart and sparkline
 * reading its data from the data sheet's final name: when a person's own sheet holds "Dashboard
 * Data" and the plan's goes to "Dashboard Data (2)", the charts must follow.
 * Names not in the map (a person's sheet a chart reads) stay as they are.
 */
export function withFinalSheetNames(sheet: SheetPlan, finalNames: ReadonlyMap<string, string>): SheetPlan {
  const rename = (name: string): string => finalNames.get(name) ?? name;
  return {
    ...sheet,
    name: rename(sheet.name),
    charts: sheet.charts.map((chart) => ({ ...chart, dataSheet: rename(chart.dataSheet) })),
    ...(sheet.sparklines ? { sparklines: sheet.sparklines.map((s) => ({ ...s, dataSheet: rename(s.dataSheet) })) } : {}),
  };
}
