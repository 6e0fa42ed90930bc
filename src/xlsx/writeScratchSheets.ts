/**
 * The generated sheets built on their own, in a scratch excelts workbook under
 * their final names: excelts produces the new sheet, drawing and chart parts,
 * which are then moved into the person's package (transplantSheet). The
 * person's own parts never pass through excelts.
 */
import type { SheetDecision } from "../report/plan/decideSheets";
import { newWorkbook, renderParts, type RenderedParts } from "./excelts";
import { withFinalSheetNames } from "./withFinalSheetNames";
import { writeChart } from "./writeChart";
import { writeSheet } from "./writeSheet";

/** The scratch workbook's parts, unzipped: one worksheet per decision, in decision order. */
export async function writeScratchSheets(decisions: readonly SheetDecision[]): Promise<RenderedParts> {
  const workbook = newWorkbook();
  const finalNames = new Map(decisions.map((d) => [d.plan.name, d.finalName]));
  const written = decisions.map((decision) => {
    const sheet = withFinalSheetNames(decision.plan, finalNames);
    const ws = workbook.addWorksheet(decision.finalName);
    writeSheet(ws, sheet, decision.typed);
    return { ws, sheet };
  });
  // excelts fills a chart's cached values when the chart is added, so charts
  // go in only once every sheet holds its values (the data sheet comes last).
  for (const { ws, sheet } of written) for (const chart of sheet.charts) writeChart(ws, chart);
  return renderParts(workbook);
}
