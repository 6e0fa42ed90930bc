/**
 * The sample `IndicatorData` rows `scorecard init` writes: every figure the
 * council's papers report, at its month, with illustrative months in between
 * so that every indicator in the default catalogue has a history to chart.
 *
 * Formats: Period is text "YYYY-MM" (e.g. "2012-10"), "As at" is ISO text
 * "YYYY-MM-DD"; authority-wide rows leave Area blank. Monthly series run from
 * February 2011 to March 2017; annual figures have one row a year at a fixed
 * month (March for rates per 10,000, August for academic-year results).
 * The real fall in the backlog between February and April 2011, and the
 * changes the restructure of September 2012 brought, are large month-on-month
 * movements that a jump check rightly points out: their rows' Notes explain
 * them ("Explained: …", see explanations.ts). Area rows follow the
 * sample's Areas table: East, Mid and West Kent until August 2012, four areas
 * from September 2012.
 */
import { DEFAULT_CATALOGUE } from "../domain/catalogue/defaultCatalogue";
import { monthKey } from "../domain/periods";
import { ANNUAL_FIGURES } from "./annualFigures";
import { sampleAreasAt, splitByArea } from "./areaSplit";
import { withExplanation } from "./explanations";
import { SampleDataError, assessmentSeries } from "./assessmentSeries";
import { MONTHLY_SPECS } from "./monthlySpecs";
import { ILLUSTRATIVE_SPLIT, SAMPLE_FIRST, SAMPLE_LAST, extractDate } from "./notes";
import { buildSeries, type SamplePoint } from "./series";
import type { CellValue } from "../domain/types";

export { SampleDataError } from "./assessmentSeries";
export { SAMPLE_AREAS, sampleAreasAt } from "./areaSplit";
export { sampleAreaRows } from "./sampleAreas";

/** Says plainly which figures are real. */
export const SAMPLE_NOTE =
  'Sample data for trying out the scorecard. Rows whose Note begins "Reported" (after any "Explained:" sentence) carry figures from the council\'s own papers (2011–2017); ' +
  "every other figure, and every split between areas, is illustrative: invented to look like a plausible month, not the council's performance. " +
  'A Note beginning "Explained:" names the real event behind a large movement, so validation lists it as an explained query.';

export const SAMPLE_HEADERS: readonly string[] = [
  "Code",
  "Period",
  "Area",
  "Value",
  "Numerator",
  "Denominator",
  "As at",
  "Note",
];

/** Counts that are also shown by area, as the weekly and monthly area reports did. */
const AREA_CODES = ["UNALLOC28", "IA_OOT", "CA_OOT"];

function allSeries(): Map<string, SamplePoint[]> {
  const series = new Map<string, SamplePoint[]>();
  for (const [code, spec] of Object.entries(MONTHLY_SPECS))
    series.set(code, buildSeries(spec, SAMPLE_FIRST, SAMPLE_LAST));
  for (const [code, points] of Object.entries(assessmentSeries(SAMPLE_FIRST, SAMPLE_LAST))) series.set(code, points);
  for (const [code, points] of Object.entries(ANNUAL_FIGURES)) series.set(code, points);
  return series;
}

function row(code: string, point: SamplePoint, area: string | null, value: number, note: string): CellValue[] {
  return [
    code,
    monthKey(point.month),
    area,
    value,
    point.numerator ?? null,
    point.denominator ?? null,
    point.asAt ?? extractDate(point.month),
    withExplanation(code, point.month, area, note),
  ];
}

/** The IndicatorData header and rows for the default catalogue, in catalogue order, oldest month first. */
export function sampleObservationRows(): { headers: string[]; rows: CellValue[][] } {
  const series = allSeries();
  const rows: CellValue[][] = [];
  DEFAULT_CATALOGUE.forEach((indicator, n) => {
    const points = series.get(indicator.code);
    if (!points) throw new SampleDataError(`The sample data has no figures for ${indicator.code}.`);
    for (const point of points) {
      rows.push(row(indicator.code, point, null, point.value, point.note));
      if (!AREA_CODES.includes(indicator.code)) continue;
      const parts = splitByArea(point.value, point.month, 7 * n);
      sampleAreasAt(point.month).forEach((area, i) =>
        rows.push(row(indicator.code, point, area, parts[i]!, ILLUSTRATIVE_SPLIT)),
      );
    }
  });
  return { headers: [...SAMPLE_HEADERS], rows };
}
