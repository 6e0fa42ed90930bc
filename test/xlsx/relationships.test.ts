/** Relationship targets resolved from the part that holds them, and written back relative to it. */
import { describe, expect, it } from "vitest";
import { parseRelationships, relativeTarget, relsPartName, resolveTarget, sourceOfRels } from "../../src/xlsx/relationships";

describe("resolveTarget", () => {
  it.each([
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/worksheets/sheet1.xml", "../drawings/drawing1.xml", "xl/drawings/drawing1.xml"],
    ["xl/worksheets/sheet1.xml", "/xl/tables/table1.xml", "xl/tables/table1.xml"],
    ["", "book/main.xml", "book/main.xml"],
    ["book/main.xml", "./sheets/My%20Sheet.xml", "book/sheets/My Sheet.xml"],
  ])("from %s, %s is %s", (source, target, part) => {
    expect(resolveTarget(source, target)).toBe(part);
  });
});

describe("relativeTarget", () => {
  it("is the shortest path from the source's folder, as Excel writes it", () => {
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet3.xml")).toBe("worksheets/sheet3.xml");
    expect(relativeTarget("xl/worksheets/sheet3.xml", "xl/drawings/drawing2.xml")).toBe("../drawings/drawing2.xml");
    expect(relativeTarget("book/main.xml", "book/worksheets/sheet1.xml")).toBe("worksheets/sheet1.xml");
  });

  it("round-trips through resolveTarget", () => {
    for (const [from, to] of [
      ["xl/drawings/drawing1.xml", "xl/charts/chart7.xml"],
      ["a/b/c.xml", "d/e.xml"],
    ] as const) {
      expect(resolveTarget(from, relativeTarget(from, to))).toBe(to);
    }
  });
});

describe("relationships parts", () => {
  it("names the .rels of a part and the part of a .rels", () => {
    expect(relsPartName("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPartName("")).toBe("_rels/.rels");
    expect(sourceOfRels("xl/worksheets/_rels/sheet2.xml.rels")).toBe("xl/worksheets/sheet2.xml");
    expect(sourceOfRels("_rels/.rels")).toBe("");
  });

  it("reads relationships written with a namespace prefix, and external targets as they are", () => {
    const xml = `<ns0:Relationships xmlns:ns0="http://schemas.openxmlformats.org/package/2006/relationships"><ns0:Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><ns0:Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/a?b=1" TargetMode="External"/></ns0:Relationships>`;
    expect(parseRelationships("xl/workbook.xml", xml)).toEqual([
      { id: "rId1", type: expect.stringMatching(/\/worksheet$/), target: "worksheets/sheet1.xml", external: false, part: "xl/worksheets/sheet1.xml" },
      { id: "rId2", type: expect.stringMatching(/\/hyperlink$/), target: "https://example.org/a?b=1", external: true, part: "" },
    ]);
  });
});
