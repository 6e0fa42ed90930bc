/** The verdict a dated target keeps from its deadline month, as the engine gives it. */
import { describe, expect, it } from "vitest";
import { computeResults } from "../../../src/domain/gaps/computeResults";
import type { Indicator, Observation, Target } from "../../../src/domain/types";
import { byDate, indicator, m, monthly, obs } from "./fixtures";

function gapAt(ind: Indicator, observations: Observation[], month: string) {
  const filler = monthly("FILLER", "2010-01", Array.from({ length: 48 }, () => 80));
  const results = computeResults([ind, indicator("FILLER")], [...observations, ...filler], { month: m(month) });
  return results.find((r) => r.code === ind.code)!.gaps[0]!;
}

describe("the verdict at the deadline", () => {
  const iaOot = (t: Target) => indicator("IA_OOT", { targets: [t] });

  it("met at the deadline month itself", () => {
    const gap = gapAt(iaOot(byDate(200, "2011-08")), monthly("IA_OOT", "2011-07", [250, 196]), "2011-08");
    expect(gap.atDeadline).toStrictEqual({ month: m("2011-08"), value: 196, met: true, rag: "green", gap: 4 });
  });

  it("amber at the deadline is missed, and stays missed when the figure is met later", () => {
    const gap = gapAt(iaOot(byDate(200, "2011-08")), monthly("IA_OOT", "2011-07", [250, 210, 150]), "2011-09");
    expect(gap.rag).toBe("green");
    expect(gap.atDeadline).toStrictEqual({ month: m("2011-08"), value: 210, met: false, rag: "amber", gap: -10 });
  });

  it("no figure for the deadline month: no verdict, not an older or later figure", () => {
    const gap = gapAt(iaOot(byDate(200, "2011-08")), monthly("IA_OOT", "2011-07", [190, null, 150]), "2011-09");
    expect(gap.atDeadline).toStrictEqual({ month: m("2011-08"), rag: "none" });
  });

  it("none for a target without a date, a deadline still ahead, or a maintain target", () => {
    const data = monthly("IA_OOT", "2011-07", [250, 196, 150]);
    expect(gapAt(iaOot(byDate(200)), data, "2011-09").atDeadline).toBeUndefined();
    expect(gapAt(iaOot(byDate(200, "2011-10")), data, "2011-09").atDeadline).toBeUndefined();
    const maintain: Target = { kind: "maintain", level: "statutory", value: 200, from: m("2011-08"), label: "maintain" };
    expect(gapAt(iaOot(maintain), data, "2011-09").atDeadline).toBeUndefined();
  });

  describe("a yearly indicator: the year's figure up to the deadline", () => {
    // KS2 English gap, ≤ 34 pp by the end of the 2011/12 academic year (Aug 2012); figures published each July.
    const ks2 = indicator("KS2_ENG_GAP", { unit: "pp", frequency: "annual", targets: [byDate(34, "2012-08")] });

    it("the July figure stands for an August deadline, and says which month it is", () => {
      const gap = gapAt(ks2, [obs("KS2_ENG_GAP", "2011-07", 38), obs("KS2_ENG_GAP", "2012-07", 31)], "2012-09");
      expect(gap.atDeadline).toStrictEqual({ month: m("2012-08"), value: 31, valueMonth: m("2012-07"), met: true, rag: "green", gap: 3 });
    });

    it("a figure dated at the deadline month carries no separate month", () => {
      const gap = gapAt(ks2, [obs("KS2_ENG_GAP", "2011-08", 38), obs("KS2_ENG_GAP", "2012-08", 36)], "2012-09");
      expect(gap.atDeadline).toStrictEqual({ month: m("2012-08"), value: 36, met: false, rag: "amber", gap: -2 });
    });

    it("a figure from eleven months before still stands; one a full year before does not", () => {
      const eleven = gapAt(ks2, [obs("KS2_ENG_GAP", "2011-09", 33), obs("KS2_ENG_GAP", "2012-10", 30)], "2012-10");
      expect(eleven.atDeadline).toMatchObject({ value: 33, valueMonth: m("2011-09"), met: true });
      const twelve = gapAt(ks2, [obs("KS2_ENG_GAP", "2011-08", 33), obs("KS2_ENG_GAP", "2012-10", 30)], "2012-10");
      expect(twelve.atDeadline).toStrictEqual({ month: m("2012-08"), rag: "none" });
      const onlyLater = gapAt(ks2, [obs("KS2_ENG_GAP", "2012-10", 30)], "2012-10");
      expect(onlyLater.atDeadline).toStrictEqual({ month: m("2012-08"), rag: "none" });
    });
  });
});
