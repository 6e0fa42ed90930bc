/**
 * The read before a build: what sheets exist, whether the workbook's structure
 * is protected, and — only for sheets whose names a planned sheet could be
 * using — the ownership marker in A1 and, when that planned sheet has input
 * cells, the values people may have typed.
 *
 * Round trips: 1 sync for names and protection, plus 1 for markers and values
 * when any sheet carries a planned name (every refresh; not a first build).
 * Only if that response overflows (a person's huge sheet under a planned name)
 * do markers and values come in 2 separate syncs instead.
 * Nothing on the Office.js side is chained off a null object.
 */
import type { WorkbookPlan } from "../report/plan";
import { isGeneratedSheet } from "../report/preserve";
import { type ExistingSheet, mayHoldInputs, variantNumber } from "../report/decideSheets";
import { parseRange } from "./rangeAddress";

type Cell = string | number | boolean | null;

export interface ExistingWorkbook {
  sheets: ExistingSheet[];
  /** Workbook structure protection: sheets cannot be added, deleted or renamed. */
  structureProtected: boolean;
}

function toCell(value: unknown): Cell {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Pads a used range's values so that index [0][0] is A1. */
export function valuesFromA1(address: string, values: readonly (readonly unknown[])[]): Cell[][] {
  const rect = parseRange(address);
  const padLeft = new Array<Cell>(rect.column - 1).fill(null);
  const rows: Cell[][] = [];
  for (let r = 1; r < rect.row; r++) rows.push([]);
  for (const row of values) rows.push([...padLeft, ...row.map(toCell)]);
  return rows;
}

function isCandidate(plan: WorkbookPlan, name: string): boolean {
  return plan.sheets.some((p) => variantNumber(name, p.name) !== undefined);
}

interface Item {
  name: string;
  position: number;
  ws: Excel.Worksheet;
}

async function readMarkers(
  plan: WorkbookPlan,
  items: readonly Item[],
  sync: () => Promise<void>,
  wantValues: (name: string) => boolean,
): Promise<ExistingSheet[]> {
  const reads = items.map((item) => {
    if (!isCandidate(plan, item.name)) return { item, marker: undefined, used: undefined };
    const marker = item.ws.getRange("A1").load("values");
    const used = wantValues(item.name) ? item.ws.getUsedRangeOrNullObject(true).load("address,values") : undefined;
    return { item, marker, used };
  });
  if (reads.some((r) => r.marker)) await sync();
  return reads.map(({ item, marker, used }): ExistingSheet => {
    const sheet: ExistingSheet = { name: item.name, position: item.position, marker: marker ? toCell(marker.values[0]?.[0]) : null };
    if (used && !used.isNullObject) sheet.values = valuesFromA1(used.address, used.values);
    return sheet;
  });
}

/** Read what the build needs to know about the open workbook. */
export async function readExisting(context: Excel.RequestContext, plan: WorkbookPlan, sync: () => Promise<void>): Promise<ExistingWorkbook> {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/position");
  const protection = context.workbook.protection;
  protection.load("protected");
  await sync();
  const items = collection.items.map((ws) => ({ name: ws.name, position: ws.position, ws }));
  let sheets: ExistingSheet[];
  try {
    sheets = await readMarkers(plan, items, sync, (name) => mayHoldInputs(plan, name));
  } catch (error) {
    // A person's very large sheet under a planned name can overflow the response:
    // read markers alone, then values only from sheets that are really ours.
    if ((error as { code?: unknown }).code !== "ResponsePayloadSizeLimitExceeded") throw error;
    const marked = await readMarkers(plan, items, sync, () => false);
    const ours = new Set(marked.filter((s) => isGeneratedSheet(s.marker) && mayHoldInputs(plan, s.name)).map((s) => s.name));
    sheets = await readMarkers(plan, items, sync, (name) => ours.has(name));
  }
  return { sheets, structureProtected: protection.protected };
}
