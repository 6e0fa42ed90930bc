/**
 * Property: for any analysed workbook, `computeResults` returns (never throws)
 * at the latest month and at any month with data, each result's RAG and
 * direction are words of the contract, and every number in a result (and in
 * the `build --json` document) is finite.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { analyseTables } from "../../../src/domain/analyse";
import {
  availableMonths,
  computeResults,
  reportingMonth,
  toBuildJson,
  UnknownPeriodError,
} from "../../../src/domain/gaps";
import type { IndicatorResult } from "../../../src/domain/results";
import { workbookArb } from "../arbitraries";
import { nonFiniteNumbers } from "../checks";
import { checkProperty } from "../fuzzConfig";

const RAGS = ["green", "amber", "red", "none"];
const DIRECTIONS = ["improving", "worsening", "stable", "none"];

function resultProblems(results: readonly IndicatorResult[]): string[] {
  const problems: string[] = [];
  results.forEach((r, i) => {
    const at = `results[${i}] ${r.code}/${r.area}`;
    if (!RAGS.includes(r.rag)) problems.push(`${at}: rag ${r.rag}`);
    for (const g of r.gaps) if (!RAGS.includes(g.rag)) problems.push(`${at}: gap rag ${g.rag}`);
    if (!DIRECTIONS.includes(r.direction)) problems.push(`${at}: direction ${r.direction}`);
    if (!DIRECTIONS.includes(r.directionYearOnYear))
      problems.push(`${at}: year-on-year direction ${r.directionYearOnYear}`);
    problems.push(...nonFiniteNumbers(r, at));
  });
  return problems;
}

export function checkComputeResults(): void {
  checkProperty(
    fc.property(workbookArb, fc.nat(), (workbook, pick) => {
      const { catalogue, observations, benchmarks } = analyseTables(workbook.tables);
      const months = availableMonths(observations);

      const latest = computeResults(catalogue, observations, { benchmarks });
      expect(resultProblems(latest)).toEqual([]);
      if (months.length === 0) {
        expect(latest).toEqual([]);
        return;
      }
      const last = months[months.length - 1]!;
      // By default, the latest month the dashboard indicators have (the latest of any when they have none).
      const reported = reportingMonth(catalogue, observations)!;
      expect(months).toContain(reported);
      expect(latest.every((r) => r.month === reported)).toBe(true);
      const json = toBuildJson(latest, reported);
      expect(nonFiniteNumbers(json, "json")).toEqual([]);
      for (const row of json.indicators) {
        expect(RAGS).toContain(row.rag);
        expect(DIRECTIONS).toContain(row.direction);
      }

      const month = months[pick % months.length]!;
      const then = computeResults(catalogue, observations, { month, benchmarks });
      expect(resultProblems(then)).toEqual([]);
      expect(then.every((r) => r.month === month)).toBe(true);

      // A month without figures is the one thing that may throw, and only as UnknownPeriodError.
      expect(() => computeResults(catalogue, observations, { month: last + 1, benchmarks })).toThrow(
        UnknownPeriodError,
      );
    }),
  );
}
