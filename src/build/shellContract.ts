/**
 * What each shell (src/xlsx for files, src/excel for the open workbook) owes
 * the core, so the same workbook gives the same result from either front end.
 * test/contract/ runs one suite of cases against both.
 *
 * Read: every table in INPUT_TABLES — an Excel table of that name, else a
 * sheet of that name read from A1 — as a RawTable (src/domain/types.ts): its
 * cell addresses (`origin`), the merged areas and hidden rows over its data
 * rows, its `adjacentCell`, and never its totals row.
 *
 * Apply: write a WorkbookPlan — sheets, values, number formats, charts, print
 * settings, freeze panes, protection carried over, typed commentary kept, a
 * person's sheet under a planned name never touched — and report it in the
 * one shape below.
 */
import type { WorkbookTables } from "../domain/types";
import type { WorkbookPlan } from "../report/plan/plan";

/** The tables the core reads, by the names people give them. */
export const INPUT_TABLES = ["Indicators", "IndicatorData", "Budget", "Actions", "Benchmarks", "Settings"] as const;

/** A planned setting a shell could not apply (an older Excel, an API that lacks it), and why. */
export interface SkippedSetting {
  setting: string;
  sheet: string;
  reason: string;
}

/** What a shell did with a plan, the same shape from both shells. */
export interface ShellApplyReport {
  /** Final names of the sheets written, in plan order. */
  written: string[];
  /** Planned sheets written under another name because a person's sheet held the wanted one. */
  renamed: { wanted: string; used: string }[];
  skipped: SkippedSetting[];
}

/** A shell over workbooks of kind `W` (file bytes, an Excel request context). */
export interface WorkbookShell<W> {
  readTables(workbook: W): Promise<WorkbookTables>;
  applyPlan(workbook: W, plan: WorkbookPlan): Promise<ShellApplyReport>;
}
