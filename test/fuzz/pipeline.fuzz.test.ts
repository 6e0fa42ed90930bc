/**
 * The fuzz suite: properties of the pure pipeline (cells → analyseTables →
 * computeResults → buildDashboardPlan) over generated workbooks. Seeded and
 * bounded (see fuzzConfig.ts); the closing line says how many cases ran.
 */
import { afterAll, describe, it } from "vitest";
import { FUZZ_TIMEOUT_MS, fuzzTally } from "./fuzzConfig";
import { checkAnalyseTables } from "./properties/analyseTables";
import { checkCellReaders } from "./properties/cellReaders";
import { checkComputeResults } from "./properties/computeResults";
import { checkDashboardPlan, formulaLikeWorkbookText } from "./properties/dashboardPlan";

describe("fuzz: the pure pipeline on any input", () => {
  afterAll(() => {
    console.log(fuzzTally());
    const distinct = new Set(formulaLikeWorkbookText).size;
    if (distinct)
      console.log(
        `fuzz: plans wrote ${distinct} distinct workbook strings starting with =, +, - or @ (kept literal by the shells)`,
      );
  });

  it("reads any single cell without throwing, within each reader's contract", checkCellReaders, FUZZ_TIMEOUT_MS);
  it(
    "analyses any workbook without throwing; every issue is well formed and inside its table",
    checkAnalyseTables,
    FUZZ_TIMEOUT_MS,
  );
  it(
    "computes results for any analysed workbook: RAG and direction words, finite numbers",
    checkComputeResults,
    FUZZ_TIMEOUT_MS,
  );
  it(
    "plans the dashboard for any results: rectangles of plain values, no formulas",
    checkDashboardPlan,
    FUZZ_TIMEOUT_MS,
  );
});
