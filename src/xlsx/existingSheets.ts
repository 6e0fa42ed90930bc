/**
 * What the write needs to know about the tabs already in the workbook: each
 * tab's name and position, and — only for worksheets whose name a planned
 * sheet could have had — A1's ownership marker and the values typed on it.
 * A person's other sheets are not opened.
 */
import { type ExistingSheet, isTempSheetName, variantNumber } from "../report/plan/decideSheets";
import type { WorkbookPlan } from "../report/plan/plan";
import { partText } from "./openPackage";
import type { PackageRead } from "./readWorkbook";
import { scanSheet } from "./scanSheet";

type Plain = string | number | boolean | null;

/** Row-major values from A1 (0-based), dates as ISO dates, as carried input text records them. */
function valuesFromA1(rows: readonly (readonly (Plain | Date)[])[]): Plain[][] {
  const values: Plain[][] = [];
  rows.forEach((cells, row) => {
    const out: Plain[] = [];
    cells.forEach((v, i) => {
      out[i] = v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null);
    });
    for (let i = 0; i < out.length; i++) out[i] ??= null;
    values[row - 1] = out;
  });
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  return values;
}

export interface ExistingTabs {
  sheets: ExistingSheet[];
  /** The text of each worksheet that was read, by position. */
  texts: Map<number, string>;
}

/** The tabs in order, with markers and values read for the few that may be earlier generated sheets. */
export function existingSheets(read: PackageRead, plan: WorkbookPlan): ExistingTabs {
  const texts = new Map<number, string>();
  const sheets = read.workbook.sheets.map((entry, position): ExistingSheet => {
    const candidate = entry.kind === "worksheet" && entry.part && !isTempSheetName(entry.name) && plan.sheets.some((p) => variantNumber(entry.name, p.name) !== undefined);
    if (!candidate) return { name: entry.name, position, marker: null };
    const xml = partText(read.pkg, entry.part!) ?? "";
    texts.set(position, xml);
    const scan = scanSheet(xml, { top: 1, left: 1, bottom: Infinity, right: Infinity }, read.cells, false, entry.part!);
    const values = valuesFromA1(scan.rows as (Plain | Date)[][]);
    const marker = values[0]?.[0] ?? null;
    return { name: entry.name, position, marker, values };
  });
  return { sheets, texts };
}
