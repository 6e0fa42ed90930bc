import { describe, expect, it } from "vitest";
import { FunctionArgumentError } from "../../src/functions/FunctionArgumentError";
import type { FormulaArg } from "../../src/functions/readArguments";
import { scorecardDirection, scorecardGap, scorecardRag } from "../../src/functions/scorecardFormulas";

/** The argument a call rejected, or undefined when it did not throw a FunctionArgumentError. */
function rejected(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof FunctionArgumentError) return error.argument;
    throw error;
  }
  return undefined;
}

describe("SCORECARD.RAG", () => {
  const cases: { name: string; args: [FormulaArg, FormulaArg, FormulaArg, FormulaArg?]; rag: string }[] = [
    { name: "target exactly met, lower is better", args: [200, 200, "lower"], rag: "Green" },
    { name: "target exactly met, higher is better", args: [85, 85, "higher"], rag: "Green" },
    { name: "met within float noise", args: [0.1 + 0.2, 0.3, "lower"], rag: "Green" },
    { name: "lower is better, below target", args: [63, 100, "lower"], rag: "Green" },
    { name: "lower is better, above by less than 10%", args: [104, 100, "lower"], rag: "Amber" },
    { name: "lower is better, above by exactly 10%", args: [110, 100, "lower"], rag: "Amber" },
    { name: "lower is better, above by more than 10%", args: [110.5, 100, "lower"], rag: "Red" },
    { name: "higher is better, above target", args: [87.5, 85, "higher"], rag: "Green" },
    { name: "higher is better, short within 10%", args: [80, 85, "higher"], rag: "Amber" },
    { name: "higher is better, short beyond 10%", args: [76, 85, "higher"], rag: "Red" },
    { name: "zero target met", args: [0, 0, "lower"], rag: "Green" },
    { name: "zero target missed: no share of zero to allow", args: [1, 0, "lower"], rag: "Red" },
    { name: "zero target missed within a given tolerance", args: [1, 0, "lower", 2], rag: "Amber" },
    { name: "short by the tolerance exactly", args: [88, 90, "higher", 2], rag: "Amber" },
    { name: "short by more than the tolerance", args: [87.9, 90, "higher", 2], rag: "Red" },
    { name: "tolerance of zero: any miss is red", args: [90.1, 90, "lower", 0], rag: "Red" },
    { name: "blank tolerance is the default 10%", args: [104, 100, "lower", null], rag: "Amber" },
    { name: "empty-text tolerance is blank too", args: [104, 100, "lower", ""], rag: "Amber" },
    { name: "negative target: the share is of its size", args: [-9.5, -10, "lower"], rag: "Amber" },
    { name: "polarity in words", args: [63, 100, "Lower is better"], rag: "Green" },
    { name: "polarity as an arrow", args: [63, 100, "↑"], rag: "Red" },
    { name: "numbers as text", args: ["1,050", "1,000", "LOWER"], rag: "Amber" },
    { name: "percent text on the 0–100 scale", args: ["87.5%", 85, "higher"], rag: "Green" },
    { name: "blank value", args: [null, 100, "lower"], rag: "None" },
    { name: "empty-text value", args: ["  ", 100, "lower"], rag: "None" },
    { name: "blank target", args: [63, null, "lower"], rag: "None" },
    { name: "blank value and polarity: nothing to judge", args: [null, 100, null], rag: "None" },
  ];
  it.each(cases)("$name → $rag", ({ args, rag }) => {
    expect(scorecardRag(...args)).toBe(rag);
  });

  const bad: { name: string; args: [FormulaArg, FormulaArg, FormulaArg, FormulaArg?]; argument: string }[] = [
    { name: "polarity that names no direction", args: [1, 2, "sideways"], argument: "polarity" },
    { name: "polarity as a number", args: [1, 2, 1], argument: "polarity" },
    { name: "polarity as a boolean", args: [1, 2, true], argument: "polarity" },
    { name: "blank polarity with something to judge", args: [1, 2, ""], argument: "polarity" },
    { name: "value that is not a number", args: ["n/a", 2, "lower"], argument: "value" },
    { name: "value that is a boolean", args: [true, 2, "lower"], argument: "value" },
    { name: "value typed as an Excel error", args: ["#N/A", 2, "lower"], argument: "value" },
    { name: "target that is not a number", args: [1, "tbc", "lower"], argument: "target" },
    { name: "negative tolerance", args: [1, 2, "lower", -1], argument: "tolerance" },
    { name: "tolerance that is not a number", args: [1, 2, "lower", "some"], argument: "tolerance" },
    { name: "bad polarity even when the value is blank", args: [null, 2, "sideways"], argument: "polarity" },
  ];
  it.each(bad)("rejects a $name", ({ args, argument }) => {
    expect(rejected(() => scorecardRag(...args))).toBe(argument);
  });
});

describe("SCORECARD.GAP", () => {
  const cases: { name: string; args: [FormulaArg, FormulaArg, FormulaArg]; gap: number | "" }[] = [
    { name: "exactly met", args: [200, 200, "lower"], gap: 0 },
    { name: "lower is better, below target: positive", args: [63, 100, "lower"], gap: 37 },
    { name: "lower is better, above target: negative", args: [110.5, 100, "lower"], gap: -10.5 },
    { name: "higher is better, above target: positive", args: [87.5, 85, "higher"], gap: 2.5 },
    { name: "higher is better, short: negative", args: [87.9, 90, "higher"], gap: -2.1 },
    { name: "zero target", args: [3, 0, "lower"], gap: -3 },
    { name: "float noise tidied", args: [0.3, 0.1, "higher"], gap: 0.2 },
    { name: "blank value", args: [null, 100, "lower"], gap: "" },
    { name: "blank target", args: [5, "", "lower"], gap: "" },
  ];
  it.each(cases)("$name → $gap", ({ args, gap }) => {
    expect(scorecardGap(...args)).toBe(gap);
  });

  it.each([
    [[1, 2, "up-ish"], "polarity"],
    [[1, 2, null], "polarity"],
    [["lots", 2, "lower"], "value"],
    [[1, "soon", "lower"], "target"],
  ] as [[FormulaArg, FormulaArg, FormulaArg], string][])("rejects %j (%s)", (args, argument) => {
    expect(rejected(() => scorecardGap(...args))).toBe(argument);
  });
});

describe("SCORECARD.DIRECTION", () => {
  const cases: { name: string; args: [FormulaArg, FormulaArg, FormulaArg]; direction: string }[] = [
    { name: "lower is better, falling", args: [63, 70, "lower"], direction: "Improving" },
    { name: "lower is better, rising", args: [110, 104, "lower"], direction: "Worsening" },
    { name: "higher is better, rising", args: [87.5, 86, "higher"], direction: "Improving" },
    { name: "higher is better, falling", args: [87.9, 88, "higher"], direction: "Worsening" },
    { name: "no change", args: [88, 88, "higher"], direction: "Stable" },
    { name: "no change within float noise", args: [0.1 + 0.2, 0.3, "lower"], direction: "Stable" },
    { name: "zero to zero", args: [0, 0, "lower"], direction: "Stable" },
    { name: "blank previous", args: [63, null, "lower"], direction: "None" },
    { name: "blank latest", args: ["", 70, "lower"], direction: "None" },
  ];
  it.each(cases)("$name → $direction", ({ args, direction }) => {
    expect(scorecardDirection(...args)).toBe(direction);
  });

  it.each([
    [[1, 2, "sideways"], "polarity"],
    [[1, 2, undefined], "polarity"],
    [["up", 2, "lower"], "latest"],
    [[1, "down", "lower"], "previous"],
  ] as [[FormulaArg, FormulaArg, FormulaArg], string][])("rejects %j (%s)", (args, argument) => {
    expect(rejected(() => scorecardDirection(...args))).toBe(argument);
  });
});
