/**
 * What every generated sheet declares, once: its key, its name, whether people
 * type into it, how its report is worked out, how it is drawn, what it puts on
 * the dashboard's first page and what it adds to `build --json`. The plan,
 * the JSON, the pane and the command line read sheets only through this.
 */
import type { FirstPageBlock } from "./dashboard/buildDashboardPlan";
import type { SheetPlan } from "./plan/plan";
import type { WorkbookInput } from "./workbookInput";

/** The reports of one build, each worked out once, on first asking. */
export interface SheetReports {
  /** The report of `sheet`; undefined when the sheet is left out (its table is missing). */
  of<R>(sheet: GeneratedSheet<R>): R | undefined;
}

/** What a sheet's `build` is given besides its own report. */
export interface SheetContext {
  input: WorkbookInput;
  /** The other sheets' blocks for the dashboard's first page, in registry order. */
  firstPageBlocks: readonly FirstPageBlock[];
}

/**
 * One generated sheet. Members are methods so that a list of sheets with
 * different reports is one type (`GeneratedSheet<unknown>`); each call passes
 * a sheet only the report its own `report` made.
 */
export interface GeneratedSheet<R = unknown> {
  /** Follows the ownership marker in A1: the sheet is the tool's, and which one it is. */
  readonly key: string;
  /** The tab name; when a person's sheet holds it, ours takes the next free "(2)" name. */
  readonly name: string;
  /** True when people type into it (commentary): a refresh reads the old sheet and carries their text over. */
  readonly inputs: boolean;
  /** What the sheet shows, worked out once a build; undefined leaves the sheet out. */
  report(input: WorkbookInput, reports: SheetReports): R | undefined;
  /** The sheet, from its report. */
  build(report: R, context: SheetContext): SheetPlan;
  /** A block this sheet puts on the Member Dashboard's first page (the improvement budget in brief). */
  firstPageBlock?(report: R): FirstPageBlock;
  /** Its part of `build --json`: the key, and the value (null there when the sheet is left out). */
  readonly json?: { readonly field: string; of(report: R): unknown };
}
