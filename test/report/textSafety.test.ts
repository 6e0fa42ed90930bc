import { describe, expect, it } from "vitest";
import { EXCEL_CELL_TEXT_LIMIT, fitCellText, looksLikeFormula } from "../../src/report/plan/textSafety";

describe("fitCellText", () => {
  it.each([
    ["short text", "Placement stability", "Placement stability"],
    ["exactly the limit", "a".repeat(EXCEL_CELL_TEXT_LIMIT), "a".repeat(EXCEL_CELL_TEXT_LIMIT)],
    ["one over", "a".repeat(EXCEL_CELL_TEXT_LIMIT + 1), `${"a".repeat(EXCEL_CELL_TEXT_LIMIT - 1)}…`],
  ])("%s", (_, text, expected) => {
    expect(fitCellText(text)).toBe(expected);
  });

  it("never splits an emoji (a surrogate pair) before the ellipsis", () => {
    const text = `${"a".repeat(EXCEL_CELL_TEXT_LIMIT - 2)}🙂🙂`;
    const fitted = fitCellText(text);
    expect(fitted.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
    expect(fitted).toBe(`${"a".repeat(EXCEL_CELL_TEXT_LIMIT - 2)}…`);
  });
});

describe("looksLikeFormula", () => {
  it.each([
    ["=SUM(A1)", true],
    ["+44 1622", true],
    ["-5%", true],
    ["@risk", true],
    ["Placement stability", false],
    [" =A1", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(looksLikeFormula(text)).toBe(expected);
  });
});
