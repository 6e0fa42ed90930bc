/**
 * Issue 7, part 6 — a huge workbook: 200,000 IndicatorData rows (the README's
 * documented limit) through the command line. Validate gives exact counts and
 * cells, build succeeds and carries every row over; and 200,000 bad rows give
 * 200,000 issues, not a crash. Time is not asserted (about 30 s on two cores).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CellValue, ValidationIssue } from "../../src/domain/types";
import { scorecard, scratch } from "../cli/run";
import { indicatorWorkbook, monthKey, seriesValue } from "./support/hostileWorkbook";

const ROWS = 200_000;
const CODES = Array.from({ length: 100 }, (_, i) => `HZ${String(i + 1).padStart(3, "0")}`);
const AREAS = [null, ...Array.from({ length: 19 }, (_, i) => `District ${i + 1}`)];
const MONTHS = ROWS / (CODES.length * AREAS.length); // 100: Sep 2004 to Dec 2012
/** 0-based data rows whose Value is text: errors at rows index + 2. */
const BAD_VALUES = [50_000, 100_000, 150_000, ROWS - 1];
const LIMIT_MS = 240_000;

interface Validation {
  issues: ValidationIssue[];
  summary: { errors: number; warnings: number; rows: number; indicators: number; usable: boolean };
}

/** Every code × area × month once, smooth values (no jumps, gaps or duplicates). */
function hugeData(): CellValue[][] {
  const rows: CellValue[][] = [];
  CODES.forEach((code, c) =>
    AREAS.forEach((area, a) => {
      for (let m = 0; m < MONTHS; m++)
        rows.push([code, monthKey(2004, 8 + m), area, seriesValue((c * AREAS.length + a) % 50, m), null]);
    }),
  );
  return rows;
}

const indicators = CODES.map((code, i) => ({ code, name: `Indicator ${code}`, dashboard: i < 3 }));

describe(`a workbook with ${ROWS.toLocaleString("en-GB")} data rows`, () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = scratch();
    const data = hugeData();
    expect(data).toHaveLength(ROWS);
    for (const r of BAD_VALUES) data[r]![3] = "n/a";
    input = join(dir, "huge.xlsx");
    writeFileSync(input, await indicatorWorkbook({ indicators, data }));
  }, LIMIT_MS);

  it(
    "validates with exact counts and cells",
    async () => {
      const run = await scorecard("validate", input, "--json");
      expect(run.code).toBe(1);
      const { issues, summary } = JSON.parse(run.stdout) as Validation;
      expect(summary).toMatchObject({
        errors: BAD_VALUES.length,
        warnings: 0,
        rows: ROWS,
        indicators: CODES.length,
        usable: true,
      });
      expect(issues.map((i) => [i.rule, i.cell])).toEqual(BAD_VALUES.map((r) => ["value-not-number", `D${r + 2}`]));
    },
    LIMIT_MS,
  );

  it(
    "builds, with a result for every code and area, and carries every row over",
    async () => {
      const out = join(dir, "huge-out.xlsx");
      const run = await scorecard("build", input, "-o", out, "--allow-errors", "--json");
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout) as { period: string; indicators: unknown[] };
      expect(json.period).toBe("2012-12");
      expect(json.indicators).toHaveLength(CODES.length * AREAS.length);
      // The output is itself a valid input with the same rows: nothing was dropped on the way.
      const again = JSON.parse((await scorecard("validate", out, "--json")).stdout) as Validation;
      expect(again.summary).toMatchObject({ rows: ROWS, errors: BAD_VALUES.length });
      expect(readFileSync(out).length).toBeGreaterThan(1_000_000);
    },
    LIMIT_MS,
  );

  it(
    "reports every bad row of a table that is all wrong, without running out of stack",
    async () => {
      // Every Period unreadable: one issue per row, far more than a function's argument list holds.
      const data = hugeData();
      for (const row of data) row[1] = "not a month";
      const allWrong = join(dir, "all-wrong.xlsx");
      writeFileSync(allWrong, await indicatorWorkbook({ indicators, data }));
      const run = await scorecard("validate", allWrong, "--json");
      expect(run.stderr).toBe("");
      expect(run.code).toBe(1);
      const { issues, summary } = JSON.parse(run.stdout) as Validation;
      expect(summary.errors).toBe(ROWS);
      expect(issues.filter((i) => i.rule === "bad-period")).toHaveLength(ROWS);
      expect(issues.at(-1)).toMatchObject({ rule: "bad-period", cell: `B${ROWS + 1}` });
    },
    LIMIT_MS,
  );
});
