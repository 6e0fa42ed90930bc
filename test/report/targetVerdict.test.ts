/**
 * What the Notice tracker says of a target, from the engine's own output
 * (computeResults), and the wording of each part of a standing.
 */
import { describe, expect, it } from "vitest";
import { computeResults } from "../../src/domain/gaps";
import { monthIndex } from "../../src/domain/periods";
import type { Minimising } from "../../src/domain/results";
import type { Indicator, Observation, Target } from "../../src/domain/types";
import { noticeTracker, type MeasureRow } from "../../src/report/tracker/noticeTracker";
import { atDeadlineText, basisText, capitalised, minimisingText, noDataStanding, notStartedStanding, standingRagText, targetStanding } from "../../src/report/tracker/targetVerdict";
import { m, monthly } from "../domain/gaps/fixtures";
import { AUG_2011, OCT_2012, gapFor, indicator, target } from "./fixtures";

// Another indicator has a figure for every month, so the reporting month exists even when the one under test has none.
const other: Indicator = { code: "NI59", name: "IAs within 7 days", unit: "percent", polarity: "higher", dashboard: true, targets: [] };

/** The engine's results for `ind` and the tracker's rows for its Notice targets at `month`. */
function tracker(ind: Indicator, obs: Observation[], month: string) {
  const all = [...obs, ...monthly("NI59", "2011-01", Array.from({ length: 30 }, () => 80))];
  const results = computeResults([ind, other], all, { month: m(month) }).filter((r) => r.code === ind.code);
  const rows = noticeTracker([ind, other], results, m(month)).filter((r): r is MeasureRow => r.kind === "measure" && r.code === ind.code);
  return { gap: results[0]!.gaps[0]!, standing: rows[0]!.standing };
}

const period = (value: number, from: string, to: string, label: string): Target => ({ kind: "period-average", level: "statutory", value, from: m(from), to: m(to), label });
const byDate = (value: number, from: string, label: string): Target => ({ kind: "by-date", level: "statutory", value, from: m(from), label });
const cp2yr = (t: Target): Indicator => ({ code: "CP_2YR", name: "CP plans lasting 2 years or more", unit: "percent", polarity: "lower", dashboard: true, targets: [t] });
const refToIa = (t: Target): Indicator => ({ code: "REF_TO_IA", name: "Referrals going on to IA", unit: "percent", polarity: "higher", dashboard: true, targets: [t] });
const iaOot = (t: Target): Indicator => ({ code: "IA_OOT", name: "IAs out of timescale", unit: "count", polarity: "lower", dashboard: true, targets: [t] });

describe("the tracker on the engine's judgement", () => {
  it("a period target whose reporting-month figure is missing shows no colour from the older months", () => {
    const { gap, standing } = tracker(cp2yr(period(6, "2012-04", "2013-03", "6% over 2012-13")), monthly("CP_2YR", "2012-04", [8, 7.9, 7.7, 7.6, 7.5, 7.4, null]), "2012-10");
    expect(gap.rag).toBe("none");
    expect(standing).toMatchObject({ rag: "none", ragText: "No value", verdict: "n/a", verdictText: "n/a" });
    expect(standing.detail).toBe(
      "so far: 7.7% (mean of 6 months) over Apr 2012 – Oct 2012 against 6.0%; the remaining 5 months to Mar 2013 need 4.0% on average; no figure for Oct 2012",
    );
  });

  it("a period target is judged in the first month of its period", () => {
    const { standing } = tracker(refToIa(period(65, "2012-01", "2012-03", "65% over Jan–Mar 2012")), monthly("REF_TO_IA", "2011-12", [60, 70]), "2012-01");
    expect(standing).toMatchObject({ rag: "green", ragText: "Green", verdict: "on track", verdictText: "On track", average: 70 });
    expect(standing.detail).toBe("so far: 70.0% (mean of 1 month) in Jan 2012 against 65.0%; the remaining 2 months to Mar 2012 need 62.5% on average");
  });

  it("a period target is judged on its whole period in its last month", () => {
    const { standing } = tracker(refToIa(period(65, "2012-01", "2012-03", "65% over Jan–Mar 2012")), monthly("REF_TO_IA", "2011-12", [60, 70, 62, 64]), "2012-03");
    expect(standing).toMatchObject({ rag: "green", verdict: "met", verdictText: "Met" });
    expect(standing.detail).toBe("65.3% (mean of 3 months) over Jan 2012 – Mar 2012 against 65.0%; 0.3 pp better");
  });

  it("a dated target carries no period figure", () => {
    const { gap, standing } = tracker(iaOot(byDate(200, "2011-08", "≤ 200 by Aug 2011")), monthly("IA_OOT", "2011-07", [250, 196, 150]), "2011-09");
    expect(gap.average).toBeUndefined();
    expect(standing).toEqual({ rag: "green", ragText: "Green", verdict: "met", verdictText: "Met", detail: "50 better against 200", atDeadline: "Met: 196 (Aug 2011)" });
  });

  it("a maintain target carries no period figure", () => {
    const maintain: Target = { kind: "maintain", level: "statutory", value: 87.5, label: "at least maintain 87.5%" };
    const { gap, standing } = tracker({ ...other, code: "NI60", targets: [maintain] }, monthly("NI60", "2012-07", [86, 88]), "2012-08");
    expect(gap.average).toBeUndefined();
    expect(standing).toEqual({ rag: "green", ragText: "Green", verdict: "met", verdictText: "Met", detail: "0.5 pp better against at least the level, 87.5%" });
  });

  it("a deadline still ahead gets no forecast from a missing figure", () => {
    const { gap, standing } = tracker(iaOot(byDate(100, "2013-03", "≤ 100 by Mar 2013")), monthly("IA_OOT", "2012-07", [150, 140, 130, null]), "2012-10");
    expect(gap.trajectory).toBeUndefined();
    expect(standing).toEqual({ rag: "none", ragText: "Not yet due", verdict: "not yet due", verdictText: "Not yet due", detail: "due Mar 2013; no forecast: no figure for the reporting month" });
  });

  it("a deadline still ahead with figures gets the forecast's verdict", () => {
    const { standing } = tracker(iaOot(byDate(100, "2013-03", "≤ 100 by Mar 2013")), monthly("IA_OOT", "2012-07", [150, 140, 130, 125]), "2012-10");
    expect(standing).toEqual({
      rag: "none",
      ragText: "Not yet due",
      verdict: "on track",
      verdictText: "On track",
      detail: "due Mar 2013: forecast 81 by then; ahead of the straight path to it (131 now)",
    });
  });

  it("a target in force with no figure for the month says No value, not Not yet due", () => {
    const { gap, standing } = tracker(iaOot(byDate(200, "2011-08", "≤ 200 by Aug 2011")), monthly("IA_OOT", "2012-07", [150, 140, 130, null]), "2012-10");
    expect(gap.inForce).toBe(true);
    expect(standing).toEqual({ rag: "none", ragText: "No value", verdict: "n/a", verdictText: "n/a", detail: "no figure for Oct 2012", atDeadline: "No figure for Aug 2011" });
  });
});

describe("the wording of a standing", () => {
  const count = indicator("IA_OOT");
  const pct = indicator("PCT", { unit: "percent", polarity: "higher" });
  const dated = target("statutory", 200, { from: AUG_2011 });

  it("capitalises a verdict but leaves n/a as it is", () => {
    expect(capitalised("not yet due")).toBe("Not yet due");
    expect(capitalised("n/a")).toBe("n/a");
  });

  it("gives the RAG cell's word, or why there is none", () => {
    expect(standingRagText(gapFor(dated, { rag: "amber" }), true)).toBe("Amber");
    expect(standingRagText(gapFor(dated, { inForce: false }), true)).toBe("Not yet due");
    expect(standingRagText(gapFor(target("statutory", undefined, { kind: "maintain" })), true)).toBe("Not rated");
    expect(standingRagText(gapFor(target("statutory", undefined, { kind: "maintain" })), false)).toBe("Not rated");
    expect(standingRagText(gapFor(dated), true)).toBe("Not rated");
    expect(standingRagText(gapFor(dated), false)).toBe("No value");
  });

  it("words the basis of a period figure", () => {
    const a = { figure: 25, mean: 25, monthsRemaining: 0 };
    expect(basisText({ ...a, basis: "pooled outturn", monthsCounted: 1, numerator: 1234, denominator: 5000 })).toBe("pooled outturn of 1 month: 1,234 of 5,000");
    expect(basisText({ ...a, basis: "year-to-date", monthsCounted: 7 })).toBe("year-to-date figure");
    expect(basisText({ ...a, basis: "mean of months", monthsCounted: 2 })).toBe("mean of 2 months");
  });

  it("words the verdict at the deadline, with the month of the figure that stood for it", () => {
    expect(atDeadlineText("count", { month: AUG_2011, rag: "none" })).toBe("No figure for Aug 2011");
    expect(atDeadlineText("count", { month: AUG_2011, value: 530, met: false, rag: "red", gap: -430 })).toBe("Missed: 530 (Aug 2011)");
    expect(atDeadlineText("pp", { month: AUG_2011, value: 31, valueMonth: monthIndex(2011, 7), met: true, rag: "green", gap: 3 })).toBe("Met: 31.0 pp (Jul 2011)");
  });

  describe("thereafter minimising", () => {
    const base: Minimising = { since: AUG_2011, trendPerMonth: -9.04, rises: 0, atFloor: false, minimising: true };
    it.each<[string, Partial<Minimising>, number | undefined, string]>([
      ["at zero", { atFloor: true, trendPerMonth: 0 }, 0, "thereafter minimising: at 0"],
      ["falling", {}, 63, "thereafter minimising: falling since Aug 2011 (9.0 a month)"],
      ["level", { trendPerMonth: 0 }, 63, "thereafter minimising: level since Aug 2011"],
      [
        "rising one month, still minimising",
        { rises: 1, risingFrom: { month: monthIndex(2012, 9), value: 60 } },
        63,
        "thereafter minimising: rising 1 month in a row since Sep 2012 (60 → 63); falling since Aug 2011 (9.0 a month)",
      ],
      [
        "rising four months, not minimising",
        { trendPerMonth: 2.5, rises: 4, minimising: false, risingFrom: { month: monthIndex(2012, 6), value: 38 } },
        63,
        "thereafter minimising: not so — rising 4 months in a row since Jun 2012 (38 → 63); rising since Aug 2011 (2.5 a month)",
      ],
      ["rising with no figure now", { rises: 2, minimising: false, risingFrom: { month: monthIndex(2012, 6), value: 38 } }, undefined, "thereafter minimising: not so — rising 2 months in a row; falling since Aug 2011 (9.0 a month)"],
    ])("%s", (_name, over, latest, text) => {
      expect(minimisingText("count", { ...base, ...over }, latest)).toBe(text);
    });
  });

  it("a met target no longer minimised: a warning beside the verdict", () => {
    const minimising: Minimising = { since: AUG_2011, trendPerMonth: 1, rises: 4, atFloor: false, minimising: false, risingFrom: { month: monthIndex(2012, 6), value: 38 } };
    const s = targetStanding(count, gapFor(dated, { rag: "green", gap: 137, judged: 63, minimising }), true, OCT_2012);
    expect(s).toMatchObject({ verdict: "met", verdictText: "Met; rising 4 months in a row", drifting: true });
  });

  it("a met target still being minimised: the trend in the detail, no warning", () => {
    const minimising: Minimising = { since: AUG_2011, trendPerMonth: -9.04, rises: 0, atFloor: false, minimising: true };
    const s = targetStanding(count, gapFor(dated, { rag: "green", gap: 137, judged: 63, minimising }), true, OCT_2012);
    expect(s).toEqual({
      rag: "green",
      ragText: "Green",
      verdict: "met",
      verdictText: "Met",
      detail: "137 better against 200; thereafter minimising: falling since Aug 2011 (9.0 a month)",
    });
  });

  it("rising two months in a row is said as such", () => {
    const minimising: Minimising = { since: AUG_2011, trendPerMonth: 1, rises: 2, atFloor: false, minimising: false };
    const s = targetStanding(count, gapFor(dated, { rag: "green", gap: 137, judged: 63, minimising }), true, OCT_2012);
    expect(s.verdictText).toBe("Met; rising 2 months in a row");
  });

  it("a target not met and not falling: no drift warning, the verdict says so", () => {
    const minimising: Minimising = { since: AUG_2011, trendPerMonth: 1, rises: 1, atFloor: false, minimising: false };
    const s = targetStanding(count, gapFor(dated, { rag: "red", gap: -30, judged: 230, minimising }), true, OCT_2012);
    expect(s.verdictText).toBe("Not met; not falling");
    expect(s.drifting).toBeUndefined();
  });

  it("a verdict now that differs from the verdict at the deadline says both", () => {
    const metThen = { month: AUG_2011, value: 196, met: true, rag: "green" as const, gap: 4 };
    const s = targetStanding(count, gapFor(dated, { rag: "red", gap: -30, judged: 230, atDeadline: metThen }), true, OCT_2012);
    expect(s).toMatchObject({ verdict: "not met", verdictText: "Not met now; met at Aug 2011", atDeadline: "Met: 196 (Aug 2011)" });
    const same = targetStanding(count, gapFor(dated, { rag: "green", gap: 30, judged: 170, atDeadline: metThen }), true, OCT_2012);
    expect(same.verdictText).toBe("Met");
    const missedThen = { month: AUG_2011, value: 530, met: false, rag: "red" as const, gap: -430 };
    expect(targetStanding(count, gapFor(dated, { rag: "green", gap: 30, judged: 170, atDeadline: missedThen }), true, OCT_2012).verdictText).toBe("Met now; missed at Aug 2011");
    // No figure now: no verdict now to set beside the deadline's.
    expect(targetStanding(count, gapFor(dated, { rag: "none", note: "no figure for Oct 2012", atDeadline: metThen }), false, OCT_2012).verdictText).toBe("n/a");
    const noFigureThen = targetStanding(count, gapFor(dated, { rag: "green", gap: 30, judged: 170, atDeadline: { month: AUG_2011, rag: "none" } }), true, OCT_2012);
    expect(noFigureThen.verdictText).toBe("Met");
  });

  it("the detail: the gap against the level, the level in words, and any note", () => {
    expect(targetStanding(count, gapFor(dated, { rag: "red", gap: -30, note: "as at 13/03/11" }), true, OCT_2012).detail).toBe("30 short against 200; as at 13/03/11");
    expect(targetStanding(pct, gapFor(target("statutory", 59.1, { kind: "maintain" }), { rag: "green", gap: 2, levelText: "at least the Feb 2011 level, 59.1%" }), true).detail).toBe(
      "2.0 pp better against at least the Feb 2011 level, 59.1%",
    );
    expect(targetStanding(count, gapFor(dated, { rag: "none" }), true, OCT_2012).detail).toBe("");
    expect(targetStanding(count, gapFor(dated, { rag: "none" }), false, OCT_2012).detail).toBe("no figure for the reporting month");
  });

  it("a deadline ahead: the trend's reach and a path behind", () => {
    const ahead = target("statutory", 100, { from: monthIndex(2013, 3) });
    const trajectory = {
      startMonth: monthIndex(2012, 7),
      startValue: 150,
      targetMonth: monthIndex(2013, 3),
      pathValue: 120,
      ahead: false,
      monthlyChangeNeeded: -5,
      forecast: { value: 0, verdict: "on track" as const, monthsUsed: [], reaches: { value: 0, month: monthIndex(2013, 1) } },
    };
    expect(targetStanding(count, gapFor(ahead, { inForce: false, trajectory }), true).detail).toBe(
      "due Mar 2013: forecast 0 by then (the trend reaches 0 by Jan 2013); behind the straight path to it (120 now)",
    );
    expect(targetStanding(count, gapFor(ahead, { inForce: false }), true).detail).toBe("due Mar 2013");
  });

  it("a period figure part way that is amber is not met so far; one with no RAG is n/a", () => {
    const avg = target("statutory", 65, { kind: "period-average", from: monthIndex(2012, 4), to: monthIndex(2013, 3) });
    const average = { figure: 64, basis: "mean of months" as const, mean: 64, monthsCounted: 7, monthsRemaining: 1, neededAverage: 72 };
    const amber = targetStanding(pct, gapFor(avg, { rag: "amber", gap: -1, average }), true, OCT_2012);
    expect(amber).toMatchObject({ verdict: "not met", verdictText: "Not met" });
    expect(amber.detail).toBe("not met so far: 64.0% (mean of 7 months) over Apr 2012 – Oct 2012 against 65.0%; the remaining 1 month to Mar 2013 need 72.0% on average");
    const pooled = targetStanding(pct, gapFor(avg, { rag: "green", gap: 1, average: { ...average, figure: 66, basis: "pooled outturn", numerator: 66, denominator: 100 } }), true, OCT_2012);
    expect(pooled.detail).toBe("so far: 66.0% (pooled outturn of 7 months: 66 of 100) over Apr 2012 – Oct 2012 against 65.0%; the remaining 1 month to Mar 2013 need 72.0%");
  });

  it("a period figure says the span it covers only when it knows both ends", () => {
    const average = { figure: 67, basis: "mean of months" as const, mean: 67, monthsCounted: 7, monthsRemaining: 5, neededAverage: 62.2 };
    const fy = target("statutory", 65, { kind: "period-average", from: monthIndex(2012, 4), to: monthIndex(2013, 3) });
    expect(targetStanding(pct, gapFor(fy, { rag: "green", gap: 2, average }), true).detail).toBe(
      "so far: 67.0% (mean of 7 months) against 65.0%; the remaining 5 months to Mar 2013 need 62.2% on average",
    );
    const noStart = target("statutory", 65, { kind: "period-average", to: monthIndex(2013, 3) });
    expect(targetStanding(pct, gapFor(noStart, { rag: "green", gap: 2, average }), true, OCT_2012).detail).toBe(
      "so far: 67.0% (mean of 7 months) against 65.0%; the remaining 5 months to Mar 2013 need 62.2% on average",
    );
  });

  it("a period still to start, and an indicator with no figures", () => {
    expect(notStartedStanding(monthIndex(2013, 4), monthIndex(2014, 3))).toEqual({
      rag: "none",
      ragText: "Not yet due",
      verdict: "not yet due",
      verdictText: "Not yet due",
      detail: "the period Apr 2013 – Mar 2014 has not started",
    });
    expect(notStartedStanding(monthIndex(2013, 4), undefined).detail).toBe("the period from Apr 2013 has not started");
    expect(noDataStanding(true)).toEqual({ rag: "none", ragText: "Not yet due", verdict: "not yet due", verdictText: "Not yet due", detail: "no figures for this indicator in IndicatorData" });
    expect(noDataStanding(false)).toEqual({ rag: "none", ragText: "No value", verdict: "n/a", verdictText: "n/a", detail: "no figures for this indicator in IndicatorData" });
  });
});
