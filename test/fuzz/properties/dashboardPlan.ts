/**
 * Property: for any analysed workbook, `buildDashboardPlan` on its results
 * returns (never throws) a plan whose blocks are rectangles of plain values on
 * Excel's grid, with no number Excel cannot hold and no string that starts like
 * a formula unless it is the workbook's own text.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { analyseTables } from "../../../src/domain/analyse";
import { availableMonths, computeResults } from "../../../src/domain/gaps";
import { monthIndex } from "../../../src/domain/periods";
import type { Catalogue } from "../../../src/domain/types";
import { buildDashboardPlan } from "../../../src/report";
import { workbookArb } from "../arbitraries";
import { planProblems } from "../checks";
import { checkProperty } from "../fuzzConfig";

/** Workbook text a plan may repeat as it is: the catalogue's names, definitions and impact statements. */
function workbookText(catalogue: Catalogue): Set<string> {
  return new Set(catalogue.flatMap((i) => [i.code, i.name, i.definition ?? "", i.impact ?? ""]));
}

/** Workbook strings starting with =, +, - or @ that plans wrote (the shells keep them literal), for the tally. */
export const formulaLikeWorkbookText: string[] = [];

export function checkDashboardPlan(): void {
  checkProperty(
    fc.property(
      workbookArb,
      fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      (workbook, monthsShown) => {
        const { catalogue, observations, benchmarks } = analyseTables(workbook.tables);
        const months = availableMonths(observations);
        const month = months[months.length - 1] ?? monthIndex(2012, 10);
        const results = computeResults(catalogue, observations, { benchmarks });
        const plan = buildDashboardPlan({ results, month, ...(monthsShown ? { monthsShown } : {}) });
        expect(planProblems(plan, workbookText(catalogue), formulaLikeWorkbookText)).toEqual([]);
      },
    ),
  );
}
