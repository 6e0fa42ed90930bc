/**
 * Issue 11: `scorecard build` adds to a person's workbook and never rebuilds
 * it. For every workbook in the corpus (one per producer: Excel's layout with
 * macros, LibreOffice, openpyxl, excelts, Google Sheets), the build succeeds
 * and its output is a valid package that still holds every input part byte
 * for byte, except the four a build must change: the workbook part (wherever
 * it lives), its relationships, [Content_Types].xml and the styles.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scorecard, scratch } from "../../cli/run";
import { unexpectedStderr } from "./support/runCliProcess";
import { contentTypeOf, contentTypesOf } from "./support/contentTypes";
import { CORPUS } from "./support/corpusBooks";
import { drawnObjectsBySheet, openInOpenpyxl, readWithLibreOffice, skipReason } from "./support/externalReaders";
import { type OpenedPackage, openPackage } from "./support/openPackage";
import {
  contentTypeProblems,
  danglingRelationships,
  duplicateNames,
  impossibleValues,
  lostOrChangedParts,
  stylesDisturbed,
} from "./support/packageChecks";
import { workbookPartOf } from "./support/relationships";
import { definedNamesOf, sheetsOf } from "./support/workbookSheets";

const GENERATED = ["Member Dashboard", "Dashboard Data"];
const VBA = "application/vnd.ms-office.vbaProject";
const openpyxlSkipped = skipReason("openpyxl");
const libreOfficeSkipped = skipReason("LibreOffice");
/** A hang guard, not a speed target: LibreOffice may take a while on a shared machine. */
const SLOW = 300_000;

const dir = scratch();
const open = (path: string): Promise<OpenedPackage> => openPackage(new Uint8Array(readFileSync(path)));

describe("the corpus itself", () => {
  it.each(CORPUS)("$file is a valid package the checks below find nothing wrong with", async ({ path }) => {
    const book = await open(path);
    expect(duplicateNames(book)).toEqual([]);
    expect(danglingRelationships(book)).toEqual([]);
    expect(contentTypeProblems(book)).toEqual([]);
    expect(impossibleValues(book)).toEqual([]);
    expect(sheetsOf(book).map((s) => s.name)).toContain("IndicatorData");
  });

  it("has one workbook from each producer, one of them macro-enabled", () => {
    expect(CORPUS.map((b) => b.file)).toEqual([
      "excel.xlsm",
      "excelts.xlsx",
      "google-sheets.xlsx",
      "libreoffice.xlsx",
      "openpyxl.xlsx",
    ]);
  });
});

describe.each(CORPUS)("$file (written by $producer)", ({ file, path }) => {
  const output = join(dir, `built-${file}`);
  let input: OpenedPackage;
  let built: OpenedPackage;
  let run: Awaited<ReturnType<typeof scorecard>>;

  beforeAll(async () => {
    input = await open(path);
    run = await scorecard("build", path, "-o", output);
    if (run.code === 0) built = await open(output);
  }, 120_000);

  it("builds", () => {
    expect(unexpectedStderr(run.stderr)).toEqual([]);
    expect(run.code).toBe(0);
    expect(sheetsOf(built).map((s) => s.name)).toEqual(expect.arrayContaining(GENERATED));
  });

  it("keeps every part of the input, byte for byte, except the workbook, its relationships, the content types and the styles", () => {
    expect(lostOrChangedParts(input, built)).toEqual({ missing: [], changed: [] });
    expect(workbookPartOf(built)).toBe(workbookPartOf(input));
  });

  it("is a valid package: no part twice, no relationship to a missing part, a content type for every part", () => {
    expect(duplicateNames(built)).toEqual([]);
    expect(danglingRelationships(built)).toEqual([]);
    expect(contentTypeProblems(built)).toEqual([]);
    expect(impossibleValues(built)).toEqual([]);
  });

  it("keeps the person's sheets first and in order, their defined names meaning the same sheets, and their styles at the same indices", () => {
    const before = sheetsOf(input);
    expect(sheetsOf(built).slice(0, before.length)).toEqual(before);
    expect(definedNamesOf(built)).toEqual(expect.arrayContaining(definedNamesOf(input)));
    expect(stylesDisturbed(input, built)).toEqual([]);
  });

  it("keeps the workbook's content type, so a macro-enabled workbook stays macro-enabled with its VBA project", () => {
    const book = workbookPartOf(input);
    const typeIn = contentTypesOf(input);
    const typeOut = contentTypesOf(built);
    expect(contentTypeOf(typeOut, book)).toBe(contentTypeOf(typeIn, book));
    const vba = [...input.parts.keys()].filter((p) => contentTypeOf(typeIn, p) === VBA);
    for (const part of vba) expect(contentTypeOf(typeOut, part)).toBe(VBA);
    if (file.endsWith(".xlsm")) {
      expect(vba).toEqual(["xl/vbaProject.bin"]);
      expect(contentTypeOf(typeOut, book)).toBe("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    }
  });

  it.skipIf(openpyxlSkipped)(
    "opens in openpyxl, with the person's charts on their own sheets",
    () => {
      const before = openInOpenpyxl(path);
      const after = openInOpenpyxl(output);
      expect(after.sheets).toEqual([...before.sheets, ...after.sheets.slice(before.sheets.length)]);
      expect(after.sheets).toEqual(expect.arrayContaining(GENERATED));
      for (const sheet of before.sheets) expect(after.charts[sheet], sheet).toBe(before.charts[sheet]);
      expect(after.charts["Member Dashboard"]).toBeGreaterThan(0);
    },
    SLOW,
  );

  it.skipIf(libreOfficeSkipped)(
    "opens in LibreOffice, every sheet with the drawings it had, the dashboard with its charts",
    () => {
      const [before, after] = readWithLibreOffice([path, output]).map(drawnObjectsBySheet);
      for (const [sheet, count] of before!) expect(after!.get(sheet), sheet).toBe(count);
      expect(after!.get("Member Dashboard")).toBeGreaterThan(0);
    },
    SLOW,
  );
});
