/**
 * The file shell's write side: a WorkbookPlan applied to an .xlsx file's bytes.
 * Generated sheets (marked in hidden A1) are replaced in place, keeping what
 * people typed into their input cells; a person's own sheet is never touched,
 * and the plan's sheet takes a free name beside it instead.
 */
import { decideSheets, type ExistingSheet } from "../report/decideSheets";
import type { WorkbookPlan } from "../report/plan";
import { isGeneratedSheet } from "../report/preserve";
import type { Workbook, Worksheet } from "./excelts";
import { loadWorkbook } from "./loadWorkbook";
import { sheetValuesFromA1 } from "./sheetValuesFromA1";
import { activateSheet, remapLocalNames, sheetTabs, type Tab } from "./sheetTabs";
import { toCellValue } from "./toCellValue";
import { withFinalSheetNames } from "./withFinalSheetNames";
import { writeChart } from "./writeChart";
import { writeSheet } from "./writeSheet";

import { WorkbookProtectedError } from "./WorkbookProtectedError";

export { WorkbookUnreadableError } from "./WorkbookUnreadableError";
export { WorkbookProtectedError } from "./WorkbookProtectedError";

/** What a build wrote, for the command line to tell the analyst. */
export interface ApplyPlanReport {
  /** The final names of the sheets written, in plan order. */
  written: string[];
  /** Planned sheets that went to another name because a person's sheet held theirs. */
  renamed: { wanted: string; used: string }[];
}

function isWorksheet(sheet: Tab["sheet"]): sheet is Worksheet {
  return "getCell" in sheet;
}

function a1Marker(ws: Worksheet): ExistingSheet["marker"] {
  // findCell, not getCell: reading must not add cells to a person's sheet.
  const cell = ws.findCell(1, 1);
  const value = cell ? toCellValue(cell) : null;
  return value instanceof Date ? value.toISOString() : value;
}

function existingSheet(tab: Tab, position: number): ExistingSheet {
  if (!isWorksheet(tab.sheet)) return { name: tab.name, position, marker: null };
  const marker = a1Marker(tab.sheet);
  // Only generated sheets are read in full: their input cells may hold typed text.
  return isGeneratedSheet(marker)
    ? { name: tab.name, position, marker, values: sheetValuesFromA1(tab.sheet) }
    : { name: tab.name, position, marker };
}

/** Removes a worksheet and its charts (removing the sheet alone leaves its chart parts behind). */
function removeWorksheet(workbook: Workbook, ws: Worksheet): void {
  for (const chart of [...ws.getCharts()]) ws.removeChart(chart);
  workbook.removeWorksheet(ws.id);
}

/**
 * Applies `plan` to the workbook in `input` and returns the new workbook's
 * bytes; `input` itself is never changed. A generated sheet that already
 * exists is rebuilt at its tab position; new ones go after every other tab.
 *
 * A previous sheet's protection (Review > Protect Sheet) is carried over to
 * its replacement, password and all, so a refresh never unlocks it.
 *
 * @throws WorkbookUnreadableError when `input` is not a readable .xlsx.
 * @throws WorkbookProtectedError when the workbook's structure is protected.
 */
export async function applyPlanToWorkbook(
  input: Uint8Array,
  plan: WorkbookPlan,
): Promise<{ bytes: Uint8Array; report: ApplyPlanReport }> {
  const workbook = await loadWorkbook(input);
  if (workbook.protection?.lockStructure) throw new WorkbookProtectedError();
  const before = sheetTabs(workbook);
  const decisions = decideSheets(plan, before.map(existingSheet));
  const tabByName = new Map(before.map((tab) => [tab.name, tab]));
  let nextOrderNo = Math.max(-1, ...before.map((t) => t.orderNo)) + 1;

  const worksheetNamed = (name: string): Worksheet | undefined => {
    const sheet = tabByName.get(name)?.sheet;
    return sheet && isWorksheet(sheet) ? sheet : undefined;
  };
  for (const name of decisions.leftoverTemps) {
    const ws = worksheetNamed(name);
    if (ws) removeWorksheet(workbook, ws);
  }
  const previous = decisions.sheets.map((d) => (d.replaces ? worksheetNamed(d.replaces.name) : undefined));
  for (const ws of previous) if (ws) removeWorksheet(workbook, ws);

  const finalNames = new Map(decisions.sheets.map((d) => [d.plan.name, d.finalName]));
  const replacedBy = new Map<Tab["sheet"], Worksheet>();
  const written = decisions.sheets.map((decision, i) => {
    const old = previous[i];
    const ws = workbook.addWorksheet(decision.finalName);
    ws.orderNo = old ? old.orderNo : nextOrderNo++;
    if (old) replacedBy.set(old, ws);
    if (old?.sheetProtection) ws.sheetProtection = { ...old.sheetProtection };
    const sheet = withFinalSheetNames(decision.plan, finalNames);
    writeSheet(ws, sheet, decision.typed);
    return { ws, sheet };
  });
  // excelts fills a chart's cached values when the chart is added, so charts
  // go in only once every sheet holds its values (the data sheet comes last).
  for (const { ws, sheet } of written) for (const chart of sheet.charts) writeChart(ws, chart);
  remapLocalNames(workbook, before, replacedBy);
  if (plan.activate) activateSheet(workbook, finalNames.get(plan.activate) ?? plan.activate);

  // excelts otherwise re-parses its own output to warn about OOXML problems (outside production):
  // an eighth of a sample build and over two seconds on a 100,000-row workbook (bench/results.md).
  const bytes = await workbook.xlsx.writeBuffer({ validate: false });
  return { bytes, report: { written: decisions.sheets.map((d) => d.finalName), renamed: decisions.renamed } };
}
