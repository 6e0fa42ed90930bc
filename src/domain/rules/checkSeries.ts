/**
 * Checks across the parsed observations of the IndicatorData table: gaps in a
 * series, indicators that have fallen behind, implausible jumps, and areas that
 * do not add up to the whole authority. Linear in the number of rows: Maps for
 * grouping, one sort per series, medians by selection.
 */
import type { AreaRegister } from "../areas/areaRegister";
import type { Catalogue, Observation, ValidationIssue } from "../types";
import { checkAreaSums } from "./areaSums";
import { checkImplausibleJumps } from "./implausibleJumps";
import { checkMissingMonths } from "./missingMonths";
import { groupSeries } from "./seriesIndex";
import { checkStaleIndicators } from "./staleIndicators";

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
