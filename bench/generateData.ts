/**
 * Plausible IndicatorData for the default catalogue at any size, for the
 * benchmarks: codes × areas × months, the whole authority first in each month,
 * counts whose areas add up to the authority's figure, percentages with the
 * numerator and denominator that give them, year-to-date percentages cumulated
 * from April, annual indicators once a year. Deterministic (seeded), so every
 * run of a size sees the same table.
 */
import { DEFAULT_CATALOGUE } from "../src/domain/catalogue/defaultCatalogue";
import { monthIndex, monthKey, monthOf } from "../src/domain/periods";
import { seededUniform } from "../src/sample/noise";
import { SAMPLE_HEADERS } from "../src/sample/sampleData";
import type { Catalogue, CellValue, Indicator, MonthIndex, RawTable } from "../src/domain/types";

/** How a generated table is laid out. */
export interface DataShape {
  rows: number;
  months: number;
  /** Areas besides the whole authority. */
  areas: number;
  first: MonthIndex;
}

const FIRST = monthIndex(2011, 4);
/** Annual figures sit in March, like the sample's rates per 10,000. */
const ANNUAL_MONTH = 3;

const isAnnual = (i: Indicator): boolean => i.frequency === "annual";

/** Rows one month holds for every area of every indicator (annual ones averaged over the year). */
function rowsPerAreaMonth(catalogue: Catalogue): number {
  return catalogue.reduce((n, i) => n + (isAnnual(i) ? 1 / 12 : 1), 0);
}

/** Rows a whole shape holds before any cut. */
export function rowsIn(shape: Omit<DataShape, "rows">, catalogue: Catalogue = DEFAULT_CATALOGUE): number {
  let perArea = 0;
  for (let m = 0; m < shape.months; m++) {
    const annualMonth = monthOf(shape.first + m) === ANNUAL_MONTH;
    for (const i of catalogue) if (!isAnnual(i) || annualMonth) perArea++;
  }
  return perArea * (1 + shape.areas);
}

/**
 * Months grow slowly with size (13 at 1,000 rows, about 10 years at 1,000,000)
 * and areas take the rest, as a county split into districts and then teams would.
 */
export function shapeFor(rows: number, catalogue: Catalogue = DEFAULT_CATALOGUE): DataShape {
  const months = Math.min(120, Math.max(13, Math.round(13 * (rows / 1000) ** 0.3)));
  let areas = Math.max(0, Math.ceil(rows / (months * rowsPerAreaMonth(catalogue))) - 1);
  while (rowsIn({ months, areas, first: FIRST }, catalogue) < rows) areas++;
  return { rows, months, areas, first: FIRST };
}

function areaName(i: number): string {
  return `District ${String(i + 1).padStart(3, "0")}`;
}

/** The level a series wanders around, by unit. */
function level(indicator: Indicator, next: () => number): number {
  switch (indicator.unit) {
    case "count":
      return 40 + Math.round(next() * 200);
    case "percent":
      return 55 + next() * 35;
    case "rate":
      return 20 + next() * 40;
    case "pp":
      return 25 + next() * 15;
    case "currency":
      return 1000 + next() * 5000;
  }
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** One series (an indicator in one area): a gentle random walk, month by month. */
class Walk {
  private value: number;
  private ytdN = 0;
  private ytdD = 0;
  constructor(
    private readonly indicator: Indicator,
    private readonly next: () => number,
  ) {
    this.value = level(indicator, next);
  }

  /** Value, numerator and denominator for `month`. */
  step(month: MonthIndex): { value: number; numerator: number | null; denominator: number | null } {
    const { unit, yearToDate } = this.indicator;
    const drift = (this.next() - 0.5) * 0.04;
    if (unit === "count") {
      this.value = Math.max(0, Math.round(this.value * (1 + drift)));
      return { value: this.value, numerator: null, denominator: null };
    }
    if (unit !== "percent") {
      this.value = Math.max(0, this.value * (1 + drift));
      return { value: round1(this.value), numerator: null, denominator: null };
    }
    this.value = Math.min(98, Math.max(2, this.value + drift * 20));
    const denominator = 40 + Math.floor(this.next() * 160);
    const numerator = Math.round((this.value / 100) * denominator);
    if (!yearToDate) return { value: round1((100 * numerator) / denominator), numerator, denominator };
    // Year to date: the month's own counts, the value cumulated from April.
    if (monthOf(month) === 4) this.ytdN = this.ytdD = 0;
    this.ytdN += numerator;
    this.ytdD += denominator;
    return { value: round1((100 * this.ytdN) / this.ytdD), numerator, denominator };
  }
}

function extractDate(month: MonthIndex): string {
  // Figures are extracted early in the following month.
  return `${monthKey(month + 1)}-0${1 + (month % 7)}`;
}

/**
 * An IndicatorData table of exactly `rows` data rows (the last month may be
 * partial), with the columns `scorecard init` writes.
 */
export function generateIndicatorData(
  rows: number,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
  seed = 20121031,
): RawTable {
  return generateShape(shapeFor(rows, catalogue), catalogue, seed);
}

/** Every row of `shape.months` months × (1 + `shape.areas`) areas, cut at `shape.rows`. */
export function generateShape(shape: DataShape, catalogue: Catalogue = DEFAULT_CATALOGUE, seed = 20121031): RawTable {
  const rows = shape.rows;
  // The sample's seeded generator (mulberry32): the same numbers on every machine.
  const next = seededUniform(seed);
  const areas = ["", ...Array.from({ length: shape.areas }, (_, i) => areaName(i))];
  const walks = catalogue.map((indicator) => areas.map(() => new Walk(indicator, next)));
  const out: CellValue[][] = [];
  for (let m = 0; m < shape.months && out.length < rows; m++) {
    const month = shape.first + m;
    const period = monthKey(month);
    const asAt = extractDate(month);
    catalogue.forEach((indicator, i) => {
      if (isAnnual(indicator) && monthOf(month) !== ANNUAL_MONTH) return;
      const steps = areas.map((_, a) => walks[i]![a]!.step(month));
      // Counts: the authority's figure is the sum of its areas, so area sums agree.
      if (indicator.unit === "count" && areas.length > 1)
        steps[0]!.value = steps.slice(1).reduce((s, x) => s + x.value, 0);
      areas.forEach((area, a) => {
        if (out.length >= rows) return;
        const s = steps[a]!;
        out.push([indicator.code, period, area === "" ? null : area, s.value, s.numerator, s.denominator, asAt, null]);
      });
    });
  }
  return {
    name: "IndicatorData",
    sheet: "IndicatorData",
    origin: { row: 1, column: 1 },
    headers: [...SAMPLE_HEADERS],
    rows: out,
    source: "table",
  };
}
