/**
 * The file shell's read side: an .xlsx file's bytes → the tables the domain
 * works on. Only the parts those tables need are inflated: the workbook, its
 * relationships, table parts, shared strings, the cell formats (for dates) and
 * the worksheets that hold the tables. Nothing else is parsed, so a sheet with
 * thousands of merges or an odd extension elsewhere cannot slow or break it.
 */
import type { RawTable, WorkbookTables } from "../domain/types";
import { checkWorkbookBytes } from "./checkWorkbookBytes";
import { readDateStyles } from "./dateStyles";
import { type OpcPackage, openPackage, partBytesOnce, partText } from "./openPackage";
import type { Rect } from "./rangeRect";
import { readSharedStrings } from "./readSharedStrings";
import { readTableParts, type TablePart } from "./readTableParts";
import { readWorkbookPart, type SheetEntry, type WorkbookPart } from "./readWorkbookPart";
import { isType } from "./relationships";
import type { CellContext } from "./cellValue";
import { scanSheet } from "./scanSheet";
import { sheetRangeFromScan, tableFromScan } from "./tableFromScan";

export { WorkbookUnreadableError, type WorkbookUnreadableCode } from "./WorkbookUnreadableError";

/** Tables that may also be kept as a plain sheet of that name, without an Excel table. */
export const SHEET_FALLBACK_NAMES = ["Indicators", "IndicatorData", "Budget", "Actions", "Benchmarks", "Areas", "Settings"] as const;

/** The tables a build reads, by lower-cased name. */
const WANTED = new Set<string>(SHEET_FALLBACK_NAMES.map((n) => n.toLowerCase()));

/** What the write needs again from a package read once: the package, its workbook part and its cell context. */
export interface PackageRead {
  pkg: OpcPackage;
  workbook: WorkbookPart;
  cells: CellContext;
}

/** A package read once: what the write needs again, and the tables. */
export interface WorkbookRead extends PackageRead {
  tables: WorkbookTables;
}

/** What one worksheet is read for. */
interface SheetJob {
  sheet: SheetEntry & { part: string };
  tables: TablePart[];
  /** Read as a table itself (a fallback name without an Excel table). */
  whole: boolean;
}

const ALL: Rect = { top: 1, left: 1, bottom: Infinity, right: Infinity };

/** The cell context: shared strings and date formats, found through the workbook's relationships. */
export function readCellContext(pkg: OpcPackage, workbook: WorkbookPart): CellContext {
  const target = (kind: string): string | undefined => workbook.rels.find((r) => !r.external && isType(r, kind))?.part;
  const strings = target("sharedStrings");
  const styles = target("styles");
  return {
    sharedStrings: strings === undefined ? [] : readSharedStrings(partText(pkg, strings), strings),
    dateStyles: readDateStyles(styles === undefined ? undefined : partText(pkg, styles)),
    date1904: workbook.date1904,
  };
}

function sheetJobs(pkg: OpcPackage, workbook: WorkbookPart): SheetJob[] {
  const jobs = new Map<string, SheetJob>();
  const found = new Set<string>();
  const worksheets = workbook.sheets.filter((s): s is SheetJob["sheet"] => s.kind === "worksheet" && s.part !== undefined);
  for (const sheet of worksheets) {
    for (const table of readTableParts(pkg, sheet.part)) {
      const key = table.name.toLowerCase();
      if (!WANTED.has(key) || found.has(key)) continue;
      found.add(key);
      const job = jobs.get(sheet.part) ?? { sheet, tables: [], whole: false };
      job.tables.push(table);
      jobs.set(sheet.part, job);
    }
  }
  for (const key of WANTED) {
    if (found.has(key)) continue;
    const sheet = worksheets.find((s) => s.name.toLowerCase() === key);
    if (!sheet) continue;
    const job = jobs.get(sheet.part) ?? { sheet, tables: [], whole: false };
    job.whole = true;
    jobs.set(sheet.part, job);
  }
  return [...jobs.values()];
}

/** The rows and columns a job needs: its tables with the row below and column right of each. */
function windowOf(job: SheetJob): Rect {
  if (job.whole) return ALL;
  return job.tables.reduce<Rect>(
    (w, t) => ({
      top: Math.min(w.top, t.ref.top),
      left: Math.min(w.left, t.ref.left),
      bottom: Math.max(w.bottom, t.ref.bottom + 1),
      right: Math.max(w.right, t.ref.right + 1),
    }),
    { top: Infinity, left: Infinity, bottom: 0, right: 0 },
  );
}

function readJob(pkg: OpcPackage, job: SheetJob, cells: CellContext): RawTable[] {
  const data = partBytesOnce(pkg, job.sheet.part) ?? new Uint8Array();
  const window = windowOf(job);
  const scan = scanSheet(data, window, cells, true, job.sheet.part);
  // A sheet read for one table alone hands its rows over rather than copying them.
  const own = job.tables.length === 1 && !job.whole;
  const tables = job.tables.map((t) => tableFromScan(scan, window.left, job.sheet.name, t, own));
  if (job.whole) tables.push(sheetRangeFromScan(scan, window.left, job.sheet.name));
  return tables;
}

/**
 * Opens the package and reads the tables a build uses; the result is handed
 * to applyPlanToWorkbook so the input is read once.
 *
 * @throws WorkbookUnreadableError when the bytes are not a readable .xlsx.
 */
export function readWorkbookPackage(bytes: Uint8Array): WorkbookRead {
  checkWorkbookBytes(bytes);
  const pkg = openPackage(bytes);
  const workbook = readWorkbookPart(pkg);
  const cells = readCellContext(pkg, workbook);
  const tables = new Map<string, RawTable>();
  for (const job of sheetJobs(pkg, workbook)) {
    for (const table of readJob(pkg, job, cells)) tables.set(table.name.toLowerCase(), table);
  }
  return { pkg, workbook, cells, tables };
}

/**
 * The Excel tables a build reads (SHEET_FALLBACK_NAMES), keyed by lower-cased
 * name, plus a sheet read as a table for each of those names that is not an
 * Excel table (sheet names match case-insensitively). Values are plain:
 * formulas give their cached results, dates are Dates (UTC), errors their
 * "#N/A"-style code.
 *
 * @throws WorkbookUnreadableError when the bytes are not a readable .xlsx.
 */
export async function readWorkbookTables(bytes: Uint8Array): Promise<WorkbookTables> {
  return readWorkbookPackage(bytes).tables;
}
