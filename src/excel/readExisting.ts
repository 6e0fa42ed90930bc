/**
 * The read before a build: what sheets exist, whether the workbook's structure
 * is protected, and — only for sheets whose names a planned sheet could be
 * using — the ownership marker in A1 and, when that planned sheet has input
 * cells, the values people may have typed.
 *
 * Each sheet whose marker is read has its sheet protection read beside it
 * (ExcelApi 1.2), so a protected generated sheet can be protected again once
 * rebuilt (see reprotect.ts).
 *
 * Round trips: 1 sync for names and protection, plus 1 for markers and values
 * when any sheet carries a planned name (every refresh; not a first build).
 * Only if that response overflows (a person's huge sheet under a planned name)
 * do markers and values come in 2 separate syncs instead. `readForBuild`
 * queues the same loads beside the table reads, so a build reads in 2 syncs
 * in all. Nothing on the Office.js side is chained off a null object.
 */
import type { WorkbookPlan } from "../report/plan/plan";
import { isGeneratedSheet } from "../report/plan/preserve";
import { type ExistingSheet, variantNumber } from "../report/plan/decideSheets";
import { parseRange } from "./rangeAddress";

type Cell = string | number | boolean | null;

/** A sheet a plan will write, as far as the read before it needs to know. */
export interface PlannedSheet {
  name: string;
  /** The sheet has input cells, so the text typed into its previous version is read. */
  inputs: boolean;
}

/** A sheet that was protected (Review > Protect Sheet) when it was read, with its settings; the password cannot be read. */
export interface SheetProtection {
  name: string;
  options: Excel.WorksheetProtectionOptions;
}

export interface ExistingWorkbook {
  sheets: ExistingSheet[];
  /** The protected sheets among those whose marker was read. */
  protectedSheets?: SheetProtection[];
  /** Workbook structure protection: sheets cannot be added, deleted or renamed. */
  structureProtected: boolean;
  /** The planned sheets the markers and values were read for (see `coversPlan`). */
  readFor?: PlannedSheet[];
  /** Every sheet's A1 marker was read, not only those under planned names. */
  everyMarker?: boolean;
  /** Worksheet ids before the build, so a failed write can tell new sheets from old ones. */
  ids?: string[];
}

/** The sheets of `plan` as the read needs them. */
export function plannedSheets(plan: WorkbookPlan): PlannedSheet[] {
  return plan.sheets.map((p) => ({ name: p.name, inputs: p.inputs.length > 0 }));
}

/**
 * True when `existing` has what `plan` needs: the marker of every sheet that
 * could be a previous version of a planned sheet, and the typed text under
 * every planned sheet with inputs.
 */
export function coversPlan(existing: ExistingWorkbook, plan: WorkbookPlan): boolean {
  const read = existing.readFor;
  if (!read) return false;
  return plannedSheets(plan).every((p) => {
    const same = read.find((r) => r.name.toLowerCase() === p.name.toLowerCase());
    if (p.inputs) return same?.inputs === true;
    return same !== undefined || existing.everyMarker === true;
  });
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

function isCandidate(planned: readonly PlannedSheet[], name: string): boolean {
  return planned.some((p) => variantNumber(name, p.name) !== undefined);
}

function mayHoldInputs(planned: readonly PlannedSheet[], name: string): boolean {
  return planned.some((p) => p.inputs && variantNumber(name, p.name) !== undefined);
}

/** One existing worksheet, from the synced sheet list. */
export interface ListedSheet {
  name: string;
  position: number;
  id: string;
  ws: Excel.Worksheet;
}

/** Loads queued by `queueSheetList`. */
export interface SheetList {
  collection: Excel.WorksheetCollection;
  protection: Excel.WorkbookProtection;
}

/** Queue loading the sheets' names and positions and the workbook's structure protection. */
export function queueSheetList(context: Excel.RequestContext): SheetList {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/position,items/id");
  const protection = context.workbook.protection;
  protection.load("protected");
  return { collection, protection };
}

/** The sheets of a synced `queueSheetList`. */
export function listedSheets(list: SheetList): ListedSheet[] {
  return list.collection.items.map((ws) => ({ name: ws.name, position: ws.position, id: ws.id, ws }));
}

/** Loads queued by `queueMarkers`; `any` says whether there was anything to load. */
export interface MarkerReads {
  any: boolean;
  reads: { item: ListedSheet; marker?: Excel.Range; used?: Excel.Range; protection?: Excel.WorksheetProtection }[];
}

/**
 * Queue reading A1 and the sheet protection (and, where `wantValues`, the
 * used range) of every sheet under a planned name, or of every sheet at all
 * with `everySheet`.
 */
export function queueMarkers(
  planned: readonly PlannedSheet[],
  items: readonly ListedSheet[],
  wantValues: (name: string) => boolean,
  everySheet = false,
): MarkerReads {
  const reads = items.map((item): MarkerReads["reads"][number] => {
    if (!everySheet && !isCandidate(planned, item.name)) return { item };
    const marker = item.ws.getRange("A1").load("values");
    const protection = item.ws.protection.load("protected,options");
    const used = wantValues(item.name) ? item.ws.getUsedRangeOrNullObject(true).load("address,values") : undefined;
    return { item, marker, protection, ...(used ? { used } : {}) };
  });
  return { any: reads.some((r) => r.marker !== undefined), reads };
}

/** The existing sheets of a synced `queueMarkers`. */
export function markersOf({ reads }: MarkerReads): ExistingSheet[] {
  return reads.map(({ item, marker, used }): ExistingSheet => {
    const sheet: ExistingSheet = {
      name: item.name,
      position: item.position,
      marker: marker ? toCell(marker.values[0]?.[0]) : null,
    };
    if (used && !used.isNullObject) sheet.values = valuesFromA1(used.address, used.values);
    return sheet;
  });
}

/** The protected sheets of a synced `queueMarkers`. */
export function protectionsOf({ reads }: MarkerReads): SheetProtection[] {
  return reads.flatMap(({ item, protection }) => (protection?.protected ? [{ name: item.name, options: protection.options }] : []));
}

/**
 * Queue the typed values the planned sheets with inputs need, and every
 * sheet's A1 marker (one cell each), so that a plan with more sheets than
 * `planned` names, none of them with inputs, still needs no second read.
 */
export function queueExistingReads(planned: readonly PlannedSheet[], items: readonly ListedSheet[]): MarkerReads {
  return queueMarkers(planned, items, (name) => mayHoldInputs(planned, name), true);
}

/** Markers (and values, and protection) as read; what `readMarkersApart` and `readExisting` return. */
export interface SheetsRead {
  sheets: ExistingSheet[];
  protectedSheets: SheetProtection[];
}

async function readMarkers(
  planned: readonly PlannedSheet[],
  items: readonly ListedSheet[],
  sync: () => Promise<void>,
  wantValues: (name: string) => boolean,
  everySheet = false,
): Promise<SheetsRead> {
  const reads = queueMarkers(planned, items, wantValues, everySheet);
  if (reads.any) await sync();
  return { sheets: markersOf(reads), protectedSheets: protectionsOf(reads) };
}

/**
 * When markers and values together overflow the response (a person's very
 * large sheet under a planned name): markers alone, then values only from
 * the sheets that are really ours. 2 syncs.
 */
export async function readMarkersApart(
  planned: readonly PlannedSheet[],
  items: readonly ListedSheet[],
  sync: () => Promise<void>,
  everySheet = false,
): Promise<SheetsRead> {
  const marked = await readMarkers(planned, items, sync, () => false, everySheet);
  const ours = new Set(
    marked.sheets.filter((s) => isGeneratedSheet(s.marker) && mayHoldInputs(planned, s.name)).map((s) => s.name),
  );
  const withValues = await readMarkers(planned, items, sync, (name) => ours.has(name));
  // The second read covers planned names only; the first has every sheet's marker and protection.
  return { sheets: withValues.sheets.map((s, i) => (s.values ? s : marked.sheets[i]!)), protectedSheets: marked.protectedSheets };
}

/** Read what the build needs to know about the open workbook. */
export async function readExisting(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  sync: () => Promise<void>,
): Promise<ExistingWorkbook> {
  const planned = plannedSheets(plan);
  const list = queueSheetList(context);
  await sync();
  const items = listedSheets(list);
  let read: SheetsRead;
  try {
    read = await readMarkers(planned, items, sync, (name) => mayHoldInputs(planned, name));
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ResponsePayloadSizeLimitExceeded") throw error;
    read = await readMarkersApart(planned, items, sync);
  }
  return { ...read, structureProtected: list.protection.protected, readFor: planned, ids: items.map((i) => i.id) };
}
