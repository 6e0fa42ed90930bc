import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOGUE, findIndicator } from "../../src/domain/catalogue/defaultCatalogue";
import { financialYearOf, monthIndex, monthKey, parseDay, parseMonth } from "../../src/domain/periods";
import { SAMPLE_NOTE, sampleAreaRows, sampleAreasAt, sampleObservationRows } from "../../src/sample/sampleData";
import { sourceNote } from "../../src/sample/explanations";
import { readAreas } from "../../src/domain/areas/readAreas";
import type { CellValue } from "../../src/domain/types";

interface SampleRow {
  code: string;
  period: string;
  area: string | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
  asAt: string;
  note: string;
}

const sample = sampleObservationRows();
const rows: SampleRow[] = sample.rows.map((r: CellValue[]) => ({
  code: r[0] as string,
  period: r[1] as string,
  area: r[2] as string | null,
  value: r[3] as number,
  numerator: r[4] as number | null,
  denominator: r[5] as number | null,
  asAt: r[6] as string,
  // The source part of the Note: an "Explained:" sentence may come first.
  note: sourceNote(r[7] as string),
}));
const authority = (code: string): SampleRow[] => rows.filter((r) => r.code === code && r.area === null);
const at = (code: string, period: string): SampleRow | undefined => authority(code).find((r) => r.period === period);
const values = (code: string, from: string, to: string): number[] =>
  authority(code)
    .filter((r) => r.period >= from && r.period <= to)
    .map((r) => r.value);
const unitOf = (code: string) => findIndicator(DEFAULT_CATALOGUE, code)!.unit;

// Every figure the papers report, from the table in shared/domain/indicators.md.
// prettier-ignore
const REPORTED: [code: string, period: string, value: number][] = [
  ["UNALLOC28", "2011-02", 2269], ["UNALLOC28", "2011-04", 973],
  ["IA_OOT", "2011-02", 1926], ["IA_OOT", "2011-04", 856], ["IA_OOT", "2012-10", 63],
  ["CA_OOT", "2011-02", 2019], ["CA_OOT", "2011-04", 1641], ["CA_OOT", "2012-10", 78],
  ["CASELOAD", "2011-04", 23.5], ["CASELOAD", "2012-10", 17.6],
  ["NI59", "2012-10", 87.5], ["NI60", "2012-10", 83.1], ["CP_2YR", "2012-10", 7.3], ["PERM_POSTS", "2012-10", 88.4],
  ["HEALTH_CHECKS", "2012-10", 92.2], ["DENTAL_CHECKS", "2012-10", 88.1],
  // No CIN (and never CP or CIC) cases unallocated over 28 days since July 2012.
  ["UNALLOC28", "2012-07", 0], ["UNALLOC28", "2012-08", 0], ["UNALLOC28", "2012-09", 0], ["UNALLOC28", "2012-10", 0],
  ["CIN_AUDIT", "2013-12", 78.5],
  ["CP_RATE", "2016-03", 32], ["CP_RATE", "2017-03", 36], ["LAC_RATE", "2016-03", 70], ["LAC_RATE", "2017-03", 57],
];

const increasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x > xs[i - 1]!);
const decreasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x < xs[i - 1]!);

describe("sampleObservationRows", () => {
  it("writes the IndicatorData headers", () => {
    expect(sample.headers).toEqual(["Code", "Period", "Area", "Value", "Numerator", "Denominator", "As at", "Note"]);
  });

  it.each(REPORTED)("has the reported %s figure for %s: %d", (code, period, value) => {
    const row = at(code, period);
    expect(row?.value).toBe(value);
    expect(row?.note).toMatch(/^Reported/);
  });

  it("marks only the reported figures as reported, and every other figure as illustrative", () => {
    const reported = rows.filter((r) => r.note.startsWith("Reported"));
    expect(reported.map((r) => `${r.code} ${r.period}`).sort()).toEqual(REPORTED.map(([c, p]) => `${c} ${p}`).sort());
    expect(rows.filter((r) => !r.note.startsWith("Reported")).every((r) => /^Illustrative/.test(r.note))).toBe(true);
    expect(SAMPLE_NOTE).toMatch(/illustrative/i);
  });

  it("keeps the CIN audit's 73 of 93 cases", () => {
    expect(at("CIN_AUDIT", "2013-12")).toMatchObject({ numerator: 73, denominator: 93 });
  });

  it("follows the movements the late 2012 report describes", () => {
    expect(increasing(values("IA_OOT", "2012-06", "2012-10"))).toBe(true);
    expect(increasing(values("CA_OOT", "2012-07", "2012-09"))).toBe(true);
    expect(at("CA_OOT", "2012-09")?.value).toBe(78);
    expect(decreasing(values("CP_2YR", "2012-06", "2012-10"))).toBe(true);
    expect(Math.min(...values("CP_2YR", "2012-04", "2012-09"))).toBeLessThanOrEqual(7.3);
    expect(decreasing(values("CASELOAD", "2012-07", "2012-10"))).toBe(true);
    expect(at("PERM_POSTS", "2012-09")!.value - at("PERM_POSTS", "2012-08")!.value).toBeGreaterThan(3);
    expect(increasing(values("HEALTH_CHECKS", "2012-07", "2012-10"))).toBe(true);
    expect(at("DENTAL_CHECKS", "2012-10")!.value).toBeGreaterThan(at("DENTAL_CHECKS", "2012-09")!.value);
  });

  it("has one authority row a month, Feb 2011 to Mar 2017, for every monthly indicator", () => {
    const months: string[] = [];
    for (let m = monthIndex(2011, 2); m <= monthIndex(2017, 3); m++) months.push(monthKey(m));
    for (const indicator of DEFAULT_CATALOGUE.filter((i) => i.frequency !== "annual")) {
      expect(
        authority(indicator.code).map((r) => r.period),
        indicator.code,
      ).toEqual(months);
    }
  });

  it("has at most one row a year, always in the same month, for annual indicators", () => {
    for (const indicator of DEFAULT_CATALOGUE.filter((i) => i.frequency === "annual")) {
      const periods = authority(indicator.code).map((r) => r.period);
      expect(periods.length, indicator.code).toBeGreaterThan(0);
      expect(new Set(periods.map((p) => p.slice(5))).size, indicator.code).toBe(1);
      expect(new Set(periods.map((p) => p.slice(0, 4))).size, indicator.code).toBe(periods.length);
    }
    expect(authority("CP_RATE").map((r) => r.period)).toEqual(
      ["2011", "2012", "2013", "2014", "2015", "2016", "2017"].map((y) => `${y}-03`),
    );
  });

  it("uses only catalogue codes, readable months and readable extract dates after each month", () => {
    const codes = new Set(DEFAULT_CATALOGUE.map((i) => i.code));
    for (const r of rows) {
      expect(codes.has(r.code), r.code).toBe(true);
      expect(r.period).toMatch(/^\d{4}-\d{2}$/);
      const month = parseMonth(r.period)!;
      const asAt = parseDay(r.asAt);
      expect(asAt, `${r.code} ${r.period}`).toBe(r.asAt);
      // The 2017 inspection counts were taken on 6 March 2017, within their month.
      expect(parseMonth(asAt!)! >= month, `${r.code} ${r.period}`).toBe(true);
    }
    expect(at("UNALLOC28", "2011-02")?.asAt).toBe("2011-03-13");
    expect(at("UNALLOC28", "2011-03")?.asAt).toBe("2011-04-10");
  });

  it("splits the three backlog counts exactly between the areas of the month: East, Mid and West Kent, then four from Sep 2012", () => {
    const areaRows = rows.filter((r) => r.area !== null);
    expect(new Set(areaRows.map((r) => r.code))).toEqual(new Set(["UNALLOC28", "IA_OOT", "CA_OOT"]));
    expect(sampleAreasAt(monthIndex(2012, 8))).toEqual(["East Kent", "Mid Kent", "West Kent"]);
    expect(sampleAreasAt(monthIndex(2012, 9))).toHaveLength(4);
    const { register, issues } = readAreas({
      name: "Areas",
      sheet: "Areas",
      origin: { row: 1, column: 1 },
      source: "table",
      ...sampleAreaRows(),
    });
    expect(issues).toEqual([]);
    for (const total of rows.filter((r) => r.area === null && ["UNALLOC28", "IA_OOT", "CA_OOT"].includes(r.code))) {
      const parts = areaRows.filter((r) => r.code === total.code && r.period === total.period);
      const month = parseMonth(total.period)!;
      expect(parts.map((p) => p.area)).toEqual([...sampleAreasAt(month)]);
      // Every area row is an area of the sample's Areas table in that month.
      for (const p of parts) expect(register.at(p.area!, month)?.level, `${p.area} ${p.period}`).toBe("area");
      expect(
        parts.reduce((sum, p) => sum + p.value, 0),
        `${total.code} ${total.period}`,
      ).toBe(total.value);
    }
  });

  it.each(["NI59", "NI60"])("builds %s year to date from April, Value = Numerator / Denominator", (code) => {
    const series = authority(code);
    series.forEach((r, i) => {
      expect(Number.isInteger(r.numerator) && Number.isInteger(r.denominator), r.period).toBe(true);
      expect(r.value, r.period).toBe(Math.round((1000 * r.numerator!) / r.denominator!) / 10);
      const prev = series[i - 1];
      if (!prev) return;
      const newYear = financialYearOf(parseMonth(r.period)!) !== financialYearOf(parseMonth(prev.period)!);
      if (newYear) {
        expect(r.period.endsWith("-04"), r.period).toBe(true);
        expect(r.denominator!, r.period).toBeLessThan(prev.denominator!);
      } else {
        // A month adds assessments, and no more of them in time than were completed.
        const done = r.denominator! - prev.denominator!;
        const inTime = r.numerator! - prev.numerator!;
        expect(done, r.period).toBeGreaterThan(0);
        expect(inTime >= 0 && inTime <= done, r.period).toBe(true);
      }
    });
  });

  it("keeps counts whole and non-negative and percentages within 0–100", () => {
    for (const r of rows) {
      expect(Number.isFinite(r.value), `${r.code} ${r.period}`).toBe(true);
      const unit = unitOf(r.code);
      if (unit === "count") expect(Number.isInteger(r.value) && r.value >= 0, `${r.code} ${r.period}`).toBe(true);
      if (unit === "percent") expect(r.value >= 0 && r.value <= 100, `${r.code} ${r.period}`).toBe(true);
      expect(r.value, `${r.code} ${r.period}`).toBeGreaterThanOrEqual(0);
    }
    for (const r of authority("POSTS_FILLED"))
      expect(r.value).toBeGreaterThanOrEqual(at("PERM_POSTS", r.period)!.value);
  });

  it("moves gently month to month from mid 2012, once the backlog is cleared", () => {
    // Known, documented movements a jump check may rightly point out.
    const expected = new Set(["PERM_POSTS 2012-09", "QSW_VACANCY 2012-09"]);
    const median = (xs: number[]): number => {
      const s = [...xs].sort((a, b) => a - b);
      return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
    };
    const outliers: string[] = [];
    for (const indicator of DEFAULT_CATALOGUE.filter((i) => i.frequency !== "annual" && !i.yearToDate)) {
      const series = authority(indicator.code).filter((r) => r.period >= "2012-07");
      const changes = series.slice(1).map((r, i) => r.value - series[i]!.value);
      const mid = median(changes);
      const mad = Math.max(median(changes.map((c) => Math.abs(c - mid))), 0.1);
      changes.forEach((c, i) => {
        const key = `${indicator.code} ${series[i + 1]!.period}`;
        if (Math.abs(c - mid) / (1.4826 * mad) > 5 && !expected.has(key)) outliers.push(key);
      });
    }
    expect(outliers).toEqual([]);
  });

  it("is the same every time", () => {
    expect(sampleObservationRows()).toEqual(sample);
  });
});
