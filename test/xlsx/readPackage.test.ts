/** Reading packages laid out the way other programs write them, and only the parts the build needs. */
import { describe, expect, it } from "vitest";
import { readWorkbookPackage, readWorkbookTables, WorkbookUnreadableError } from "../../src/xlsx/readWorkbook";
import { MAIN_NS, PKG_REL_NS, REL_NS, XML, rawPackage } from "./fixtures/rawPackage";

const SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, n: number): string => `<c r="${ref}"><v>${n}</v></c>`;
const sheet = (rows: string, after = ""): string => `${XML}<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData>${rows}</x:sheetData>${after}</x:worksheet>`.replace(/<(\/?)(c|v|is|t|row)\b/g, "<$1x:$2");
const table = (attrs: string, columns: string[]): string =>
  `${XML}<table xmlns="${MAIN_NS}" id="1" ${attrs}><tableColumns count="${columns.length}">${columns.map((c, i) => `<tableColumn id="${i + 1}" name="${c}"/>`).join("")}</tableColumns></table>`;

/** The package with the stored bytes of one part overwritten (its local header found by name). */
function damaged(bytes: Uint8Array, part: string): Uint8Array {
  const at = new TextDecoder("latin1").decode(bytes).indexOf(part) + part.length;
  const copy = bytes.slice();
  copy.fill(0x41, at, at + 40);
  return copy;
}

/** 50,000 merged ranges and a whole-column merge on a sheet the build does not read. */
function mergesEverywhere(): string {
  const merges = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="C${i * 2 + 1}:D${i * 2 + 2}"/>`).join("");
  return `<mergeCells count="50001"><mergeCell ref="A:A"/>${merges}</mergeCells>`;
}

/** A workbook part at book/main.xml, found through ns0:-prefixed relationships with an absolute target. */
function oddPackage(): Uint8Array {
  return rawPackage({
    "[Content_Types].xml": `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/book/main.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/book/s/one.xml" ContentType="${SHEET_CT}"/><Override PartName="/book/s/two.xml" ContentType="${SHEET_CT}"/><Override PartName="/book/s/three.xml" ContentType="${SHEET_CT}"/></Types>`,
    "_rels/.rels": `${XML}<ns0:Relationships xmlns:ns0="${PKG_REL_NS}"><ns0:Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="/book/main.xml"/></ns0:Relationships>`,
    "book/main.xml": `${XML}<x:workbook xmlns:x="${MAIN_NS}" xmlns:rel="${REL_NS}"><x:sheets><x:sheet name="Notes" sheetId="1" rel:id="a"/><x:sheet name="Data" sheetId="2" rel:id="b"/><x:sheet name="Other" sheetId="3" rel:id="c"/></x:sheets></x:workbook>`,
    "book/_rels/main.xml.rels": `${XML}<ns0:Relationships xmlns:ns0="${PKG_REL_NS}"><ns0:Relationship Id="a" Type="${REL_NS}/worksheet" Target="s/one.xml"/><ns0:Relationship Id="b" Type="${REL_NS}/worksheet" Target="/book/s/two.xml"/><ns0:Relationship Id="c" Type="${REL_NS}/worksheet" Target="s/three.xml"/></ns0:Relationships>`,
    "book/s/one.xml": sheet(`<row r="1">${inline("A1", "notes")}</row>`, mergesEverywhere()),
    "book/s/two.xml": sheet(
      `<row r="2">${inline("B2", "Code")}${inline("C2", "Value")}</row><row r="3">${inline("B3", "NI 62")}${num("C3", 10)}</row><row r="4">${inline("B4", "NI 63")}${num("C4", 12)}</row><row r="5">${num("C5", 22)}</row><row r="6">${inline("C6", "2012-11")}</row>`,
      `<x:mergeCells count="1"><x:mergeCell ref="B3:B4"/></x:mergeCells>`,
    ),
    "book/s/_rels/two.xml.rels": `${XML}<ns0:Relationships xmlns:ns0="${PKG_REL_NS}"><ns0:Relationship Id="t" Type="${REL_NS}/table" Target="../t/data.xml"/></ns0:Relationships>`,
    "book/t/data.xml": table('name="IndicatorData" displayName="IndicatorData" ref="B2:C5" totalsRowCount="1"', ["Code", "Value"]),
    "book/s/three.xml": sheet(`<row r="1">${inline("A1", "x")}</row>`),
    "book/s/_rels/three.xml.rels": `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="t" Type="${REL_NS}/table" Target="../t/nameless.xml"/></Relationships>`,
    "book/t/nameless.xml": table('ref="A1:A2"', ["x"]),
  });
}

describe("readWorkbookTables on packages other programs write", () => {
  it("finds the workbook part through the package relationships, prefixes and absolute targets included", async () => {
    const tables = await readWorkbookTables(oddPackage());
    expect([...tables.keys()]).toEqual(["indicatordata"]);
    expect(tables.get("indicatordata")).toEqual({
      name: "IndicatorData",
      sheet: "Data",
      origin: { row: 2, column: 2 },
      headers: ["Code", "Value"],
      rows: [
        ["NI 62", 10],
        ["NI 63", 12],
      ],
      source: "table",
      mergedAreas: ["B3:B4"],
      hiddenRows: [],
      adjacentCell: { cell: "C6", side: "below" },
    });
  });

  it("reads only the sheets holding the tables it needs: a damaged sheet elsewhere is never opened", async () => {
    const broken = damaged(oddPackage(), "book/s/one.xml");
    expect((await readWorkbookTables(broken)).get("indicatordata")?.rows).toHaveLength(2);
    expect(() => readWorkbookPackage(damaged(oddPackage(), "book/s/two.xml"))).toThrow(/book\/s\/two\.xml/);
  });

  it("names the damaged part when one the build needs cannot be inflated", () => {
    const error = (() => {
      try {
        readWorkbookPackage(damaged(oddPackage(), "book/t/data.xml"));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WorkbookUnreadableError);
    expect((error as WorkbookUnreadableError).code).toBe("CORRUPT");
    expect((error as Error).message).toContain("book/t/data.xml");
    expect((error as Error).message.split(". ")).toHaveLength(1);
  });
});

describe("adjacentCell", () => {
  const withAdjacent = (rows: string): Uint8Array =>
    rawPackage({
      "[Content_Types].xml": `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
      "_rels/.rels": `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml": `${XML}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      "xl/worksheets/sheet1.xml": `${XML}<worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData></worksheet>`,
      "xl/worksheets/_rels/sheet1.xml.rels": `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/table" Target="../tables/table1.xml"/></Relationships>`,
      "xl/tables/table1.xml": table('name="Budget" displayName="Budget" ref="A1:B2"', ["Line", "Amount"]),
    });
  const head = `<row r="1">${inline("A1", "Line")}${inline("B1", "Amount")}</row><row r="2">${inline("A2", "Staff")}${num("B2", 5)}</row>`;

  it("is the first filled cell in the row below, within the table's columns", async () => {
    const tables = await readWorkbookTables(withAdjacent(`${head}<row r="3">${num("B3", 7)}${num("C3", 1)}</row>`));
    expect(tables.get("budget")?.adjacentCell).toEqual({ cell: "B3", side: "below" });
  });

  it("else the first filled cell in the column to the right, within the table's rows", async () => {
    const tables = await readWorkbookTables(withAdjacent(`${head.replace("</row><row r=\"2\">", `${num("C1", 3)}</row><row r="2">`)}<row r="3">${num("D3", 1)}</row>`));
    expect(tables.get("budget")?.adjacentCell).toEqual({ cell: "C1", side: "right" });
  });

  it("is absent when nothing touches the table", async () => {
    const tables = await readWorkbookTables(withAdjacent(`${head}<row r="4">${num("A4", 1)}</row>`));
    expect(tables.get("budget")).not.toHaveProperty("adjacentCell");
  });
});
