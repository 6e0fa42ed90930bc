/** New cell formats appended to a person's styles part: their indices untouched, identical entries reused. */
import { describe, expect, it } from "vitest";
import { mapCellFormats, readScratchStyles, StyleAppender } from "../../src/xlsx/appendStyles";
import { findElement, findElements } from "../../src/xlsx/xmlText";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

const PERSONS = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts><fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><i val="0"/></font></dxf></dxfs></styleSheet>`;

const SCRATCH = `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/><xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf></cellXfs></styleSheet>`;

const entries = (xml: string, section: string, item: string): string[] => {
  const el = findElement(xml, section)!;
  return findElements(xml, item, el.innerStart, el.innerEnd).map((e) => xml.slice(e.start, e.end));
};

function merge(target: string): { xml: string; map: Map<number, number> } {
  const appender = new StyleAppender(target);
  const map = mapCellFormats(appender, readScratchStyles(SCRATCH), [0, 1, 2, 3]);
  return { xml: appender.result(), map };
}

describe("StyleAppender", () => {
  it("appends, leaving every existing entry where it was", () => {
    const { xml, map } = merge(PERSONS);
    for (const [section, item] of [["fonts", "font"], ["fills", "fill"], ["cellXfs", "xf"], ["numFmts", "numFmt"], ["dxfs", "dxf"]] as const) {
      const before = entries(PERSONS, section, item);
      expect(entries(xml, section, item).slice(0, before.length)).toEqual(before);
    }
    expect(map.get(0)).toBe(0);
    const xfs = entries(xml, "cellXfs", "xf");
    expect(xfs).toHaveLength(4);
    expect(xml).toContain('<cellXfs count="4">');
    // Scratch 0.0% (164) is new here: it takes a free id; 0.000 already has id 164 and is reused.
    expect(xml).toContain('<numFmt numFmtId="165" formatCode="0.0%"/>');
    expect(xfs[map.get(1)!]).toContain('numFmtId="165"');
    // Bold Calibri is already the person's font 1: reused, and so is their whole cell format 1.
    expect(map.get(2)).toBe(1);
    expect(xfs[map.get(3)!]).toMatch(/fontId="1" fillId="2".*<protection locked="0"\/>/);
  });

  it("adds nothing the second time: a refresh does not grow the part", () => {
    const once = merge(PERSONS).xml;
    const twice = merge(once);
    expect(twice.xml).toBe(once);
    expect(twice.map).toEqual(merge(PERSONS).map);
  });

  it("writes under the person's namespace prefix, and creates a collection they lack", () => {
    const prefixed = `<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font><x:sz val="10"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>`;
    const { xml, map } = merge(prefixed);
    expect(xml).toMatch(/^<x:styleSheet[^>]*><x:numFmts count="2"><x:numFmt numFmtId="164" formatCode="0.0%"\/><x:numFmt numFmtId="165" formatCode="0.000"\/><\/x:numFmts><x:fonts count="2">/);
    expect(xml).not.toMatch(/<(?!x:|\/x:)[a-z]/);
    // Without cell style formats, an appended format names none.
    expect(entries(xml, "cellXfs", "xf")[map.get(1)!]).not.toContain("xfId");
  });
});
