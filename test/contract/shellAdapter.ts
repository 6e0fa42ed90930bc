/**
 * What the contract suite needs from a shell, in the suite's own words: open a
 * workbook described once, read its input tables, apply a plan, and look at
 * what was written the way a person would. One adapter per shell
 * (xlsxAdapter.ts, officeAdapter.ts); the cases never know which they drive.
 */
import type { WorkbookTables } from "../../src/domain/types";
import type { WorkbookPlan } from "../../src/report/plan/plan";
import type { WorkbookSpec } from "./workbookSpec";

/** A written sheet, read back. Addresses are plain A1 ("B5"), ranges without sheet, quotes or $. */
export interface SheetLook {
  /** Values from A1 to the last cell holding one; blanks null, dates as ISO text. */
  values: (string | number | boolean | null)[][];
  numberFormat(address: string): string;
  /** Each chart's series ranges ("Dashboard Data!C5:C17"), values then categories, in series order. */
  charts: string[][];
  print: { orientation?: string; area?: string; titleRows?: string };
  freeze?: { rows: number; columns: number };
  columnAHidden: boolean;
  protected: boolean;
  /** Addresses of cells that hold a formula (generated sheets should have none). */
  formulas: string[];
}

export interface ShellAdapter {
  name: string;
  open(spec: WorkbookSpec): Promise<OpenWorkbook>;
}

export interface OpenWorkbook {
  readTables(): Promise<WorkbookTables>;
  /** Applies the plan and returns the shell's own report, as it comes. */
  apply(plan: WorkbookPlan): Promise<Record<string, unknown>>;
  sheetNames(): Promise<string[]>;
  look(sheet: string): Promise<SheetLook>;
  /** A person types into a cell and saves. */
  type(sheet: string, address: string, text: string): Promise<void>;
  /** A person protects a sheet (Review > Protect Sheet). */
  protect(sheet: string): Promise<void>;
}

/** "'Dashboard Data'!$C$5:$C$17" → "Dashboard Data!C5:C17". */
export function plainRef(ref: string): string {
  const bang = ref.lastIndexOf("!");
  const sheet =
    bang < 0
      ? ""
      : ref
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const local = ref.slice(bang + 1).replace(/\$/g, "");
  return sheet ? `${sheet}!${local}` : local;
}

/** Trailing blank rows and columns removed, so two reads of the same cells compare equal. */
export function trimGrid<T>(grid: (T | null)[][]): (T | null)[][] {
  const rows = [...grid];
  while (rows.length > 0 && rows.at(-1)!.every((v) => v === null)) rows.pop();
  const width = Math.max(0, ...rows.map((r) => r.reduce((w, v, i) => (v === null ? w : i + 1), 0)));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
}
