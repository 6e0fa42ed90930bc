import { describe, expect, it } from "vitest";
import { monthIndex } from "../../src/domain/periods";
import type { TargetGap } from "../../src/domain/results";
import type { Target } from "../../src/domain/types";
import { deadlineText, noticeReference, noticeTracker, trackerKey } from "../../src/report/noticeTracker";
import { targetStanding } from "../../src/report/targetVerdict";
import { OCT_2012, gapFor, indicator, result, target } from "./fixtures";
import { sampleOctober } from "./frameworkFixtures";

const FY = { from: monthIndex(2012, 4), to: monthIndex(2013, 3) };
const average = (over: Partial<Target> = {}): Target => target("statutory", 65, { kind: "period-average", ...FY, label: "average ≥ 65% over 2012-13", ...over });
const pct = indicator("PCT", { unit: "percent", polarity: "higher" });

describe("targetStanding", () => {
  const cases: { name: string; gap: TargetGap; hasValue?: boolean; verdict: string; ragText: string; detail: RegExp }[] = [
    { name: "a deadline passed and met", gap: gapFor(target("statutory", 200), { rag: "green", gap: 137 }), verdict: "met", ragText: "Green", detail: /^137 better against 200$/ },
    { name: "a deadline passed and missed", gap: gapFor(target("statutory", 100), { rag: "red", gap: -50 }), verdict: "not met", ragText: "Red", detail: /^50 short against 100$/ },
    { name: "amber is not met", gap: gapFor(target("statutory", 100), { rag: "amber", gap: -5 }), verdict: "not met", ragText: "Amber", detail: /5 short/ },
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
      detail: /no forecast: fewer than 3 months of data/,
    },
    {
      name: "a period average part way, on course",
      gap: gapFor(average(), { rag: "green", gap: 2, average: { mean: 67, monthsCounted: 7, monthsRemaining: 5, neededAverage: 62.2 } }),
      verdict: "on track",
      ragText: "Green",
      detail: /7 months so far; the remaining months need to average 62\.2% to Mar 2013/,
    },
    {
      name: "a period average part way, short",
      gap: gapFor(average(), { rag: "red", gap: -8, average: { mean: 57, monthsCounted: 7, monthsRemaining: 5, neededAverage: 76.2 } }),
      verdict: "off track",
      ragText: "Red",
      detail: /76\.2%/,
    },
    {
      name: "a period average in its last month",
      gap: gapFor(average(), { rag: "amber", gap: -1, average: { mean: 64, monthsCounted: 12, monthsRemaining: 0 } }),
      verdict: "not met",
      ragText: "Amber",
      detail: /^average over 12 months; 1\.0 pp short$/,
    },
    {
      name: "a level nobody supplied",
      gap: { target: target("statutory", undefined, { kind: "maintain" }), rag: "none", note: "no baseline level supplied" },
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
      detail: /no figure for Oct 2012/,
    },
  ];
  it.each(cases)("$name: $verdict", ({ gap, hasValue, verdict, ragText, detail }) => {
    const standing = targetStanding(gap.target.kind === "period-average" ? pct : indicator("X"), gap, hasValue ?? true);
    expect(standing.verdict).toBe(verdict);
    expect(standing.ragText).toBe(ragText);
    expect(standing.detail).toMatch(detail);
  });

  it("gives the average for period-average targets only", () => {
    const g = gapFor(average(), { rag: "green", gap: 2, average: { mean: 67, monthsCounted: 7, monthsRemaining: 5, neededAverage: 62 } });
    expect(targetStanding(pct, g, true).average).toBe(67);
    expect(targetStanding(indicator("X"), gapFor(target("statutory", 5), { rag: "green", gap: 1 }), true).average).toBeUndefined();
  });
});

describe("noticeTracker", () => {
  const ended = target("statutory", 65, { kind: "period-average", from: monthIndex(2012, 1), to: monthIndex(2012, 3), label: "65% over Jan–Mar 2012", source: "Improvement Notice target 7" });
  const later = target("statutory", 65, { kind: "period-average", from: monthIndex(2013, 4), to: monthIndex(2014, 3), label: "65% over 2013-14" });
  const internal = target("internal", 70);
  const ref = indicator("REF", { unit: "percent", polarity: "higher", targets: [internal, ended, later], baseline: { value: 46, month: monthIndex(2010, 3) } });
  // Jan–Mar 2012 average 66 (green against 65); the engine leaves both period averages out in Oct 2012.
  const r = { ...result(ref, { values: [64, 66, 68, 60, 61, 62, 63, 64, 65, 66] }), gaps: [] };

  it("lists the statutory targets only, keyed by their place in the indicator's list", () => {
    const rows = noticeTracker([ref], [r], OCT_2012);
    expect(rows.map((row) => trackerKey(row.code, row.index))).toEqual(["tracker:REF:1", "tracker:REF:2"]);
  });

  it("judges a period that has ended on its mean over the whole period", () => {
    const [row] = noticeTracker([ref], [r], OCT_2012);
    expect(row!.standing).toMatchObject({ verdict: "met", rag: "green", average: 66 });
    expect(row!).toMatchObject({ reference: "IN 7", deadline: "Jan 2012 – Mar 2012", baseline: { value: 46, month: monthIndex(2010, 3) }, latest: { value: 66, month: OCT_2012 } });
  });

  it("says a period still to start is not yet due", () => {
    const [, row] = noticeTracker([ref], [r], OCT_2012);
    expect(row!.standing).toMatchObject({ verdict: "not yet due", rag: "none", ragText: "Not yet due" });
  });

  it("keeps an indicator with no figures, with no value and no verdict", () => {
    const none = indicator("NONE", { targets: [target("statutory", 5)] });
    const [row] = noticeTracker([none], [], OCT_2012);
    expect(row!.latest).toBeUndefined();
    expect(row!.standing).toMatchObject({ verdict: "n/a", ragText: "No value" });
  });

  it("uses the whole authority's result, not an area's", () => {
    const area = { ...r, area: "East Kent", series: [{ month: OCT_2012, value: 1 }] };
    const [row] = noticeTracker([ref], [area, r], OCT_2012);
    expect(row!.latest!.value).toBe(66);
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
  const { analysis, results } = sampleOctober();
  const rows = noticeTracker(analysis.catalogue, results, OCT_2012, analysis.benchmarks);
  const find = (code: string, label: RegExp) => rows.find((r) => r.code === code && label.test(r.target.label))!;

  it("has one row per statutory target in the catalogue", () => {
    const statutory = analysis.catalogue.flatMap((i) => i.targets.filter((t) => t.level === "statutory"));
    expect(rows).toHaveLength(statutory.length);
    expect(new Set(rows.map((r) => trackerKey(r.code, r.index))).size).toBe(rows.length);
  });

  it("child protection plans of two years or more: 7.3%, off track against an average of 6% over 2012-13", () => {
    const cp = find("CP_2YR", /6%/);
    expect(cp.latest!.value).toBe(7.3);
    expect(cp.standing).toMatchObject({ rag: "red", verdict: "off track" });
  });

  it("initial assessments out of timescale: 63, the Aug 2011 target of 200 met", () => {
    expect(find("IA_OOT", /200/).standing).toMatchObject({ rag: "green", verdict: "met" });
  });

  it("the ended Jan–Mar 2012 referrals target is judged on its own months", () => {
    const ended = find("REF_TO_IA", /Jan–Mar 2012/);
    expect(ended.standing.verdict).toMatch(/^(met|not met)$/);
    expect(ended.standing.average).toBeDefined();
  });
});
