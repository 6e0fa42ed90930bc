/**
 * Each benchmark suite at its smallest size, so the benchmarks cannot rot.
 * Sync counts and request sizes are deterministic and asserted against the
 * targets; wall-clock times are only checked to be measured, never compared.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliSuite, OUT } from "../../bench/cli";
import { engineSuite, growthExponent } from "../../bench/engine";
import { generateIndicatorData, rowsIn, shapeFor } from "../../bench/generateData";
import { describeMachine } from "../../bench/machine";
import { benchCatalogue, measureOffice } from "../../bench/office";
import { renderResults } from "../../bench/report";
import { checkTargets, TARGETS } from "../../bench/targets";
import { BIN_PATH } from "../../scripts/bundleCli";
import { analyseTables } from "../../src/domain/analyse";

const measured = (x: number): boolean => Number.isFinite(x) && x > 0;

describe("the generated data", () => {
  it.each([1_000, 10_000])("has exactly %i rows and nothing an analyst would have to fix", (rows) => {
    const data = generateIndicatorData(rows);
    expect(data.rows).toHaveLength(rows);
    expect(rowsIn(shapeFor(rows))).toBeGreaterThanOrEqual(rows);
    const analysis = analyseTables(new Map([["indicatordata", data]]));
    expect(analysis.summary).toMatchObject({ errors: 0, rows });
    // The last month is cut short at exactly `rows` rows, so the indicators it lacks are rightly pointed out; nothing else is.
    const warned = analysis.issues.filter((i) => i.severity === "warning");
    expect(new Set(warned.map((i) => i.rule))).toEqual(new Set(["missing-authority-figure"]));
  });

  it("is the same on every run", () => {
    expect(generateIndicatorData(500)).toEqual(generateIndicatorData(500));
  });
});

describe("the growth exponent", () => {
  it.each([
    [1, [1_000, 10_000, 100_000]],
    [2, [10, 100, 1_000]],
  ])("fits a slope of %i", (power, xs) => {
    expect(growthExponent(xs.map((x) => ({ x, y: 3 * x ** power })))).toBeCloseTo(power, 10);
  });
});

describe("suite smoke runs", () => {
  it("engine: 1,000 rows in a child process", async () => {
    const suite = await engineSuite([1_000], { runs: 2 });
    const [size] = suite.sizes;
    // The built-in catalogue note, and the indicators missing from the cut-short last month.
    expect(size).toMatchObject({ rows: 1_000, runs: 2, issues: 16 });
    for (const x of [size!.medianMs, size!.firstMs, size!.medianCpuMs, size!.heapPeakMB, size!.maxRssMB])
      expect(measured(x)).toBe(true);
    expect(size!.results).toBeGreaterThan(100);
  });

  it("office: 6 indicators × 13 months validate and build within the sync and request targets", async () => {
    const run = await measureOffice({ indicators: 6, months: 13 });
    for (const build of [run.first, run.refresh]) {
      expect(build).toMatchObject({ syncs: 3, readSyncs: 2, writeSyncs: 1 });
      expect(build.largestRequest).toBeGreaterThan(0);
      expect(build.largestRequest).toBeLessThanOrEqual(TARGETS.requestBytes);
      // Office.js's own serializer: bigger than the fake's measure, never above applyPlan's estimate.
      expect(build.officeJsLargest).toBeGreaterThan(build.largestRequest);
      expect(build.officeJsLargest).toBeLessThanOrEqual(build.estimatedLargest);
    }
    expect(run.separateRefresh.syncs).toBeGreaterThan(TARGETS.syncs);
    expect(benchCatalogue(30).filter((i) => i.code.endsWith("_2"))).toHaveLength(7);
  });

  it("command line: start-up and the sample, through tsx and bundled", async () => {
    const suite = await cliSuite({ large: [], runs: 1, viaNpx: false });
    expect(suite.cases.map((c) => `${c.name}/${c.runner}`)).toEqual([
      "start-up (--help)/tsx",
      "start-up (--help)/bundle",
      "build the sample/tsx",
      "build the sample/bundle",
    ]);
    for (const c of suite.cases) {
      expect(c.exit).toBe(0);
      expect(measured(c.medianMs) && measured(c.maxRssMB) && measured(c.medianCpuMs)).toBe(true);
    }
    expect(existsSync(join(OUT, "sample-built-bundle.xlsx"))).toBe(true);
    expect(suite.bundle.path).toBe(BIN_PATH);

    const checks = checkTargets(undefined, undefined, suite);
    expect(checks.map((c) => c.met)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      expect.any(Boolean),
      expect.any(Boolean),
      undefined,
      undefined,
    ]);
    const markdown = renderResults({ machine: describeMachine(), loadAtEnd: 0, seconds: 1, smoke: true, cli: suite });
    expect(markdown).toContain("## 3. Command line end to end");
    expect(markdown).not.toContain("## 1. Engine");
    expect(markdown).toMatch(/\| build the sample \| bundle \|.*\| 939 ms \/ 133 MB \|/);
  });
});
