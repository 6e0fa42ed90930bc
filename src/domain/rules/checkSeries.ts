/**
 * Checks across the parsed observations of the IndicatorData table: gaps in a
 * series, indicators that have fallen behind, implausible jumps, and areas that
 * do not add up to the whole authority. Linear in the number of rows: Maps for
 * grouping, one sort per series, medians by selection.
 */
import type { AreaRegister } from "../areas/areaRegister";
import type { RuleInfo } from "./issue";
import type { Catalogue, Observation, ValidationIssue } from "../types";
import { checkAreaSums } from "./areaSums";
import { checkImplausibleJumps } from "./implausibleJumps";
import { checkMissingMonths } from "./missingMonths";
import { groupSeries } from "./seriesIndex";
import { checkStaleIndicators } from "./staleIndicators";

export const SERIES_RULES: RuleInfo[] = [
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
];

export interface SeriesOptions {
  /** Named in messages; the observations' cells already carry the sheet. Default "IndicatorData". */
  tableName?: string;
  /** The optional Areas table, read: area sums are then checked level by level. */
  areas?: AreaRegister;
}

/** Runs every series rule over the observations `readObservations` returned. */
export function checkSeries(
  observations: readonly Observation[],
  catalogue: Catalogue,
  options: SeriesOptions = {},
): ValidationIssue[] {
  const tableName = options.tableName ?? "IndicatorData";
  const series = groupSeries(observations, catalogue);
  return [
    ...checkMissingMonths(tableName, series),
    ...checkStaleIndicators(tableName, series),
    ...checkImplausibleJumps(tableName, series),
    ...checkAreaSums(tableName, observations, catalogue, options.areas),
  ];
}
