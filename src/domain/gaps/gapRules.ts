/** Rules about the inputs of the target gaps: the Benchmarks table and year-to-date figures. */
import type { RuleInfo } from "../rules/issue";

export const BENCHMARK_RULES = [
  { id: "benchmark-not-number", severity: "error", summary: "A Benchmarks row's Benchmark cell is not a number; the row is not used." },
  { id: "benchmark-bad-period", severity: "warning", summary: "A Benchmarks row's Period is not a recognisable month; the figure is used without a date." },
  { id: "benchmark-duplicate", severity: "warning", summary: "An indicator code has more than one benchmark; the most recent (else the first) is used." },
] as const satisfies readonly RuleInfo[];

export const YEAR_TO_DATE_RULES = [
  {
    id: "ytd-mismatch",
    severity: "warning",
    summary:
      "A year-to-date Value differs by more than 0.1 points from 100 × Numerator ÷ Denominator summed from April; reported at the row whose own figures disagree, not at the later months it throws out, and not compared across a series break.",
  },
] as const satisfies readonly RuleInfo[];
