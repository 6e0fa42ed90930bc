/** Rules checked across each series of IndicatorData (one code in one area): gaps, staleness, jumps, sums, completeness. */
import type { RuleInfo } from "./issue";

export const SERIES_RULES = [
  {
    id: "missing-months",
    severity: "warning",
    summary:
      "A series (one code in one area) has no row for some months between its first and last (for annual indicators, a missing year).",
  },
  {
    id: "stale-indicator",
    severity: "warning",
    summary:
      "An indicator's latest row is 2 or more months behind the latest month of the monthly indicators (annual ones: more than 12 months).",
  },
  {
    id: "implausible-jump",
    severity: "warning",
    summary:
      "A change from one period to the next that its neighbouring months do not explain: more than 6 × 1.4826 × MAD from the median of the changes around it (and more than 5% of the level, 1 unit, and for counts 4 × √ the count), judged once a series has 6 changes. April restarts of year-to-date figures are expected, and no change is compared across a series break (the Indicators table's Definition from).",
  },
  {
    id: "area-sum-mismatch",
    severity: "warning",
    summary:
      "For a count indicator, the area rows of a month do not add up to its whole-authority row (with an Areas table, level by level: areas to the authority, districts to their area, teams to their district).",
  },
] as const satisfies readonly RuleInfo[];

export const COMPLETENESS_RULES = [
  {
    id: "missing-authority-figure",
    severity: "warning",
    summary:
      "A monthly indicator has a whole-authority figure for the month before the reporting month but no whole-authority row in it (reported at the table's first cell).",
  },
] as const satisfies readonly RuleInfo[];
