import { describe, expect, it } from "vitest";
import { monthIndex } from "../../src/domain/periods";
import type { TargetGap } from "../../src/domain/results";
import type { Target } from "../../src/domain/types";
import { computeResults } from "../../src/domain/gaps";
import { deadlineText, noticeReference, noticeTracker, trackerKey, type MeasureRow, type TrackerRow } from "../../src/report/tracker/noticeTracker";
import { monthly } from "../domain/gaps/fixtures";
import { targetStanding } from "../../src/report/tracker/targetVerdict";
import { OCT_2012, gapFor, indicator, target } from "./fixtures";
import { sampleOctober } from "./frameworkFixtures";

const FY = { from: monthIndex(2012, 4), to: monthIndex(2013, 3) };
const average = (over: Partial<Target> = {}): Target => target("statutory", 65, { kind: "period-average", ...FY, label: "average ≥ 65% over 2012-13", ...over });
const pct = indicator("PCT", { unit: "percent", polarity: "higher" });

describe("targetStanding", () => {
  const cases: { name: string; gap: TargetGap; hasValue?: boolean; verdict: string; ragText: string; detail: RegExp }[] = [
    { name: "a deadline passed and met", gap: gapFor(target("statutory", 200), { rag: "green", gap: 137 }), verdict: "met", ragText: "Green", detail: /^137 better against 200$/ },
    { name: "a deadline passed and missed", gap: gapFor(target("statutory", 100), { rag: "red", gap: -50 }), verdict: "not met", ragText: "Red", detail: /^50 short against 100$/ },
    { name: "amber is not met", gap: gapFor(target("statutory", 100), { rag: "amber", gap: -5 }), verdict: "not met", ragText: "Amber", detail: /^5 short against 100$/ },
    {
      name: "a deadline ahead with a forecast",
      gap: gapFor(target("statutory", 100, { from: monthIndex(2013, 3) }), {
        inForce: false,
        trajectory: { startMonth: 0, startValue: 150, targetMonth: monthIndex(2013, 3), pathValue: 120, ahead: true, monthlyChangeNeeded: -2, forecast: { value: 110, verdict: "at risk", monthsUsed: [] } },
      }),
      verdict: "at risk",
      ragText: "Not yet due",
      detail: /^due Mar 2013: forecast 110 by then; ahead of the straight path to it \(120 now\)$/,
    },
    {
      name: "a deadline ahead without enough figures to forecast",
      gap: gapFor(target("statutory", 100, { from: monthIndex(2013, 3) }), {
        inForce: false,
        trajectory: { startMonth: 0, startValue: 150, targetMonth: monthIndex(2013, 3), pathValue: 120, ahead: true, monthlyChangeNeeded: -2, noForecastReason: "fewer than 3 months of data" },
      }),
      verdict: "not yet due",
      ragText: "Not yet due",
      detail: /^due Mar 2013; no forecast: fewer than 3 months of data$/,
    },
    {
      name: "a period average part way, on course",
      gap: gapFor(average(), { rag: "green", gap: 2, average: { figure: 67, basis: "mean of months", mean: 67, monthsCounted: 7, monthsRemaining: 5, neededAverage: 62.2, reachable: true } }),
      verdict: "on track",
      ragText: "Green",
      detail: /^so far: 67\.0% \(mean of 7 months\) over Apr 2012 – Oct 2012 against 65\.0%; the remaining 5 months to Mar 2013 need 62\.2% on average$/,
    },
    {
      // Per the Notice the target is the year's figure: short so far is "not met" (the council: "not yet met"), not a forecast word.
      name: "a period figure part way, short",
      gap: gapFor(average(), { rag: "red", gap: -8, average: { figure: 57, basis: "mean of months", mean: 57, monthsCounted: 7, monthsRemaining: 5, neededAverage: 76.2, reachable: true } }),
      verdict: "not met",
      ragText: "Red",
      detail: /^not met so far: 57\.0% \(mean of 7 months\) over Apr 2012 – Oct 2012 against 65\.0%; the remaining 5 months to Mar 2013 need 76\.2% on average$/,
    },
    {
      name: "a period figure that can no longer be met",
      gap: gapFor(average(), { rag: "red", gap: -40, average: { figure: 25, basis: "pooled outturn", mean: 30, monthsCounted: 9, monthsRemaining: 3, numerator: 225, denominator: 900, neededAverage: 185, reachable: false } }),
      verdict: "not met",
      ragText: "Red",
      detail: /^not met so far: 25\.0% \(pooled outturn of 9 months: 225 of 900\) over Apr 2012 – Oct 2012 against 65\.0%; it can no longer be met: the remaining 3 months to Mar 2013 would need 185\.0%$/,
    },
    {
      name: "a period average in its last month",
      gap: gapFor(average(), { rag: "amber", gap: -1, average: { figure: 64, basis: "year-to-date", mean: 63, monthsCounted: 12, monthsRemaining: 0 } }),
      verdict: "not met",
      ragText: "Amber",
      detail: /^64\.0% \(year-to-date figure\) over Apr 2012 – Mar 2013 against 65\.0%; 1\.0 pp short$/,
    },
    {
      name: "a level nobody supplied",
      gap: gapFor(target("statutory", undefined, { kind: "maintain" }), { note: "no baseline level supplied" }),
      verdict: "n/a",
      ragText: "Not rated",
      detail: /^no baseline level supplied$/,
    },
    {
      name: "no figure for the month",
      gap: gapFor(target("statutory", 10), { note: "no figure for Oct 2012" }),
      hasValue: false,
      verdict: "n/a",
      ragText: "No value",
      detail: /^no figure for Oct 2012$/,
    },
  ];
  it.each(cases)("$name: $verdict", ({ gap, hasValue, verdict, ragText, detail }) => {
    const standing = targetStanding(gap.target.kind === "period-average" ? pct : indicator("X"), gap, hasValue ?? true, OCT_2012);
    expect(standing.verdict).toBe(verdict);
    expect(standing.ragText).toBe(ragText);
    expect(standing.detail).toMatch(detail);
  });

  it("gives the average for period-average targets only", () => {
    const g = gapFor(average(), { rag: "green", gap: 2, average: { figure: 67, basis: "mean of months", mean: 66, monthsCounted: 7, monthsRemaining: 5, neededAverage: 62 } });
    expect(targetStanding(pct, g, true).average).toBe(67);
    expect(targetStanding(indicator("X"), gapFor(target("statutory", 5), { rag: "green", gap: 1 }), true).average).toBeUndefined();
  });
});

describe("noticeTracker", () => {
  const ended = target("statutory", 65, { kind: "period-average", from: monthIndex(2012, 1), to: monthIndex(2012, 3), label: "65% over Jan–Mar 2012", source: "Improvement Notice target 7" });
  const later = target("statutory", 65, { kind: "period-average", from: monthIndex(2013, 4), to: monthIndex(2014, 3), label: "65% over 2013-14" });
  const internal = target("internal", 70);
  const ref = indicator("REF", { unit: "percent", polarity: "higher", targets: [internal, ended, later], baseline: { value: 46, month: monthIndex(2010, 3) } });
  // Jan–Mar 2012: 64, 66, 68, mean 66 (green against 65), then on to Oct 2012.
  const observations = monthly("REF", "2012-01", [64, 66, 68, 60, 61, 62, 63, 64, 65, 66]);
  // Computed inside each test, not while the file is collected, so mutation testing can tell which test covers what.
  const results = () => computeResults([ref], observations, { month: OCT_2012 });
  const measures = (rows: TrackerRow[]) => rows.filter((row): row is MeasureRow => row.kind === "measure");

  it("lists the statutory targets only, keyed by their place in the indicator's list", () => {
    const rows = measures(noticeTracker([ref], results(), OCT_2012));
    expect(rows.map((row) => trackerKey(row.code, row.index))).toEqual(["tracker:REF:1", "tracker:REF:2"]);
  });

  it("judges a period that has ended on its figure over the whole period", () => {
    const [row] = measures(noticeTracker([ref], results(), OCT_2012));
    expect(row!.standing).toMatchObject({ verdict: "met", rag: "green", average: 66 });
    expect(row!.standing.detail).toBe("66.0% (mean of 3 months) over Jan 2012 – Mar 2012 against 65.0%; 1.0 pp better");
    expect(row!).toMatchObject({ reference: "IN 7", deadline: "Jan 2012 – Mar 2012", baseline: { value: 46, month: monthIndex(2010, 3) }, latest: { value: 66, month: OCT_2012 } });
  });

  it("says a period still to start is not yet due", () => {
    const [, row] = measures(noticeTracker([ref], results(), OCT_2012));
    expect(row!.standing).toMatchObject({ verdict: "not yet due", rag: "none", ragText: "Not yet due" });
  });

  it("keeps an indicator with no figures, with no value and no verdict", () => {
    const none = indicator("NONE", { targets: [target("statutory", 5)] });
    const [row] = measures(noticeTracker([none], [], OCT_2012));
    expect(row!.latest).toBeUndefined();
    expect(row!.standing).toMatchObject({ verdict: "n/a", ragText: "No value" });
  });

  it("uses the whole authority's result, not an area's", () => {
    const r = results();
    const area = { ...r[0]!, area: "East Kent", series: [{ month: OCT_2012, value: 1 }] };
    const [row] = measures(noticeTracker([ref], [area, ...r], OCT_2012));
    expect(row!.latest!.value).toBe(66);
  });

  it("lists all sixteen Notice targets, in the Notice's order, whatever the catalogue holds", () => {
    const rows = noticeTracker([ref], results(), OCT_2012);
    // REF measures IN 7; every other Notice target gets its own row; the target that is not the Notice's comes last.
    expect(rows.map((row) => row.reference)).toEqual([...Array.from({ length: 16 }, (_, i) => `IN ${i + 1}`), undefined]);
    const in3 = rows.find((row) => row.reference === "IN 3")!;
    expect(in3.kind).toBe("qualitative");
    expect(in3.standing.detail).toMatch(/^no indicator in the catalogue measures this target/);
  });
  it.each([
    ["Improvement Notice target 16", "IN 16"],
    ["improvement notice target 3", "IN 3"],
    ["Internal target", "Internal target"],
    [undefined, undefined],
  ])("reads the source %s as %s", (source, reference) => {
    expect(noticeReference(source)).toBe(reference);
  });

  it.each([
    [target("statutory", 1, { from: monthIndex(2011, 8) }), "Aug 2011"],
    [average(), "Apr 2012 – Mar 2013"],
    [target("statutory", 1), "ongoing"],
    [target("statutory", undefined, { kind: "maintain" }), "ongoing"],
  ])("words the deadline of %j as %s", (t, text) => {
    expect(deadlineText(t)).toBe(text);
  });
});

describe("the Notice tracker on the sample, October 2012 (the late-2012 progress report)", () => {
  // Built inside each test, not once while the file is collected, so mutation testing can tell which test covers what.
  const tracker = () => {
    const { analysis, results } = sampleOctober();
    return { analysis, rows: noticeTracker(analysis.catalogue, results, OCT_2012, analysis.benchmarks, analysis.actions) };
  };
  const find = (code: string, label: RegExp) => tracker().rows.find((r): r is MeasureRow => r.kind === "measure" && r.code === code && label.test(r.target.label))!;

  it("has one row per statutory target in the catalogue, and one per qualitative Notice target", () => {
    const { analysis, rows } = tracker();
    const statutory = analysis.catalogue.flatMap((i) => i.targets.filter((t) => t.level === "statutory"));
    expect(rows.filter((r) => r.kind === "measure")).toHaveLength(statutory.length);
    expect(rows.filter((r) => r.kind === "qualitative").map((r) => r.reference)).toEqual(["IN 1", "IN 2", "IN 4", "IN 5", "IN 10", "IN 11", "IN 12", "IN 13"]);
    expect(new Set(rows.map((r) => trackerKey(r.code, r.index))).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.reference))).toEqual(new Set(Array.from({ length: 16 }, (_, i) => `IN ${i + 1}`)));
  });

  it("child protection plans of two years or more: 7.3%, not met against 6% over 2012-13 (mean of months: no counts)", () => {
    const cp = find("CP_2YR", /6%/);
    expect(cp.target.label).toBe("6% over 2012-13");
    expect(cp.latest!.value).toBe(7.3);
    expect(cp.standing).toMatchObject({ rag: "red", verdict: "not met", verdictText: "Not met" });
    expect(cp.standing.detail).toMatch(/^not met so far: 7\.7% \(mean of 7 months\) over Apr 2012 – Oct 2012 against 6\.0%/);
  });

  it("initial assessments out of timescale: 63, the Aug 2011 target of 200 met, but rising four months in a row", () => {
    const ia = find("IA_OOT", /200/);
    expect(ia.standing).toMatchObject({ rag: "green", verdict: "met", verdictText: "Met; rising 4 months in a row", atDeadline: "Met: 196 (Aug 2011)", drifting: true });
    expect(ia.standing.detail).toContain("thereafter minimising: not so — rising 4 months in a row since Jun 2012 (38 → 63)");
  });

  it("core assessments out of timescale: met now; missed at Aug 2011 (530)", () => {
    const ca = find("CA_OOT", /100/);
    expect(ca.standing).toMatchObject({ rag: "green", verdict: "met", verdictText: "Met now; missed at Aug 2011", atDeadline: "Missed: 530 (Aug 2011)" });
  });

  it.each([
    ["NI59", 59.1, 87.5],
    ["NI60", 50.9, 83.1],
  ])("%s: green against the Feb 2011 level, the first figure after the Notice was issued in Jan 2011", (code, base, latest) => {
    const row = find(code, /maintain/);
    expect(row.baseline).toEqual({ value: base, month: monthIndex(2011, 2) });
    expect(row.level).toBe(base);
    expect(row.latest!.value).toBe(latest);
    expect(row.standing).toMatchObject({ rag: "green", verdict: "met" });
    expect(row.standing.detail).toContain(`against at least the Feb 2011 level, ${base}%`);
  });

  it("a qualitative target shows the plan actions citing it and their state", () => {
    const { rows } = tracker();
    const in11 = rows.find((r) => r.reference === "IN 11")!;
    expect(in11.kind).toBe("qualitative");
    expect(in11.actions!.length).toBeGreaterThan(0);
    expect(in11.standing.detail).toMatch(/^\d+ plan actions?: /);
    for (const a of in11.actions!) expect(in11.standing.detail).toContain(a.ref);
  });

  it("the ended Jan–Mar 2012 referrals target is judged on its own months: met, 65.6% against 65%", () => {
    const ended = find("REF_TO_IA", /Jan–Mar 2012/);
    expect(ended.standing).toMatchObject({ rag: "green", ragText: "Green", verdict: "met", verdictText: "Met" });
    expect(ended.standing.average).toBeCloseTo(65.63, 2);
    expect(ended.standing.detail).toBe("65.6% (mean of 3 months) over Jan 2012 – Mar 2012 against 65.0%; 0.6 pp better");
  });
});
