/**
 * Refreshing a dashboard in a person's workbook, from every producer in the
 * corpus: build, type commentary into the output, build again from it. The
 * second build leaves exactly one copy of each generated sheet and part, keeps
 * the typed commentary, and still carries the person's own parts byte for
 * byte. A dashboard the person protected stays protected with the same hash.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scorecard, scratch } from "../../cli/run";
import { unexpectedStderr } from "./support/runCliProcess";
import { contentTypeOf, contentTypesOf } from "./support/contentTypes";
import { CORPUS } from "./support/corpusBooks";
import { type OpenedPackage, openPackage, parseXml, partText } from "./support/openPackage";
import { danglingRelationships, duplicateNames, lostOrChangedParts } from "./support/packageChecks";
import { inputAddress, sheetCells, typeInto, withPartEdited } from "./support/sheetCells";
import { sheetPart, sheetsOf } from "./support/workbookSheets";

const DASHBOARD = "Member Dashboard";
const TYPED = "Rising since June: two new starters in West Kent from November.";
/** As Excel writes Review > Protect Sheet with a password. */
const PROTECTION = {
  "@_algorithmName": "SHA-512",
  "@_hashValue": "k1Rz3Qx0m7bVbY2W4l0c5cZ0m1yqvD9qkq8k0rJmJ2lYwQ2u3x9QeYp3y5Qm8b4n0Zp8nq3bA3wq1t2Yp0n9xA==",
  "@_saltValue": "c2NvcmVjYXJkLXNhbHQ=",
  "@_spinCount": "100000",
  "@_sheet": "1",
  "@_objects": "1",
  "@_scenarios": "1",
};
const PROTECTION_XML = `<sheetProtection ${Object.entries(PROTECTION)
  .map(([k, v]) => `${k.slice(2)}="${v}"`)
  .join(" ")}/>`;

const dir = scratch();
const open = (path: string): Promise<OpenedPackage> => openPackage(new Uint8Array(readFileSync(path)));

/** Content types of every part, counted: one copy of each generated part means the same counts after a refresh. */
function partCounts(pkg: OpenedPackage): Record<string, number> {
  const types = contentTypesOf(pkg);
  const counts: Record<string, number> = {};
  for (const name of pkg.parts.keys()) {
    const type = contentTypeOf(types, name) ?? "(none)";
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

const commentary = (pkg: OpenedPackage, code: string): string | number | undefined =>
  sheetCells(pkg, DASHBOARD).get(inputAddress(pkg, DASHBOARD, `commentary:${code}`));

/** Builds `input` into `name` in the scratch folder and opens the result. */
async function build(input: string, name: string, ...flags: string[]): Promise<{ path: string; pkg: OpenedPackage }> {
  const path = join(dir, name);
  const run = await scorecard("build", input, "-o", path, ...flags);
  expect(unexpectedStderr(run.stderr)).toEqual([]);
  expect(run.code).toBe(0);
  return { path, pkg: await open(path) };
}

describe.each(CORPUS)("building twice on $file", ({ file, path }) => {
  let original: OpenedPackage;
  let first: OpenedPackage;
  let second: OpenedPackage;

  beforeAll(async () => {
    original = await open(path);
    first = (await build(path, `first-${file}`)).pkg;
    const typed = join(dir, `typed-${file}`);
    writeFileSync(typed, await typeInto(first, DASHBOARD, inputAddress(first, DASHBOARD, "commentary:IA_OOT"), TYPED));
    second = (await build(typed, `second-${file}`)).pkg;
  }, 120_000);

  it("keeps the typed commentary", () => {
    expect(commentary(second, "IA_OOT")).toBe(TYPED);
    expect(commentary(second, "CA_OOT")).toBe(commentary(first, "CA_OOT"));
  });

  it("leaves exactly one copy of each generated sheet and part", () => {
    expect(sheetsOf(second).map((s) => s.name)).toEqual(sheetsOf(first).map((s) => s.name));
    expect(partCounts(second)).toEqual(partCounts(first));
    expect(duplicateNames(second)).toEqual([]);
    expect(danglingRelationships(second)).toEqual([]);
  });

  it("still holds every part of the person's original workbook, byte for byte", () => {
    expect(lostOrChangedParts(original, second)).toEqual({ missing: [], changed: [] });
  });
});

describe.each(CORPUS.filter((b) => ["excel.xlsm", "libreoffice.xlsx"].includes(b.file)))(
  "building on $file after a person protected its dashboard",
  ({ file, path }) => {
    let second: OpenedPackage;

    beforeAll(async () => {
      const first = (await build(path, `protect-first-${file}`)).pkg;
      const address = inputAddress(first, DASHBOARD, "commentary:IA_OOT");
      const typed = await openPackage(await typeInto(first, DASHBOARD, address, TYPED));
      const protectedBytes = await withPartEdited(typed, sheetPart(typed, DASHBOARD), (xml) =>
        xml.replace(/(<\/sheetData>|<sheetData\/>)(<sheetCalcPr[^>]*\/>)?/, `$1$2${PROTECTION_XML}`),
      );
      const input = join(dir, `protected-${file}`);
      writeFileSync(input, protectedBytes);
      second = (await build(input, `protect-second-${file}`, "--period", "2012-09")).pkg;
    }, 120_000);

    it("rebuilds the dashboard for the month asked, keeps it protected with the same password hash, and keeps the commentary", () => {
      const cells = [...sheetCells(second, DASHBOARD).values()].join(" ");
      expect(cells).toMatch(/September 2012/);
      const sheet = parseXml(partText(second, sheetPart(second, DASHBOARD))) as {
        worksheet: { sheetProtection?: Record<string, string> };
      };
      expect(sheet.worksheet.sheetProtection).toMatchObject(PROTECTION);
      expect(commentary(second, "IA_OOT")).toBe(TYPED);
    });

    it("leaves one dashboard", () => {
      expect(sheetsOf(second).filter((s) => s.name.startsWith(DASHBOARD))).toHaveLength(1);
    });
  },
);
