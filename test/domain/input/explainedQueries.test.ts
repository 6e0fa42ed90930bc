/** Explained queries: a warning on a row whose Note begins "Explained:" is kept, as a note, with its explanation. */
import { describe, expect, it } from "vitest";
import { analyse, found } from "./fixtures";

describe("explained queries", () => {
  it("turns a warning on an explained row into a note that keeps its rule and the explanation", () => {
    const { issues, summary } = analyse([
      ["CASES", "2012-01", null, 5, null, null, null],
      ["CASES", "2012-02", null, null, null, null, "Explained: the February extract failed; the figure follows"],
      ["CASES", "2012-03", null, null, null, null, "not explained"],
    ]);
    expect(found(issues, "value-missing")).toEqual([
      ["value-missing", "warning", "IndicatorData!D4"],
      ["value-missing", "info", "IndicatorData!D3"],
    ]);
    expect(issues.find((i) => i.cell === "D3")!.explanation).toBe("the February extract failed; the figure follows");
    expect(issues.find((i) => i.cell === "D4")!.explanation).toBeUndefined();
    expect(summary).toMatchObject({ errors: 0, warnings: 1, explained: 1 });
  });

  it("never explains an error away", () => {
    const { issues, summary } = analyse([["CASES", "2012-01", null, -3, null, null, "Explained: it is right"]]);
    expect(found(issues, "negative-count")).toEqual([["negative-count", "error", "IndicatorData!D2"]]);
    expect(issues[0]!.explanation).toBeUndefined();
    expect(summary).toMatchObject({ errors: 1, explained: 0 });
  });

  it("needs the Note to begin with Explained: and say something", () => {
    const { summary } = analyse([
      ["CASES", "2012-01", null, null, null, null, "Not Explained: no"],
      ["CASES", "2012-02", null, null, null, null, "explained:   "],
      ["CASES", "2012-03", null, null, null, null, " EXPLAINED: upper case is fine"],
    ]);
    expect(summary).toMatchObject({ warnings: 2, explained: 1 });
  });
});
