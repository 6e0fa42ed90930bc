/** The build adds to the package: untouched parts copied byte for byte, refreshes in place, protection kept. */
import { describe, expect, it } from "vitest";
import { applyPlanToWorkbook } from "../../src/xlsx/applyPlan";
import { findElement, findElements } from "../../src/xlsx/xmlText";
import { excelWorkbook } from "./fixtures/excelWorkbook";
import { sheetPath, tabNames } from "./fixtures/packageSheets";
import { editParts, partTexts, storedParts } from "./fixtures/rawPackage";
import { DASHBOARD, DATA, PLACEHOLDER, smallPlan } from "./fixtures/smallPlan";

const CHANGEABLE = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
const MACRO_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PROTECTION = '<sheetProtection algorithmName="SHA-512" hashValue="q0Gh2Zl6mQ==" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>';
const TYPED = "Panel review in June: placements steadier.";

/** A person's macro-enabled workbook with two sheets and sheet-scoped names on both. */
async function personsWorkbook(): Promise<Uint8Array> {
  const bytes = await excelWorkbook((wb) => {
    wb.addWorksheet("Notes").getCell("A1").value = "Panel notes";
    wb.addWorksheet("Sums").getCell("B2").value = 12;
  });
  return editParts(bytes, (name, text) => {
    if (name === "[Content_Types].xml") return text.replace(/(PartName="\/xl\/workbook.xml" ContentType=")[^"]+"/, `$1${MACRO_TYPE}"`).replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    if (name === "xl/workbook.xml") {
      return text.replace("</sheets>", '</sheets><definedNames><definedName name="Rate" localSheetId="1">Sums!$B$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Notes!$A$1:$C$9</definedName></definedNames>');
    }
    return text;
  });
}

const sheetPart = async (bytes: Uint8Array, name: string): Promise<string> => partTexts(bytes).get(await sheetPath(bytes, name))!;

function cellXf(styles: string, index: number): string {
  const xfs = findElement(styles, "cellXfs")!;
  const xf = findElements(styles, "xf", xfs.innerStart, xfs.innerEnd)[index]!;
  return styles.slice(xf.start, xf.end);
}

describe("applyPlanToWorkbook: the package is added to, never rewritten", () => {
  it("copies every part it need not change byte for byte, as stored, and keeps the workbook macro-enabled", async () => {
    const input = await personsWorkbook();
    const { bytes } = await applyPlanToWorkbook(input, smallPlan());
    const before = storedParts(input);
    const after = storedParts(bytes);
    for (const [name, part] of before) {
      expect(after.has(name), name).toBe(true);
      if (!CHANGEABLE.has(name)) expect(after.get(name), name).toEqual(part);
    }
    expect(partTexts(bytes).get("[Content_Types].xml")).toContain(`PartName="/xl/workbook.xml" ContentType="${MACRO_TYPE}"`);
    expect(new Set(partTexts(bytes).keys()).size).toBe(after.size);
  });

  it("keeps each sheet-scoped name on its sheet and scopes the new print names to the new sheets", async () => {
    const { bytes } = await applyPlanToWorkbook(await personsWorkbook(), smallPlan());
    const xml = partTexts(bytes).get("xl/workbook.xml")!;
    const tabs = await tabNames(bytes);
    const names = findElements(xml, "definedName").map((n) => ({ name: n.attrs.name, tab: tabs[Number(n.attrs.localSheetId)], text: xml.slice(n.innerStart, n.innerEnd) }));
    expect(names).toContainEqual({ name: "Rate", tab: "Sums", text: "Sums!$B$2" });
    expect(names).toContainEqual({ name: "_xlnm.Print_Area", tab: "Notes", text: "Notes!$A$1:$C$9" });
    expect(names).toContainEqual(expect.objectContaining({ name: "_xlnm.Print_Titles", tab: DASHBOARD }));
    for (const n of names) expect(n.text.replace(/&apos;/g, "'")).toContain(n.tab!.includes(" ") ? `'${n.tab}'!` : `${n.tab}!`);
  });

  it("replaces the generated sheets in place on a refresh, leaving one copy of each generated part", async () => {
    const first = (await applyPlanToWorkbook(await personsWorkbook(), smallPlan())).bytes;
    const second = (await applyPlanToWorkbook(first, smallPlan())).bytes;
    expect([...partTexts(second).keys()].sort()).toEqual([...partTexts(first).keys()].sort());
    expect(await tabNames(second)).toEqual(["Notes", "Sums", DASHBOARD, DATA]);
    expect(await sheetPath(second, DASHBOARD)).toBe(await sheetPath(first, DASHBOARD));
    const workbook = (b: Uint8Array) => partTexts(b).get("xl/workbook.xml")!;
    expect(workbook(second)).toBe(workbook(first));
    expect(partTexts(second).get("xl/styles.xml")).toBe(partTexts(first).get("xl/styles.xml"));
  });

  it("keeps a protected dashboard protected, password hash and all, with its commentary typeable and kept", async () => {
    const first = (await applyPlanToWorkbook(await personsWorkbook(), smallPlan())).bytes;
    const dashboardPart = await sheetPath(first, DASHBOARD);
    const protectedByPerson = editParts(first, (name, text) => {
      if (name !== dashboardPart) return text;
      // The commentary cell, empty as built (its prompt is a note), typed into as Excel would write it.
      const typed = text.replace(/<c r="F8"([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/, (_cell, attrs: string) => `<c r="F8"${attrs.replace(/ t="[^"]*"/, "")} t="inlineStr"><is><t>${TYPED}</t></is></c>`);
      return typed.replace("</sheetData>", `</sheetData>${PROTECTION}`);
    });
    expect(await sheetPart(protectedByPerson, DASHBOARD)).toContain(TYPED);

    const { bytes } = await applyPlanToWorkbook(protectedByPerson, smallPlan());
    const sheet = await sheetPart(bytes, DASHBOARD);
    expect(sheet).toContain(`</sheetData>${PROTECTION}`);
    const f8 = /<c r="F8"[^>]*s="(\d+)"[^>]*><is>([\s\S]*?)<\/is>/.exec(sheet)!;
    expect(f8[2]).toContain(TYPED);
    expect(f8[2]).not.toContain(PLACEHOLDER);
    expect(cellXf(partTexts(bytes).get("xl/styles.xml")!, Number(f8[1]))).toContain('<protection locked="0"/>');
  });

  it("leaves the active tab alone when a person's sheet is the selected one, rather than group sheets", async () => {
    const input = editParts(await personsWorkbook(), (name, text) => (name === "xl/worksheets/sheet1.xml" ? text.replace("<sheetData", '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData') : text));
    const { bytes, report } = await applyPlanToWorkbook(input, smallPlan());
    expect(report.activated).toBe(false);
    expect(partTexts(bytes).get("xl/workbook.xml")).not.toContain("activeTab");
    expect(await sheetPart(bytes, DASHBOARD)).not.toContain("tabSelected");
    expect(storedParts(bytes).get("xl/worksheets/sheet1.xml")).toEqual(storedParts(input).get("xl/worksheets/sheet1.xml"));
  });
});
