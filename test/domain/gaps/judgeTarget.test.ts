/** One target judged at the reporting month, as the engine hands it to the dashboard and tracker. */
import { describe, expect, it } from "vitest";
import { computeResults } from "../../../src/domain/gaps/computeResults";
import { targetStatus } from "../../../src/domain/gaps";
import type { Indicator, Observation, Target } from "../../../src/domain/types";
import { byDate, indicator, m, monthly } from "./fixtures";

/** The first target's judgement for `ind` at `month`; NI59 has a figure every month so the month exists. */
function judged(ind: Indicator, obs: Observation[], month: string, benchmarks?: Map<string, { value: number; month: number }>) {
  const filler = monthly("FILLER", "2011-01", Array.from({ length: 30 }, () => 80));
  const results = computeResults([ind, indicator("FILLER")], [...obs, ...filler], { month: m(month), ...(benchmarks ? { benchmarks } : {}) });
  return results.find((r) => r.code === ind.code)!.gaps[0];
}

describe("judgeTarget through the engine", () => {
  it("a dated target in force: its level, figure, gap, share of the level and verdict at the deadline, and nothing else", () => {
    const t = byDate(200, "2011-08");
    const gap = judged(indicator("IA_OOT", { targets: [t] }), monthly("IA_OOT", "2011-07", [250, 196, 150]), "2011-09");
    expect(gap).toStrictEqual({
      target: t,
      name: "statutory",
      title: "statutory target",
      rag: "green",
      inForce: true,
      level: 200,
      judged: 150,
      gap: 50,
      relativeGap: 0.25,
      atDeadline: { month: m("2011-08"), value: 196, met: true, rag: "green", gap: 4 },
    });
  });

  it("a maintain target carries its baseline and level in words", () => {
    const t: Target = { kind: "maintain", level: "statutory", value: 59.1, label: "at least maintain" };
    const gap = judged(indicator("NI59X", { unit: "percent", polarity: "higher", targets: [t] }), monthly("NI59X", "2012-07", [60, 62]), "2012-08");
    expect(gap).toStrictEqual({
      target: t,
      name: "statutory",
      title: "statutory target",
      rag: "green",
      inForce: true,
      baseline: { value: 59.1, source: "catalogue" },
      levelText: "at least the level, 59.1%",
      level: 59.1,
      judged: 62,
      gap: 2.9,
      relativeGap: 0.0490693739425,
    });
  });

  it("a period target with no start is in force up to its end", () => {
    const t: Target = { kind: "period-average", level: "statutory", value: 65, to: m("2013-03"), label: "65% on average to Mar 2013" };
    const gap = judged(indicator("REF", { unit: "percent", polarity: "higher", targets: [t] }), monthly("REF", "2012-09", [60, 70]), "2012-10");
    expect(gap).toMatchObject({ inForce: true, rag: "green", average: { figure: 65, monthsCounted: 2, monthsRemaining: 5 } });
  });

  it("a note on the level is kept beside the note that the month has no figure", () => {
    const t: Target = { kind: "benchmark", level: "statutory", benchmark: "statistical neighbour average", label: "in line with neighbours" };
    const gap = judged(indicator("IA_RATE", { unit: "rate", polarity: "higher", targets: [t] }), monthly("IA_RATE", "2012-08", [400, 410, null]), "2012-10", new Map([["IA_RATE", { value: 420, month: m("2012-03") }]]));
    expect(gap).toMatchObject({ rag: "none", level: 420, note: "statistical neighbour average for Mar 2012; no figure for Oct 2012" });
  });

  it("a period target whose period has no figure yet is not judged", () => {
    const t: Target = { kind: "period-average", level: "statutory", value: 6, from: m("2012-04"), to: m("2013-03"), label: "6% over 2012-13" };
    const gap = judged(indicator("CP_2YR", { unit: "percent", targets: [t] }), monthly("CP_2YR", "2012-03", [8, null]), "2012-04");
    expect(gap).toMatchObject({ rag: "none", inForce: true, level: 6, note: "no figure for Apr 2012" });
    expect(gap).not.toHaveProperty("average");
  });
});

describe("targetStatus", () => {
  it("a dated target is due before its deadline and in force from it", () => {
    expect(targetStatus(byDate(100, "2013-03"), m("2013-02"))).toBe("due");
    expect(targetStatus(byDate(100, "2013-03"), m("2013-03"))).toBe("in-force");
    expect(targetStatus(byDate(100), m("2010-01"))).toBe("in-force");
  });
});
