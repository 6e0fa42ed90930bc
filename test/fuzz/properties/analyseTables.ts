/**
 * Property: for any workbook, `analyseTables` returns (never throws), and every
 * issue is well formed and points inside the table it is about.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { analyseTables } from "../../../src/domain/analyse";
import { workbookArb } from "../arbitraries";
import { issueProblems, nonFiniteNumbers } from "../checks";
import { checkProperty } from "../fuzzConfig";

export function checkAnalyseTables(): void {
  checkProperty(
    fc.property(workbookArb, (workbook) => {
      const analysis = analyseTables(workbook.tables);
      const longestCode = Math.max(0, ...analysis.catalogue.map((i) => i.code.length));
      expect(issueProblems(analysis.issues, workbook.list, 2 * longestCode)).toEqual([]);
      expect(nonFiniteNumbers(analysis.observations, "observations")).toEqual([]);
      expect(nonFiniteNumbers(analysis.catalogue, "catalogue")).toEqual([]);
      expect(analysis.summary.usable).toBe(workbook.tables.has("indicatordata"));
      const errors = analysis.issues.filter((i) => i.severity === "error").length;
      expect(analysis.summary.errors).toBe(errors);
    }),
  );
}
