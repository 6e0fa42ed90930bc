import { describe, expect, it } from "vitest";
import { computeResults } from "../../../src/domain/gaps/computeResults";
import { round4, toBuildJson } from "../../../src/domain/gaps/toBuildJson";
import { byDate, indicator, m, monthly, obs } from "./fixtures";

describe("toBuildJson", () => {
  it("starts each indicator with the eight contract keys, in order", () => {
    const ind = indicator("A", { unit: "rate", targets: [byDate(10)] });
    const results = computeResults([ind], [...monthly("A", "2012-09", [9, 8]), obs("A", "2012-10", 10.5, { area: "East Kent" })]);
    const json = toBuildJson(results, m("2012-10"));
    expect(Object.keys(json)).toEqual(["period", "indicators"]);
    expect(Object.keys(json.indicators[0]!).slice(0, 8)).toEqual(["code", "area", "value", "previous", "target", "gap", "rag", "direction"]);
    expect(json.indicators.map((i) => [i.area, i.value, i.previous, i.rag, i.direction])).toEqual([
      ["", 8, 9, "green", "improving"],
      ["East Kent", 10.5, null, "amber", "none"],
    ]);
  });

  it("uses null where there is no target, no gap or no figure", () => {
    const results = computeResults([indicator("A"), indicator("B", { targets: [byDate(10)] })], [obs("A", "2012-10", 5), obs("B", "2012-09", 5), obs("B", "2012-11", 5)], { month: m("2012-10") });
    const [a, b] = toBuildJson(results, m("2012-10")).indicators;
    expect([a!.target, a!.gap, a!.rag]).toEqual([null, null, "none"]);
    expect([b!.value, b!.previous, b!.target, b!.gap, b!.rag]).toEqual([null, 5, 10, null, "none"]);
  });

  it("rounds away float noise", () => {
    const ind = indicator("P", { unit: "percent", polarity: "higher", targets: [byDate(0.1)] });
    const [json] = toBuildJson(computeResults([ind], [obs("P", "2012-10", 0.4)]), m("2012-10")).indicators;
    expect(json!.gap).toBe(0.3);
    expect(round4(0.1 + 0.2)).toBe(0.3);
    expect(round4(2 / 3)).toBe(0.6667);
    expect(Object.is(round4(-0.00001), -0)).toBe(false);
  });

  it("lists every target with its trajectory or average", () => {
    const ind = indicator("U", { targets: [byDate(200, "2011-08"), byDate(100, undefined, "internal")] });
    const [json] = toBuildJson(computeResults([ind], monthly("U", "2011-02", [2269, 1500, 973])), m("2011-04")).indicators;
    expect(json!.targets.map((t) => [t.level, t.inForce, t.rag])).toEqual([
      ["statutory", false, "none"],
      ["internal", true, "red"],
    ]);
    expect(json!.targets[0]!.trajectory?.targetPeriod).toBe("2011-08");
    expect(json!.targets[0]!.trajectory?.monthlyChangeNeeded).toBe(-193.25);
    // The headline is the internal target in force, not the one still due.
    expect([json!.target, json!.rag]).toEqual([100, "red"]);
  });
});
