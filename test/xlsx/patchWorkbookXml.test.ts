import { describe, expect, it } from "vitest";
import { patchWorkbookXml } from "../../src/xlsx/patchWorkbookXml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function addDashboard(xml: string): string {
  return patchWorkbookXml(xml, {
    sheets: [],
    remove: new Set(),
    replaced: new Set(),
    ownNames: new Set(),
    add: [{ name: "Member Dashboard", sheetId: 9, rId: "rId9" }],
    names: [],
  });
}

/** The start tag of the sheet appended last. */
const appended = (xml: string): string => /<(?:\w+:)?sheet name="Member Dashboard"[^>]*>/.exec(xml)?.[0] ?? "";

describe("patchWorkbookXml's new <sheet> entries", () => {
  it("declares the relationships prefix themselves when only a sibling <sheet> declares it (openpyxl's layout)", () => {
    const xml = `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${REL}" name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    expect(appended(addDashboard(xml))).toBe(`<sheet name="Member Dashboard" sheetId="9" r:id="rId9" xmlns:r="${REL}"/>`);
  });

  it("use the prefix the root declares, whatever it is called", () => {
    const xml = `<x:workbook xmlns:x="${MAIN}" xmlns:ns1="${REL}"><x:sheets><x:sheet name="A" sheetId="1" ns1:id="rId1"/></x:sheets></x:workbook>`;
    expect(appended(addDashboard(xml))).toBe(`<x:sheet name="Member Dashboard" sheetId="9" ns1:id="rId9"/>`);
  });

  it("use the prefix <sheets> declares", () => {
    const xml = `<workbook xmlns="${MAIN}"><sheets xmlns:q="${REL}"><sheet name="A" sheetId="1" q:id="rId1"/></sheets></workbook>`;
    expect(appended(addDashboard(xml))).toBe(`<sheet name="Member Dashboard" sheetId="9" q:id="rId9"/>`);
  });
});
