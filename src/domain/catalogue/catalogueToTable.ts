/**
 * The Indicators table rows `scorecard init` writes for a catalogue: one row
 * per indicator, the headline statutory target in Target / Target date and the
 * first internal target's value in Internal target.
 *
 * Target date is written as text such as "Aug 2011": that is how the papers
 * say it, it reads the same in every locale, and `parseMonth` reads it back (as
 * it does a real date, should an analyst type one instead).
 */
import { monthLabel } from "../periods";
import type { Catalogue, CellValue } from "../types";
import { INDICATOR_HEADERS } from "./indicatorColumns";
import { firstTarget, targetDate } from "./targetText";

export function catalogueToTable(catalogue: Catalogue): { headers: string[]; rows: CellValue[][] } {
  const rows = catalogue.map((indicator): CellValue[] => {
    const statutory = firstTarget(indicator, "statutory");
    const internal = firstTarget(indicator, "internal");
    const date = statutory ? targetDate(statutory) : undefined;
    return [
      indicator.code,
      indicator.name,
      indicator.unit,
      indicator.polarity,
      statutory?.value ?? null,
      date === undefined ? null : monthLabel(date),
      internal?.value ?? null,
      indicator.tolerance ?? null,
      indicator.definition ?? null,
      indicator.impact ?? null,
      indicator.dashboard ? "yes" : "no",
      indicator.seriesBreak ? monthLabel(indicator.seriesBreak.from) : null,
      indicator.seriesBreak?.note ?? null,
    ];
  });
  return { headers: [...INDICATOR_HEADERS], rows };
}
