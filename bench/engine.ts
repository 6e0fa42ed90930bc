/**
 * Suite 1, the engine: read from values + validate (`analyseTables`) and
 * compute (`computeResults`) on generated IndicatorData of growing size.
 * Each size runs in its own Node process, so its peak memory is its own and
 * one size's garbage never slows the next.
 */
import { analyseTables } from "../src/domain/analyse";
import { computeResults } from "../src/domain/gaps";
import { generateIndicatorData, shapeFor } from "./generateData";
import { runChild } from "./child";
import { median } from "./stats";

/** What one size measured. Times in milliseconds, memory in MB. */
export interface EngineSize {
  rows: number;
  months: number;
  areas: number;
  runs: number;
  /** Median wall time of analyse + compute over the runs. */
  medianMs: number;
  minMs: number;
  /** The first run, before the JIT has warmed up. */
  firstMs: number;
  /** Median CPU time (user + system, all threads, garbage collection included). */
  medianCpuMs: number;
  /** Median of the two parts. */
  analyseMs: number;
  computeMs: number;
  /** Heap in use once the table was generated (before the engine ran). */
  heapBeforeMB: number;
  /** Largest heap in use sampled right after each analyse and each compute. */
  heapPeakMB: number;
  /** The process's peak resident set size (table generation included). */
  maxRssMB: number;
  issues: number;
  results: number;
}

const MB = 1024 * 1024;

function heapMB(): number {
  return process.memoryUsage().heapUsed / MB;
}

/** Measures one size in this process. */
export function measureEngine(rows: number, runs: number): EngineSize {
  const shape = shapeFor(rows);
  const tables = new Map([["indicatordata", generateIndicatorData(rows)]]);
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = heapMB();
  let heapPeak = heapBefore;
  const walls: number[] = [];
  const cpus: number[] = [];
  const analyses: number[] = [];
  const computes: number[] = [];
  let issues = 0;
  let results = 0;
  for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const analysis = analyseTables(tables);
    const t1 = performance.now();
    heapPeak = Math.max(heapPeak, heapMB());
    const computed = computeResults(analysis.catalogue, analysis.observations, { benchmarks: analysis.benchmarks });
    const t2 = performance.now();
    heapPeak = Math.max(heapPeak, heapMB());
    const used = process.cpuUsage(cpu);
    walls.push(t2 - t0);
    analyses.push(t1 - t0);
    computes.push(t2 - t1);
    cpus.push((used.user + used.system) / 1000);
    issues = analysis.issues.length;
    results = computed.length;
  }
  return {
    rows,
    months: shape.months,
    areas: shape.areas,
    runs,
    medianMs: median(walls),
    minMs: Math.min(...walls),
    firstMs: walls[0]!,
    medianCpuMs: median(cpus),
    analyseMs: median(analyses),
    computeMs: median(computes),
    heapBeforeMB: heapBefore,
    heapPeakMB: heapPeak,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    issues,
    results,
  };
}

/** Measures one size in a fresh Node process (see engineChild.ts). */
export async function measureEngineIsolated(rows: number, runs: number): Promise<EngineSize> {
  return (await runChild("bench/engineChild.ts", [String(rows), String(runs)])) as EngineSize;
}

/** How many runs each size gets: more for small sizes, where one run is quick and noisy. */
export function runsFor(rows: number): number {
  if (rows <= 1_000) return 21;
  if (rows <= 10_000) return 11;
  if (rows <= 100_000) return 7;
  return 3;
}

export interface EngineSuite {
  sizes: EngineSize[];
  /** Least-squares slope of log(median time) against log(rows) over every size. */
  exponent: number;
  /** The same slope between the two largest sizes only: where non-linear work would show. */
  exponentLargest: number;
}

/** Least-squares slope of log y against log x. */
export function growthExponent(points: readonly { x: number; y: number }[]): number {
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
  });
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

/** Runs every size, each in its own process unless `isolate` is false. */
export async function engineSuite(
  sizes: readonly number[],
  options: { runs?: number; isolate?: boolean; log?: (line: string) => void } = {},
): Promise<EngineSuite> {
  const measured: EngineSize[] = [];
  for (const rows of sizes) {
    const runs = options.runs ?? runsFor(rows);
    const size = options.isolate === false ? measureEngine(rows, runs) : await measureEngineIsolated(rows, runs);
    options.log?.(
      `engine ${rows} rows: median ${size.medianMs.toFixed(1)} ms, peak RSS ${size.maxRssMB.toFixed(0)} MB`,
    );
    measured.push(size);
  }
  const points = measured.map((s) => ({ x: s.rows, y: s.medianMs }));
  return { sizes: measured, exponent: growthExponent(points), exponentLargest: growthExponent(points.slice(-2)) };
}
