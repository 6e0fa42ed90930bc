/**
 * Issue 11, part 4: awkward but valid workbooks are read, and read promptly,
 * because a build reads only the parts it needs: a workbook part outside xl/,
 * relationships with an `ns0:` prefix, a table without a name, 50,000 merged
 * ranges or a whole-column merge on another sheet, an autofilter on icons.
 * Without an IndicatorData table, or with its sheet broken, the answer is the
 * one-sentence error. Each command runs in its own process under a generous
 * hang guard; the guard is not a speed target (speed is in npm run bench).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratch } from "../../cli/run";
import {
  type AwkwardBookOptions,
  type AwkwardSheet,
  awkwardBook,
  iconFilterSheet,
  indicatorDataSheet,
  manyMergesSheet,
  unnamedTableSheet,
  wholeColumnMergeSheet,
} from "./support/awkwardBooks";
import { openPackage } from "./support/openPackage";
import { danglingRelationships, duplicateNames, lostOrChangedParts } from "./support/packageChecks";
import { workbookPartOf } from "./support/relationships";
import { runCliProcess, unexpectedStderr } from "./support/runCliProcess";

/** Per test: two commands, each under its own 90-second guard. */
const GUARD = 200_000;
/** "A few hundred MB": tsx alone takes about 150. */
const MEMORY_CEILING_MB = 500;
const dir = scratch();

async function write(name: string, sheets: AwkwardSheet[], options?: AwkwardBookOptions): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await awkwardBook(sheets, options));
  return path;
}

interface BuildJson {
  period: string;
  indicators: { code: string; area: string; value: number | null }[];
}

const READABLE: [string, () => Promise<string>][] = [
  ["a plain workbook, for comparison", () => write("plain.xlsx", [indicatorDataSheet()])],
  [
    "a workbook part outside xl/ (wb/book.xml)",
    () => write("elsewhere.xlsx", [indicatorDataSheet()], { workbookPart: "wb/book.xml" }),
  ],
  [
    "relationships written with an ns0: prefix",
    () => write("ns0.xlsx", [indicatorDataSheet()], { prefixedRelationships: true }),
  ],
  [
    "a table without a name on another sheet",
    () => write("unnamed.xlsx", [unnamedTableSheet("Teams"), indicatorDataSheet()]),
  ],
  [
    "50,000 merged ranges on another sheet",
    () => write("merges.xlsx", [manyMergesSheet("Form", 50_000), indicatorDataSheet()]),
  ],
  [
    "a whole-column merge on another sheet",
    () => write("column.xlsx", [wholeColumnMergeSheet("Template"), indicatorDataSheet()]),
  ],
  [
    "an autofilter on icons on another sheet",
    () => write("icons.xlsx", [iconFilterSheet("Ratings"), indicatorDataSheet()]),
  ],
];

describe("awkward workbooks are read, promptly", () => {
  it.each(READABLE)(
    "%s: validate finds the table, build reports its figures and adds to the package",
    async (_, make) => {
      const input = await make();
      const validate = await runCliProcess(["validate", input, "--json"]);
      expect(unexpectedStderr(validate.stderr)).toEqual([]);
      expect(validate.code).toBe(0);
      expect(JSON.parse(validate.stdout)).toMatchObject({ summary: { errors: 0, rows: 8, usable: true } });
      expect(validate.peakMB).toBeLessThan(MEMORY_CEILING_MB);

      const output = `${input}.built.xlsx`;
      const build = await runCliProcess(["build", input, "-o", output, "--json"]);
      expect(unexpectedStderr(build.stderr)).toEqual([]);
      expect(build.code).toBe(0);
      const json = JSON.parse(build.stdout) as BuildJson;
      expect(json.period).toBe("2012-10");
      expect(json.indicators.find((i) => i.code === "IA_OOT" && i.area === "")?.value).toBe(63);
      expect(build.peakMB).toBeLessThan(MEMORY_CEILING_MB);

      const before = await openPackage(new Uint8Array(readFileSync(input)));
      const after = await openPackage(new Uint8Array(readFileSync(output)));
      expect(workbookPartOf(after)).toBe(workbookPartOf(before));
      expect(lostOrChangedParts(before, after)).toEqual({ missing: [], changed: [] });
      expect(duplicateNames(after)).toEqual([]);
      expect(danglingRelationships(after)).toEqual([]);
    },
    GUARD,
  );
});

/** One sentence: a single line ending in a full stop, no stack trace. */
function expectOneSentence(stderr: string): void {
  expect(stderr.split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/\.$/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("workbooks without a usable IndicatorData table get the one-sentence answer, promptly", () => {
  it.each([
    ["50,000 merged ranges", () => write("merges-only.xlsx", [manyMergesSheet("Form", 50_000)])],
    ["a whole-column merge", () => write("column-only.xlsx", [wholeColumnMergeSheet("Template")])],
  ])(
    "%s and no IndicatorData: exit 2, naming the table it needs",
    async (_, make) => {
      const input = await make();
      for (const args of [
        ["validate", input],
        ["build", input, "-o", `${input}.built.xlsx`],
      ]) {
        const run = await runCliProcess(args);
        expect(run.code, args[0]).toBe(2);
        expectOneSentence(run.stderr);
        expect(run.stderr).toMatch(/IndicatorData/);
        expect(run.peakMB).toBeLessThan(MEMORY_CEILING_MB);
      }
    },
    GUARD,
  );

  it(
    "a broken IndicatorData sheet: exit 2 with one sentence that names the part or the sheet",
    async () => {
      const good = await openPackage(await awkwardBook([indicatorDataSheet()]));
      const { zip } = await import("@cj-tech-master/excelts/archive");
      let archive = zip();
      for (const [name, bytes] of good.parts) {
        // Cut the sheet off mid-element, as a failed copy or a truncated download leaves it.
        archive = archive.add(
          name,
          name === "xl/worksheets/sheet1.xml" ? bytes.slice(0, Math.floor(bytes.length * 0.6)) : bytes,
        );
      }
      const input = join(dir, "broken-sheet.xlsx");
      writeFileSync(input, await archive.bytes());
      const run = await runCliProcess(["validate", input]);
      expect(run.code).toBe(2);
      expectOneSentence(run.stderr);
      expect(run.stderr).toMatch(/sheet1\.xml|IndicatorData/);
    },
    GUARD,
  );
});
