import { describe, expect, it } from "vitest";
import { scanSheet } from "../../src/xlsx/scanSheet";

const CTX = { sharedStrings: ["zero", "one"], dateStyles: [], date1904: false };
const ALL = { top: 1, left: 1, bottom: Infinity, right: Infinity };
const sheet = (rows: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const rowsOf = (rows: string, window = ALL) => scanSheet(sheet(rows), window, CTX, false, "xl/worksheets/sheet1.xml").rows;

describe("scanSheet reads start tags as Excel and other writers spell them", () => {
  it("is not misled by a > inside a quoted attribute value, single quotes or spaces around =", () => {
    const rows = rowsOf(`<row r="1"><c r="A1" x:note="a>b" t = 's'><v>1</v></c><c r='B1' s="0" t="s"><v>0</v></c></row>`);
    expect(rows[1]).toEqual(["one", "zero"]);
  });

  it("skips self-closed cells and empty values, and reads values with spaces around them", () => {
    const rows = rowsOf(`<row r="2"><c r="A2" s="3"/><c r="B2"><v/></c><c r="C2"><v> 7 </v></c><c r="D2"><v>2.5</v></c></row>`);
    expect(rows[2]).toEqual([undefined, undefined, 7, 2.5]);
    expect(0 in rows[2]!).toBe(false);
  });

  it("numbers cells without a reference after the one before, and rows without one after the row before", () => {
    const rows = rowsOf(`<row r="4"><c r="B4"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`);
    expect(rows[4]).toEqual([undefined, 1, 2]);
    expect(rows[5]).toEqual([3]);
  });

  it("keeps only the window's cells, the window's left column first", () => {
    const rows = rowsOf(`<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c></row><row r="2"><c r="A2"><v>5</v></c></row>`, {
      top: 1,
      left: 2,
      bottom: 1,
      right: 3,
    });
    expect(rows[1]).toEqual([2, 3]);
    expect(rows[2]).toBeUndefined();
  });

  it("reads a value whose end tag is written with a prefix like the rest of the part", () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1"><x:v>9</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(scanSheet(xml, ALL, CTX, false, "p").rows[1]).toEqual(["one", 9]);
  });

  it("reads the same values whatever comes between a cell's tags (formulas, white space, comments, a value with attributes) and with white space ending an end tag", () => {
    const shapes = [
      `<c r="A1"><f>1+1</f><v>2</v></c>`,
      `<c r="A1"> <v>2</v> </c>`,
      `<c r="A1"><v>2</v><!-- note --></c>`,
      `<c r="A1"><v xml:space="preserve">2</v></c>`,
      `<c r="A1"><v>2</v>\n</c>`,
      `<c r="A1"><v>2</v></c >`,
      `<c r="A1"><v>2</v ></c>`,
    ];
    for (const cell of shapes) expect(rowsOf(`<row r="1">${cell}<c r="B1" t="s"><v>1</v></c></row>`)[1]).toEqual([2, "one"]);
  });

  it("reads a value held in a CDATA section as it stands", () => {
    const rows = rowsOf(`<row r="1"><c r="A1"><v><![CDATA[42]]></v></c><c r="B1" t="str"><v><![CDATA[a &amp; <b>]]></v></c><c r="C1" t="s"><v><![CDATA[1]]></v></c></row>`);
    expect(rows[1]).toEqual([42, "a &amp; <b>", "one"]);
    expect(() => rowsOf(`<row r="1"><c r="A1"><v><![CDATA[42</v></c></row>`)).toThrow(/damaged/);
  });

  it("still finds a cell that never closes after a plain value", () => {
    expect(() => rowsOf(`<row r="1"><c r="A1"><v>2</v></row>`)).toThrow(/damaged/);
  });
});

