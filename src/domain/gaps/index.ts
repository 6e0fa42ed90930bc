/**
 * The target-gaps engine: RAG, direction, period averages, baselines and
 * benchmarks, year-to-date checks and trajectories. Pure: no I/O.
 */
export { computeResults, computeResultsAt, type ComputeOptions } from "./computeResults";
export { availableMonths, describeMonths } from "./availableMonths";
export { UnknownPeriodError } from "../errors";
export { reportingMonth, knownReportingMonth, dashboardMissing } from "./reportingMonth";
export { readBenchmarks } from "./readBenchmarks";
export { BENCHMARK_RULES, YEAR_TO_DATE_RULES } from "./gapRules";
export { checkYearToDate } from "./checkYearToDate";
export { toBuildJson, indicatorJson, round4, deadlineJson, minimisingJson } from "./toBuildJson";
export { headlineGap, pickGap, pickNamed, HEADLINE_RAG_RULE } from "./headline";
export { judgeTarget, targetStatus, type JudgeContext, type TargetStatus } from "./judgeTarget";
export { resolveLevel, type Benchmark } from "./resolveLevel";
export { ragFor, signedGap, atOrBetter, toleranceFor, tidy, DEFAULT_TOLERANCE, EPSILON } from "./compare";
export { directionOf } from "./direction";
export { trajectoryFor, FORECAST_MONTHS, FORECAST_MIN_MONTHS } from "./trajectory";
export { Series, groupObservations } from "./series";
export { targetName, targetTitle } from "./targetNames";
export { periodAverage } from "./periodAverage";
export { deadlineVerdict } from "./deadlineVerdict";
export { minimisingSince, RISES_THAT_FLAG } from "./minimising";
export { feasibleRange, feasibleValue, isFeasible } from "./feasible";
export { endedPeriodGap } from "./endedPeriod";
