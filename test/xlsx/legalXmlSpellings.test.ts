/**
 * Spellings XML allows that writers seldom use: white space before an end
 * tag's ">" (`</si >`), self-closed elements written with a space (`<t />`),
 * CDATA sections, parts saved as UTF-16. A reader that missed them would
 * lose strings and cells silently, or call a readable workbook damaged. And
 * the other side: parts truly cut off are called damaged, not half read.
 */
import AdmZip from "adm-zip";
import { describe, expect, it } from "vitest";
import { stringItemText } from "../../src/xlsx/cellText";
import { patchContentTypes } from "../../src/xlsx/contentTypes";
import { patchRelationships } from "../../src/xlsx/patchRelationships";
import { readSharedStrings } from "../../src/xlsx/readSharedStrings";
import { closesRoot } from "../../src/xlsx/xmlBytes";
import { findElements } from "../../src/xlsx/xmlText";
import { applyPlanToWorkbook } from "../../src/xlsx/applyPlan";
import { readWorkbookTables } from "../../src/xlsx/readWorkbook";
import { writeTablesWorkbook } from "../../src/xlsx/writeTables";
import { generateIndicatorData } from "../../bench/generateData";

const sst = (items: string) => `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`;

describe("shared strings", () => {
  it("reads every item when end tags carry white space and start tags break lines", () => {
    expect(readSharedStrings(sst(`<si><t>one</t ></si ><si\n><t>two</t></si><si/><si><t>four</t></si>`))).toEqual(["one", "two", "", "four"]);
  });

  it("calls a part cut off inside an item damaged, naming it, rather than reading the strings after it as blanks", () => {
    expect(() => readSharedStrings(sst(`<si><t>one</t></si><si><t>tw`), "xl/strings.xml")).toThrow(/damaged \(its part xl\/strings\.xml cannot be read\)/);
    expect(() => readSharedStrings(`<sst><si><t>one</t></si><si`)).toThrow(/xl\/sharedStrings\.xml/);
  });

  it("reads prefixed parts the same way", () => {
    const xml = `<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>a</x:t></x:si	><x:si><x:t>b</x:t></x:si></x:sst>`;
    expect(readSharedStrings(xml)).toEqual(["a", "b"]);
  });
});

describe("a string item's text", () => {
  it("joins its runs, an empty run written <t/> or <t /> adding nothing", () => {
    expect(stringItemText(`<r><t /></r><r><t>Kent</t></r><r><t/></r><r><t xml:space="preserve"> East</t ></r>`)).toBe("Kent East");
  });

  it("leaves out phonetic guides, self-closed ones included, and keeps the text around them", () => {
    expect(stringItemText(`<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh ><rPh sb="0" eb="0"/><phoneticPr fontId="1"/>`)).toBe("東京");
    expect(stringItemText(`<r><t>a</t></r><rPh sb="0" eb="1"/><r><t>b</t></r><rPh sb="1" eb="2"><t>x</t></rPh>`)).toBe("ab");
  });
});

describe("findElements", () => {
  it("finds every element when an end tag carries white space", () => {
    const xml = `<definedNames><definedName name="A">Data!$A$1</definedName ><definedName name="B">Data!$B$1</definedName></definedNames>`;
    const names = findElements(xml, "definedName");
    expect(names.map((n) => [n.attrs.name, xml.slice(n.innerStart, n.innerEnd), xml.slice(n.end)])).toEqual([
      ["A", "Data!$A$1", `<definedName name="B">Data!$B$1</definedName></definedNames>`],
      ["B", "Data!$B$1", "</definedNames>"],
    ]);
  });
});

describe("a part's root end tag with white space before its '>'", () => {
  it("still closes the part, so the part is not called damaged", () => {
    const bytes = (xml: string) => new TextEncoder().encode(xml);
    expect(closesRoot(bytes(`<worksheet><sheetData/></worksheet >\n`), "worksheet")).toBe(true);
    expect(closesRoot(bytes(`<worksheet><sheetData/></worksheet\n>`), "worksheet")).toBe(true);
    expect(closesRoot(bytes(`<worksheet><sheetData/></worksheet`), "worksheet")).toBe(false);
    expect(closesRoot(bytes(`<worksheet><sheetData/></sheetData >`), "worksheet")).toBe(false);
  });

  it("takes new relationships and content types just inside it", () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="a.xml"/></Relationships >`;
    expect(patchRelationships(rels, new Set(), [{ id: "rId2", type: "t", target: "b.xml" }])).toBe(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="a.xml"/><Relationship Id="rId2" Type="t" Target="b.xml"/></Relationships >`,
    );
    const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="r"/></Types\n>`;
    expect(patchContentTypes(types, new Set(), new Map([["xl/worksheets/sheet2.xml", "s"]]))).toBe(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="r"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="s"/></Types\n>`,
    );
  });
});

describe("CDATA sections in text", () => {
  it("are taken as they stand, entities outside them resolved", () => {
    expect(stringItemText(`<t><![CDATA[Kent & <Medway>]]></t>`)).toBe("Kent & <Medway>");
    expect(stringItemText(`<r><t>a &amp; <![CDATA[&amp;]]> b</t></r><r><t><![CDATA[1]]><![CDATA[2]]></t></r>`)).toBe("a & &amp; b12");
  });
});

describe("a sheet saved as UTF-16", () => {
  it("is read like the same sheet in UTF-8", async () => {
    const tables = [{ sheet: "IndicatorData", table: "IndicatorData", headers: ["Code", "Period", "Area", "Value"], rows: [["NI59", "Oct 2012", "Dover – East", 87.5], ["NI60", "Oct 2012", "", 71]] }];
    const utf8 = await writeTablesWorkbook(tables);
    const zip = new AdmZip(Buffer.from(utf8));
    const sheet = zip.getEntries().find((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.entryName))!;
    const text = sheet.getData().toString("utf8").replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
    zip.updateFile(sheet.entryName, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const read = await readWorkbookTables(new Uint8Array(zip.toBuffer()));
    expect(read.get("indicatordata")).toEqual((await readWorkbookTables(utf8)).get("indicatordata"));
    expect(read.get("indicatordata")!.rows[0]).toEqual(["NI59", "Oct 2012", "Dover – East", 87.5]);
  });
});

describe("a part the write must add to, cut off before its root's end tag", () => {
  it("is refused with the damaged sentence naming it, and nothing is written", async () => {
    const { prepareBuild } = await import("../../src/build");
    const data = generateIndicatorData(300);
    const good = await writeTablesWorkbook([{ sheet: "IndicatorData", table: "IndicatorData", headers: data.headers, rows: data.rows }]);
    const prepared = prepareBuild(await readWorkbookTables(good), { allowErrors: true });
    if (prepared.kind !== "ready") throw new Error(`expected a plan, got ${prepared.kind}`);
    for (const [part, root] of [
      ["[Content_Types].xml", "</Types>"],
      ["xl/_rels/workbook.xml.rels", "</Relationships>"],
      ["xl/workbook.xml", "</workbook>"],
      ["xl/styles.xml", "</styleSheet>"],
    ] as const) {
      const zip = new AdmZip(Buffer.from(good));
      zip.updateFile(part, Buffer.from(zip.getEntry(part)!.getData().toString("utf8").replace(root, "")));
      await expect(applyPlanToWorkbook(new Uint8Array(zip.toBuffer()), prepared.plan)).rejects.toThrow(`The workbook is damaged (its part ${part} cannot be read)`);
    }
  });
});
