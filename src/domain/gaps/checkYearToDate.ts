/**
 * `ytd-mismatch`: for year-to-date indicators (NI 59, NI 60 …), recomputes the
 * percentage from the Numerator and Denominator columns and compares it with
 * the Value column.
 *
 * The policy: Numerator and Denominator hold the month's own counts and Value
 * the year-to-date percentage, so the figure for a month is
 * 100 × Σ numerators ÷ Σ denominators from April (the financial year restarts
 * then) to that month. Some extracts give the counts already cumulated; when
 * the counts never fall within the year and reading each row on its own
 * (100 × N ÷ D of the same row) matches more rows than the running sums do,
 * the counts are taken as cumulative instead. Each financial year of each
 * area is read one way or the other, whichever the figures support.
 *
 * A wrong row is reported at that row only when the later months agree with
 * their own figures once its counts are set aside (see yearToDateCulprit). A
 * series break (a change of definition) splits the year: nothing is compared
 * across it.
 */
import { issue } from "../rules/issue";
import { financialYearOf, financialYearStart, monthLabel } from "../periods";
import type { Catalogue, Observation, ValidationIssue } from "../types";
import { onlyRowAtFault, type CountedRow } from "../rules/yearToDateCulprit";

/** Values rounded to one decimal place still pass. */
const ALLOWED = 0.1 + 1e-9;

type Counted = Observation & { numerator: number; denominator: number };

interface Reading {
  /** The recomputed percentage per observation that could be checked. */
  expected: Map<Observation, number>;
  matches: number;
}

function hasCounts(o: Observation): o is Counted {
  return o.numerator !== undefined && o.denominator !== undefined && Number.isFinite(o.numerator) && Number.isFinite(o.denominator);
}

function reading(expected: Map<Observation, number>): Reading {
  let matches = 0;
  expected.forEach((e, o) => {
    if (o.value !== null && Math.abs(o.value - e) <= ALLOWED) matches += 1;
  });
  return { expected, matches };
}

/**
 * Monthly counts summed from April. A missing month (or a month without counts)
 * breaks the chain: later months of the year cannot be recomputed, so are not checked.
 */
function monthlyReading(rows: readonly Observation[]): Reading {
  const expected = new Map<Observation, number>();
  let n = 0;
  let d = 0;
  let next = financialYearStart(rows[0]!.month);
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i]!;
    if (o.month !== next || !hasCounts(o)) break;
    n += o.numerator;
    d += o.denominator;
    next += 1;
    if (d > 0) expected.set(o, (100 * n) / d);
  }
  return reading(expected);
}

/** Counts already cumulative: each row on its own. Undefined when a count falls within the year. */
function cumulativeReading(rows: readonly Observation[]): Reading | undefined {
  const expected = new Map<Observation, number>();
  let lastN = -Infinity;
  let lastD = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i]!;
    if (!hasCounts(o)) continue;
    if (o.numerator < lastN || o.denominator < lastD) return undefined;
    [lastN, lastD] = [o.numerator, o.denominator];
    if (o.denominator > 0) expected.set(o, (100 * o.numerator) / o.denominator);
  }
  return reading(expected);
}

function shown(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** The chain monthlyReading sums (April on, consecutive, with counts and a Value) and its first mismatch. */
function firstFault(rows: readonly Observation[], expected: Map<Observation, number>): { chain: CountedRow[]; k: number } | undefined {
  const chain: CountedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i]!;
    if (!expected.has(o) || o.value === null || !hasCounts(o)) break;
    chain.push(o as CountedRow);
  }
  const k = chain.findIndex((o) => Math.abs(o.value - expected.get(o)!) > ALLOWED && !(o.value <= 1 && Math.abs(o.value * 100 - expected.get(o)!) <= ALLOWED));
  return k < 0 ? undefined : { chain, k };
}

function checkYear(rows: readonly Observation[], issues: ValidationIssue[]): void {
  const monthly = monthlyReading(rows);
  const cumulative = cumulativeReading(rows);
  const useCumulative = cumulative !== undefined && cumulative.matches > monthly.matches;
  const chosen = useCumulative ? cumulative : monthly;
  const start = monthLabel(financialYearStart(rows[0]!.month));
  const fault = useCumulative ? undefined : firstFault(rows, monthly.expected);
  const alone = fault !== undefined && onlyRowAtFault(fault.chain, fault.k, ALLOWED) ? fault.chain[fault.k] : undefined;
  chosen.expected.forEach((e, o) => {
    if (o.value === null || Math.abs(o.value - e) <= ALLOWED) return;
    if (alone && o !== alone) return;
    // A value on the 0–1 scale is the percent-scale rule's business, not a mismatch.
    if (o.value <= 1 && Math.abs(o.value * 100 - e) <= ALLOWED) return;
    const where = `${o.code}${o.area ? ` (${o.area})` : ""} for ${monthLabel(o.month)}`;
    const how = useCumulative
      ? "100 × Numerator ÷ Denominator on the same row (the counts read as already year-to-date)"
      : `100 × the Numerators ÷ the Denominators summed from ${start} to ${monthLabel(o.month)}`;
    const own = alone
      ? " The later months of the year agree with their own figures once this row's counts are set aside, so the fault is in this row's Value, Numerator or Denominator."
      : "";
    issues.push(
      issue("ytd-mismatch", o.at, `${where}: the Value in ${o.at.sheet}!${o.at.cell} is ${shown(o.value)}, but ${how} gives ${shown(e)}.${own} Check the year-to-date figure and its counts.`),
    );
  });
}

/** Checks every year-to-date indicator's Values against their counts; one pass to group. */
export function checkYearToDate(observations: readonly Observation[], catalogue: Catalogue): ValidationIssue[] {
  const ytd = new Set(catalogue.filter((i) => i.yearToDate).map((i) => i.code));
  if (!ytd.size) return [];
  const breaks = new Map(catalogue.filter((i) => i.seriesBreak).map((i) => [i.code, i.seriesBreak!.from]));
  const years = new Map<string, Map<number, Observation>>();
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    if (!ytd.has(o.code)) continue;
    // A series break splits its year: figures on either side are not summed together.
    const side = o.month >= (breaks.get(o.code) ?? Number.POSITIVE_INFINITY) ? "after" : "";
    const key = `${o.code}\u0000${o.area}\u0000${financialYearOf(o.month)}\u0000${side}`;
    let byMonth = years.get(key);
    if (!byMonth) years.set(key, (byMonth = new Map()));
    // The first row for a month wins, as when the data are read.
    if (!byMonth.has(o.month)) byMonth.set(o.month, o);
  }
  const issues: ValidationIssue[] = [];
  for (const byMonth of years.values()) {
    const rows = [...byMonth.values()].sort((a, b) => a.month - b.month);
    checkYear(rows, issues);
  }
  return issues;
}
