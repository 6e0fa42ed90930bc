import { describe, expect, it } from "vitest";
import { scanSheet } from "../../src/xlsx/scanSheet";
import { WorkbookUnreadableError } from "../../src/xlsx/WorkbookUnreadableError";

const PART = "xl/worksheets/sheet1.xml";
const CTX = { sharedStrings: [], dateStyles: [], date1904: false };
const ALL = { top: 1, left: 1, bottom: Infinity, right: Infinity };
const SHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>' +
  "</sheetData></worksheet>";

const scan = (xml: string) => scanSheet(xml, ALL, CTX, false, PART);

describe("scanSheet on a cut-off worksheet part", () => {
  it("reads a whole part", () => {
    const { rows } = scan(SHEET);
    expect(Object.keys(rows)).toEqual(["1", "2"]);
    expect([rows[1], rows[2]]).toEqual([[1], [2]]);
  });

  it.each([
    ["inside a cell", SHEET.indexOf("<v>2")],
    ["after a row", SHEET.indexOf('<row r="2"')],
    ["before the root closes", SHEET.indexOf("</worksheet>")],
  ])("names the part when it stops %s, rather than reading half of it", (_where, cut) => {
    expect(() => scan(SHEET.slice(0, cut))).toThrow(WorkbookUnreadableError);
    expect(() => scan(SHEET.slice(0, cut))).toThrow(PART);
  });

  it("names the part when a row is never closed, even if the root is", () => {
    const unclosed = SHEET.replace("</c></row><row", "</c><row");
    expect(() => scan(unclosed)).toThrow(PART);
  });
});
