import { describe, expect, it } from "vitest";
import { cellText, codeText, MAX_QUOTED_CHARACTERS, quoteCellText, shortCellText } from "../../src/domain/cellText";
import type { CellValue } from "../../src/domain/types";

describe("cellText", () => {
  it.each<[string, CellValue | undefined, string]>([
    ["blank", null, ""],
    ["a short row's missing cell", undefined, ""],
    ["text, trimmed", "  NI59 ", "NI59"],
    ["a number", 12.5, "12.5"],
    ["a date, as its day", new Date(Date.UTC(2012, 9, 31)), "2012-10-31"],
    ["an invalid date, as blank", new Date(Number.NaN), ""],
  ])("%s", (_name, value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe("quoteCellText and shortCellText", () => {
  it("quotes short text as it is", () => {
    expect(quoteCellText("n/a")).toBe('"n/a"');
  });

  it("puts text with line breaks on one line", () => {
    expect(shortCellText(" line one\r\n  line two\u2028three ")).toBe("line one line two three");
  });

  it("cuts long text short with an ellipsis, never halving an emoji", () => {
    const shown = shortCellText("😀".repeat(100));
    expect(Array.from(shown)).toHaveLength(MAX_QUOTED_CHARACTERS);
    expect(shown.endsWith("😀…")).toBe(true);
  });
});

describe("codeText", () => {
  it("reads a code on one line, inner whitespace as one space", () => {
    expect(codeText(" CIN\n  AUDIT ")).toBe("CIN AUDIT");
  });
});
