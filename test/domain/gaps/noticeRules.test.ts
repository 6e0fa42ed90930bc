/**
 * The Notice's ways of stating a target, each judged as the Notice states it:
 * "at least maintain … when this Notice was issued", "to 6% over the period
 * 2012-13", "by August 2011 and thereafter minimising", and forecasts that
 * stay within what a count or a percentage can be.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOGUE } from "../../../src/domain/catalogue/defaultCatalogue";
import { NOTICE_ISSUED } from "../../../src/domain/catalogue/noticeTargets";
import { readCatalogue } from "../../../src/domain/catalogue/readCatalogue";
import { computeResults } from "../../../src/domain/gaps/computeResults";
import type { Target } from "../../../src/domain/types";
import { indicator, m, monthly, obs } from "./fixtures";

describe("at least maintain the level when the Notice was issued (Jan 2011)", () => {
  const maintain: Target = { kind: "maintain", level: "statutory", baseline: { month: NOTICE_ISSUED }, label: "at least maintain the level when the Notice was issued (Jan 2011)", source: "Improvement Notice target 6" };
  const ni59 = indicator("NI59", { unit: "percent", polarity: "higher", yearToDate: true, targets: [maintain] });

  it("takes the first figure after the issue month when there is none for it, and says which month", () => {
    const r = computeResults([ni59], monthly("NI59", "2011-02", [59.1, 59.6, 66.1]), { month: m("2011-04") })[0]!;
    expect(r.statutory).toMatchObject({ level: 59.1, baseline: { value: 59.1, month: m("2011-02"), source: "series" }, levelText: "at least the Feb 2011 level, 59.1%", rag: "green" });
    expect(r.ratedBy).toBe("statutory");
  });

  it("takes the issue month's own figure when there is one, not an earlier one", () => {
    const r = computeResults([ni59], monthly("NI59", "2010-12", [70, 60, 58]), { month: m("2011-02") })[0]!;
    expect(r.statutory).toMatchObject({ level: 60, levelText: "at least the Jan 2011 level, 60%", rag: "amber" });
  });

  it("a level typed as the Target replaces the series' figure and keeps the Notice's words", () => {
    const typed: Target = { ...maintain, value: 62, baseline: { value: 62, note: "typed in the Indicators table" } };
    const r = computeResults([{ ...ni59, targets: [typed] }], monthly("NI59", "2011-02", [59.1, 61]), { month: m("2011-03") })[0]!;
    expect(r.statutory).toMatchObject({ level: 62, levelText: "at least 62% (typed in the Indicators table)", target: { label: maintain.label } });
  });

  it("has nothing to rate before any figure from the issue month on, and says so", () => {
    const r = computeResults([ni59], monthly("NI59", "2010-10", [50, 51]), { month: m("2010-11") })[0]!;
    expect(r.statutory).toMatchObject({ rag: "none", note: "no figure from Jan 2011 on to take as the baseline" });
  });
});

describe("a period target judged on the period's own figure", () => {
  const fy = { from: m("2012-04"), to: m("2013-03") };
  const adopted = (t: Partial<Target> = {}) =>
    indicator("ADOPTED", { unit: "percent", polarity: "higher", targets: [{ kind: "period-average", level: "statutory", value: 13, ...fy, label: "13% over 2012-13", ...t }] });
  // Two months: 20% of 10 children, then 12.5% of 200. Mean 16.25% (met), pooled 27 / 210 = 12.9% (not met).
  const rows = [obs("ADOPTED", "2012-04", 20, { numerator: 2, denominator: 10 }), obs("ADOPTED", "2012-05", 12.5, { numerator: 25, denominator: 200 })];

  it("pools numerators over denominators when every month gives both: the verdict flips from the mean's", () => {
    const g = computeResults([adopted()], rows, { month: m("2012-05") })[0]!.statutory!;
    expect(g.average).toMatchObject({ basis: "pooled outturn", figure: 12.8571428571, mean: 16.25, numerator: 27, denominator: 210 });
    expect(g.judged).toBeCloseTo(12.857, 3);
    expect(g.rag).toBe("amber");
    // What the remaining ten months need, on the same basis: (13 × 12 − 12.857 × 2) / 10.
    expect(g.average!.neededAverage).toBeCloseTo(13.029, 3);
  });

  it("uses the mean of months where the Notice says 'an average of'", () => {
    const g = computeResults([adopted({ averageOfMonths: true })], rows, { month: m("2012-05") })[0]!.statutory!;
    expect(g.average).toMatchObject({ basis: "mean of months", figure: 16.25 });
    expect(g.rag).toBe("green");
  });

  it("uses the mean when a month has no counts", () => {
    const partial = [rows[0]!, obs("ADOPTED", "2012-05", 12.5)];
    expect(computeResults([adopted()], partial, { month: m("2012-05") })[0]!.statutory!.average!.basis).toBe("mean of months");
  });

  it("takes the latest figure of a year-to-date series: it already is the year so far", () => {
    const ytd = indicator("NI60", { unit: "percent", polarity: "higher", yearToDate: true, targets: [{ kind: "period-average", level: "statutory", value: 80, ...fy, label: "80% over 2012-13" }] });
    const g = computeResults([ytd], monthly("NI60", "2012-04", [70, 76, 79]), { month: m("2012-06") })[0]!.statutory!;
    expect(g.average).toMatchObject({ basis: "year-to-date", figure: 79, mean: 75 });
    expect(g.average!.neededAverage).toBeCloseTo((80 * 12 - 79 * 3) / 9, 9);
  });

  it("says when the remaining months cannot reach the target", () => {
    const low = monthly("ADOPTED", "2012-04", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const g = computeResults([adopted({ averageOfMonths: true })], low, { month: m("2013-02") })[0]!.statutory!;
    expect(g.average).toMatchObject({ monthsRemaining: 1, reachable: false });
    expect(g.average!.neededAverage).toBe(145);
  });

  it("judges a period that has ended over the whole period", () => {
    const year = monthly("ADOPTED", "2012-04", Array.from({ length: 13 }, (_, i) => (i < 12 ? 14 : 2)));
    const r = computeResults([adopted()], year, { month: m("2013-04") })[0]!;
    expect(r.gaps).toEqual([]);
    expect(r.ended![0]).toMatchObject({ judged: 14, rag: "green", average: { monthsCounted: 12, monthsRemaining: 0 } });
  });
});

describe("a deadline kept beside the position now", () => {
  const ca = indicator("CA_OOT", { targets: [{ kind: "by-date", level: "statutory", value: 100, from: m("2011-08"), thereafter: "minimise", label: "≤ 100 by Aug 2011" }] });

  it("missed at the deadline, met later: both are kept", () => {
    const r = computeResults([ca], monthly("CA_OOT", "2011-07", [754, 530, 380, 90]), { month: m("2011-10") })[0]!;
    expect(r.statutory).toMatchObject({ rag: "green", atDeadline: { month: m("2011-08"), value: 530, met: false, rag: "red", gap: -430 } });
  });

  it("no figure at the deadline is said, not guessed", () => {
    const r = computeResults([ca], monthly("CA_OOT", "2011-07", [754, undefined, 380, 90]), { month: m("2011-10") })[0]!;
    expect(r.statutory!.atDeadline).toEqual({ month: m("2011-08"), rag: "none" });
  });

  it("a deadline still ahead has no verdict at the deadline yet", () => {
    const r = computeResults([ca], monthly("CA_OOT", "2011-05", [1328, 993]), { month: m("2011-06") })[0]!;
    expect(r.statutory!.atDeadline).toBeUndefined();
  });
});

describe("and thereafter minimising", () => {
  const ia = indicator("IA_OOT", { targets: [{ kind: "by-date", level: "statutory", value: 200, from: m("2011-08"), thereafter: "minimise", label: "≤ 200 by Aug 2011" }] });

  it("a met target rising four months in a row is not being minimised, though the trend since the deadline falls", () => {
    const values = [196, 150, 120, 90, 60, 45, 38, 44, 50, 57, 63];
    const r = computeResults([ia], monthly("IA_OOT", "2011-08", values), { month: m("2012-06") })[0]!;
    expect(r.statutory).toMatchObject({ rag: "green", minimising: { since: m("2011-08"), rises: 4, risingFrom: { month: m("2012-02"), value: 38 }, minimising: false, atFloor: false } });
    expect(r.statutory!.minimising!.trendPerMonth).toBeLessThan(0);
  });

  it("two rises after a long fall still count as minimising", () => {
    const r = computeResults([ia], monthly("IA_OOT", "2011-08", [196, 150, 120, 125, 130]), { month: m("2011-12") })[0]!;
    expect(r.statutory!.minimising).toMatchObject({ rises: 2, minimising: true });
  });

  it("a count held at zero is minimised", () => {
    const r = computeResults([ia], monthly("IA_OOT", "2011-08", [190, 0, 0, 0]), { month: m("2011-11") })[0]!;
    expect(r.statutory!.minimising).toMatchObject({ atFloor: true, minimising: true, rises: 0 });
  });

  it("a trend rising since the deadline is not minimising, even with no run of rises", () => {
    const r = computeResults([ia], monthly("IA_OOT", "2011-08", [100, 120, 160, 150]), { month: m("2011-11") })[0]!;
    expect(r.statutory!.minimising).toMatchObject({ rises: 0, minimising: false });
  });
});

describe("forecasts that can happen", () => {
  const unalloc = indicator("UNALLOC28", { targets: [{ kind: "by-date", level: "statutory", value: 200, from: m("2011-08"), label: "≤ 200 by Aug 2011" }] });

  it("a count forecast that would go negative is held at zero, whole, with the month the trend reaches zero", () => {
    // The sample's February to May 2011: the straight line reaches below −1,000 by August.
    const r = computeResults([unalloc], monthly("UNALLOC28", "2011-02", [2269, 1648, 973, 715]), { month: m("2011-05") })[0]!;
    const forecast = r.statutory!.trajectory!.forecast!;
    expect(forecast).toMatchObject({ value: 0, verdict: "on track", reaches: { value: 0, month: m("2011-07") } });
    expect(Number.isInteger(r.statutory!.trajectory!.pathValue)).toBe(true);
  });

  it("a percentage forecast stays within 0–100", () => {
    const pct = indicator("HEALTH", { unit: "percent", polarity: "higher", targets: [{ kind: "by-date", level: "statutory", value: 85, from: m("2012-03"), label: "≥ 85% by Mar 2012" }] });
    const r = computeResults([pct], monthly("HEALTH", "2011-02", [60, 75, 90]), { month: m("2011-04") })[0]!;
    expect(r.statutory!.trajectory!.forecast).toMatchObject({ value: 100, reaches: { value: 100 } });
  });

  it("a count forecast inside the range is a whole number", () => {
    const r = computeResults([unalloc], monthly("UNALLOC28", "2011-02", [2269, 2100, 2000, 1901]), { month: m("2011-05") })[0]!;
    expect(Number.isInteger(r.statutory!.trajectory!.forecast!.value)).toBe(true);
    expect(r.statutory!.trajectory!.forecast!.reaches).toBeUndefined();
  });
});

describe("gaps name their target", () => {
  const ia = indicator("IA_OOT", {
    targets: [
      { kind: "by-date", level: "statutory", value: 200, from: m("2011-08"), label: "≤ 200 by Aug 2011", source: "Improvement Notice target 3" },
      { kind: "by-date", level: "internal", value: 100, label: "≤ 100" },
    ],
  });

  it("before the Notice's deadline the headline is the internal target's, and says so", () => {
    const r = computeResults([ia], monthly("IA_OOT", "2011-04", [856, 610]), { month: m("2011-05") })[0]!;
    expect(r.ratedBy).toBe("internal");
    expect(r.internal).toMatchObject({ name: "internal", title: "internal target", gap: -510, rag: "red" });
    expect(r.statutory).toMatchObject({ name: "statutory", title: "Notice target", inForce: false });
  });

  it("after it, the Notice's target rates the headline and both gaps stand", () => {
    const r = computeResults([ia], monthly("IA_OOT", "2012-09", [57, 63]), { month: m("2012-10") })[0]!;
    expect(r.ratedBy).toBe("statutory");
    expect([r.statutory!.gap, r.internal!.gap]).toEqual([137, 37]);
  });

  it("a statistical neighbour target is named benchmark", () => {
    const rate = indicator("IA_RATE", { unit: "rate", polarity: "higher", targets: [{ kind: "benchmark", level: "statutory", benchmark: "statistical neighbour average", label: "in line" }] });
    const r = computeResults([rate], monthly("IA_RATE", "2012-10", [387]), { benchmarks: new Map([["IA_RATE", { value: 400 }]]) })[0]!;
    expect(r.statutory).toMatchObject({ name: "benchmark", title: "statistical neighbour average", level: 400 });
    expect(r.ratedBy).toBe("benchmark");
  });
});

describe("a baseline typed in the Indicators table", () => {
  const headers = ["Code", "Indicator", "Unit", "Polarity", "Target"];
  const table = (target: number | null) => ({
    name: "Indicators",
    sheet: "Indicators",
    origin: { row: 1, column: 1 },
    headers,
    rows: [["NI59", "% IAs within 7 days", "percent", "higher", target]],
    source: "table" as const,
  });

  it("fills in the Notice's maintain target: rated against it, in the Notice's words", () => {
    const { catalogue, issues } = readCatalogue(table(62), DEFAULT_CATALOGUE);
    expect(issues).toEqual([]);
    const [t] = catalogue[0]!.targets;
    expect(t).toMatchObject({ kind: "maintain", value: 62, label: "at least maintain the level when the Notice was issued (Jan 2011)", source: "Improvement Notice target 6" });
    const r = computeResults(catalogue, monthly("NI59", "2011-02", [59.1, 61]), { month: m("2011-03") })[0]!;
    expect(r.statutory).toMatchObject({ level: 62, rag: "amber", baseline: { source: "typed" } });
  });

  it("left blank, the baseline comes from the figures", () => {
    const { catalogue } = readCatalogue(table(null), DEFAULT_CATALOGUE);
    const r = computeResults(catalogue, monthly("NI59", "2011-02", [59.1, 61]), { month: m("2011-03") })[0]!;
    expect(r.statutory).toMatchObject({ level: 59.1, rag: "green", baseline: { source: "series", month: m("2011-02") } });
  });
});
