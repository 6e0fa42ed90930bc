import { describe, expect, it } from "vitest";
import { literalText, needsTextFormat, textFormatOverlay } from "../../src/excel/textCells";

describe("needsTextFormat", () => {
  it.each([
    ["=SUM(A1)", true],
    ["+44 1234", true],
    ["-ve trend", true],
    ["@mention", true],
    ["0123", true],
    ["1,234", true],
    ["12%", true],
    ["£1,200", true],
    ["(5)", true],
    ["1e5", true],
    ["2012-13", true],
    ["10:30", true],
    ["1/4/2024", true],
    ["Oct 2012", true],
    ["1 October", true],
    ["true", true],
    ["5 PM", true],
    ["11am", true],
    ["1 1/2", true],
    ["Children in care", false],
    ["NI 59", false],
    ["Improving since October 2012 when the team grew", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(needsTextFormat(text)).toBe(expected);
  });
});

describe("textFormatOverlay", () => {
  it("marks only the cells that need it, within the smallest rectangle", () => {
    const overlay = textFormatOverlay([
      ["Code", "Name", 1],
      ["NI 59", "=x", 2],
      ["NI 60", "ok", "-1"],
    ]);
    expect(overlay).toEqual({ rowOffset: 1, columnOffset: 1, formats: [["@", null], [null, "@"]] });
  });

  it("is undefined when no cell needs it", () => {
    expect(textFormatOverlay([["a", 1, null]])).toBeUndefined();
  });
});

describe("literalText", () => {
  it.each([
    ["#N/A", "'#N/A"],
    ["#div/0!", "'#div/0!"],
    ["'quoted'", "''quoted'"],
    ["#1 priority", "#1 priority"],
    ["Children in care", "Children in care"],
  ])("%j → %j", (text, written) => {
    expect(literalText(text)).toBe(written);
  });
});
