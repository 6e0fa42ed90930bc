/** The reports of one build, each worked out once: the plan draws them and `build --json` prints the same ones. */
import type { GeneratedSheet, SheetReports } from "./generatedSheet";
import type { WorkbookInput } from "./workbookInput";

/** A memo of every sheet's report for `input`; a sheet may ask for another's (the chart data reads the dashboard's). */
export function sheetReports(input: WorkbookInput): SheetReports {
  const done = new Map<object, unknown>();
  const reports: SheetReports = {
    of<R>(sheet: GeneratedSheet<R>): R | undefined {
      if (!done.has(sheet)) done.set(sheet, sheet.report(input, reports));
      // The map holds what this sheet's own `report` returned.
      return done.get(sheet) as R | undefined;
    },
  };
  return reports;
}
