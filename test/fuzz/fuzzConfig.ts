/**
 * How the fuzz suite runs. Reproducible by default (a fixed seed), bounded by a
 * fixed number of cases per property, and overridable from the environment:
 *
 * - `FUZZ_RUNS`: cases per property (default 3,000; four properties make 12,000).
 * - `FUZZ_SEED`: the seed (default below); a failure report prints the one to reuse.
 * - `FUZZ_PATH`: replay one failing case (with `FUZZ_SEED` and vitest's `-t` for its property).
 * - `FUZZ_SHRINK=0`: stop at the first failure without shrinking it (the default on CI,
 *   where shrinking a large table could outlast the test's time limit).
 */
import fc from "fast-check";

function envInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be a whole number, not "${raw}".`);
  return n;
}

export const FUZZ_SEED = envInteger("FUZZ_SEED", 20_111_013);
export const FUZZ_RUNS = envInteger("FUZZ_RUNS", 3_000);
const FUZZ_PATH = process.env.FUZZ_PATH?.trim() || undefined;
const SHRINK = (process.env.FUZZ_SHRINK ?? (process.env.CI === "true" ? "0" : "1")) !== "0";

/** Generous: the suite's own budget is about a minute on two cores, and shrinking can take longer. */
export const FUZZ_TIMEOUT_MS = 300_000;

const tally = { cases: 0, properties: 0 };

/**
 * Runs a property with the suite's seed and run count, counts the cases for
 * the closing tally, and fails with fast-check's report (seed, path, counterexample).
 */
export function checkProperty<Ts>(property: fc.IProperty<Ts>): void {
  const details = fc.check(property, {
    seed: FUZZ_SEED,
    numRuns: FUZZ_RUNS,
    endOnFailure: !SHRINK,
    verbose: fc.VerbosityLevel.Verbose,
    ...(FUZZ_PATH ? { path: FUZZ_PATH } : {}),
  });
  tally.cases += details.numRuns;
  tally.properties += 1;
  if (details.failed) throw new Error(failureReport(details), { cause: details.errorInstance });
}

/** A huge table makes a huge counterexample: the error first, then as much of fast-check's report as reads well. */
const MAX_REPORT = 20_000;

function failureReport<Ts>(details: fc.RunDetails<Ts>): string {
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const report = fc.defaultReportMessage(details) ?? "";
  const shown =
    report.length > MAX_REPORT
      ? `${report.slice(0, MAX_REPORT)}… (${report.length - MAX_REPORT} more characters)`
      : report;
  return `${error}\n\n${shown}`;
}

/** "fuzz: 12000 cases across 4 properties (seed 20111013)", for CI's log. */
export function fuzzTally(): string {
  return `fuzz: ${tally.cases} cases across ${tally.properties} properties (seed ${FUZZ_SEED})`;
}
