/** A scratch sheet's cells re-pointed at the person's styles and written with inline strings. */
import { describe, expect, it } from "vitest";
import { retargetCells as retargetBytes } from "../../src/xlsx/retargetCells";

const formats = new Map([
  [0, 0],
  [1, 40],
  [2, 41],
]);
/** The result as text, to compare. */
const retargetCells = (xml: string, formats: ReadonlyMap<number, number>, strings: readonly string[]): string => new TextDecoder().decode(retargetBytes(xml, formats, strings));

const strings = ["<t>Area</t>", '<r><rPr><b/></rPr><t xml:space="preserve">Bold </t></r><r><t>run</t></r>'];

describe("retargetCells", () => {
  it("renumbers cell, row and column formats through the map", () => {
    const xml = '<cols><col min="1" max="1" width="9" style="2" customWidth="1"/></cols><sheetData><row r="1" s="1" customFormat="1"><c r="A1" s="2"><v>3</v></c><c r="B1" s="1"/><c r="C1"><v>4</v></c></row></sheetData>';
    expect(retargetCells(xml, formats, strings)).toBe(
      '<cols><col min="1" max="1" width="9" style="41" customWidth="1"/></cols><sheetData><row r="1" s="40" customFormat="1"><c r="A1" s="41"><v>3</v></c><c r="B1" s="40"/><c r="C1"><v>4</v></c></row></sheetData>',
    );
  });

  it("gives a format the map does not know the default, 0", () => {
    expect(retargetCells('<c r="A1" s="9"/>', formats, strings)).toBe('<c r="A1" s="0"/>');
  });

  it("writes shared-string cells as inline strings with the same text and runs", () => {
    const xml = '<row r="2"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="n"><v>1</v></c></row>';
    expect(retargetCells(xml, formats, strings)).toBe(
      `<row r="2"><c r="A2" s="40" t="inlineStr"><is>${strings[0]}</is></c><c r="B2" t="inlineStr"><is>${strings[1]}</is></c><c r="C2" t="n"><v>1</v></c></row>`,
    );
  });

  it("writes an empty inline string for a shared string that is missing", () => {
    expect(retargetCells('<c r="A1" t="s"><v>7</v></c>', formats, strings)).toBe('<c r="A1" t="inlineStr"><is><t></t></is></c>');
  });

  it("writes UTF-8, whatever characters the strings hold", () => {
    const bytes = retargetBytes('<c r="A1" t="s"><v>0</v></c>', formats, ["<t>Children’s services – “good” 😀</t>"]);
    expect(Buffer.from(bytes).equals(Buffer.from('<c r="A1" t="inlineStr"><is><t>Children’s services – “good” 😀</t></is></c>', "utf8"))).toBe(true);
  });

  it("holds a part that grows well past the scratch text (long strings in many cells)", () => {
    const long = [`<t>${"Ofsted’s monitoring visit ".repeat(20)}</t>`];
    const cells = Array.from({ length: 300 }, (_, i) => `<c r="A${i + 1}" s="1" t="s"><v>0</v></c>`).join("");
    const expected = Array.from({ length: 300 }, (_, i) => `<c r="A${i + 1}" s="40" t="inlineStr"><is>${long[0]}</is></c>`).join("");
    expect(retargetCells(`<sheetData>${cells}</sheetData>`, formats, long)).toBe(`<sheetData>${expected}</sheetData>`);
  });

  it("leaves elements that only look alike alone", () => {
    const xml = '<cfRule type="expression" s="1"/><colBreaks count="1"/><rowBreaks count="1"><brk id="5" s="1"/></rowBreaks>';
    expect(retargetCells(xml, formats, strings)).toBe(xml);
  });
});
