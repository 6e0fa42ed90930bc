/**
 * Suite 3, the command line end to end: `scorecard build` spawned as a
 * separate process, as an analyst or a scheduled job runs it, on the sample
 * workbook (`scorecard init`) and on a generated large one. Wall time is taken
 * around the spawn; peak memory and CPU time come from the process itself
 * (rusage.mjs, preloaded). Three ways to run it: through tsx, as
 * `npm run scorecard` does (TypeScript transpiled at every start); the
 * bundled bin/scorecard.mjs that package.json's `bin` names (built by npm ci,
 * rebuilt here); and `npx scorecard`, npm's own start included. `--help`
 * shows the start-up alone; the large workbook is also validated.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { sampleWorkbook } from "../src/cli/init";
import { DEFAULT_CATALOGUE } from "../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../src/domain/catalogue/readCatalogue";
import { sampleObservationRows } from "../src/sample/sampleData";
import { writeTablesWorkbook } from "../src/xlsx/writeTables";
import { BIN_PATH, bundleCli as bundleBin } from "../scripts/bundleCli";
import { ROOT } from "./child";
import { generateIndicatorData } from "./generateData";
import { median } from "./stats";

/** Where the bench keeps its files (git-ignored). */
export const OUT = join(ROOT, "out", "bench");

/** tsx: `tsx src/cli/main.ts` (npm run scorecard); bundle: `node bin/scorecard.mjs`; npx: `npx scorecard`, npm's own start included. */
export type Runner = "tsx" | "bundle" | "npx";

export interface Spawned {
  wallMs: number;
  maxRssMB: number;
  cpuMs: number;
  exit: number | null;
  stdout: string;
  stderr: string;
}

export interface CliCase {
  name: string;
  runner: Runner;
  /** Data rows in the input workbook (0 for `--help`). */
  rows: number;
  runs: number;
  medianMs: number;
  minMs: number;
  /** Largest peak resident set over the runs. */
  maxRssMB: number;
  medianCpuMs: number;
  exit: number | null;
}

export interface CliSuite {
  bundle: { path: string; ms: number; bytes: number };
  cases: CliCase[];
}

function ensureOut(): void {
  mkdirSync(OUT, { recursive: true });
}

/** Bundles the command line into bin/scorecard.mjs, the file `npx scorecard` runs (scripts/bundleCli.ts, as npm ci does). */
export async function bundleCli(): Promise<CliSuite["bundle"]> {
  ensureOut();
  return bundleBin();
}

const RUSAGE = pathToFileURL(join(ROOT, "bench", "rusage.mjs")).href;

/** Runs the command line once with `args`, measured. */
export function spawnCli(runner: Runner, args: readonly string[], bundlePath = BIN_PATH): Promise<Spawned> {
  const [program, ...command] =
    runner === "tsx"
      ? [process.execPath, join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "src/cli/main.ts"]
      : runner === "npx"
        ? ["npx", "scorecard"]
        : [process.execPath, bundlePath];
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${RUSAGE}`.trim() };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(program!, [...command, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (exit) => {
      const wallMs = performance.now() - started;
      // tsx and npx run the script in a child of their own: every process reports, the largest counts for memory, all for CPU.
      const usages = stderr
        .split("\n")
        .filter((l) => l.startsWith("BENCH_RUSAGE "))
        .map(
          (l) => JSON.parse(l.slice("BENCH_RUSAGE ".length)) as { maxRssKB: number; userMs: number; systemMs: number },
        );
      resolve({
        wallMs,
        maxRssMB: Math.max(0, ...usages.map((u) => u.maxRssKB)) / 1024,
        cpuMs: usages.reduce((sum, u) => sum + u.userMs + u.systemMs, 0),
        exit,
        stdout,
        stderr: stderr
          .split("\n")
          .filter((l) => !l.startsWith("BENCH_RUSAGE ") && !l.startsWith("npm warn"))
          .join("\n")
          .trim(),
      });
    });
  });
}

/** Runs one case `runs` times. */
export async function measureCli(
  name: string,
  runner: Runner,
  rows: number,
  args: readonly string[],
  runs: number,
): Promise<CliCase> {
  const spawned: Spawned[] = [];
  for (let i = 0; i < runs; i++) spawned.push(await spawnCli(runner, args));
  return {
    name,
    runner,
    rows,
    runs,
    medianMs: median(spawned.map((s) => s.wallMs)),
    minMs: Math.min(...spawned.map((s) => s.wallMs)),
    maxRssMB: Math.max(...spawned.map((s) => s.maxRssMB)),
    medianCpuMs: median(spawned.map((s) => s.cpuMs)),
    exit: spawned[spawned.length - 1]!.exit,
  };
}

/** The sample workbook `scorecard init` writes, at out/bench/sample.xlsx. */
export async function sampleInput(): Promise<string> {
  ensureOut();
  const path = join(OUT, "sample.xlsx");
  writeFileSync(path, await sampleWorkbook());
  return path;
}

/**
 * A workbook with the default catalogue and `rows` generated IndicatorData
 * rows, written once by the file shell and kept under out/bench (writing
 * 100,000 rows takes several seconds); the name carries a hash of the
 * generator, so changing it makes a new file.
 */
export async function largeInput(rows: number): Promise<{ path: string; cached: boolean; ms: number }> {
  ensureOut();
  const generator = readFileSync(join(ROOT, "bench", "generateData.ts"));
  const hash = createHash("sha256").update(generator).digest("hex").slice(0, 8);
  const path = join(OUT, `indicators-${rows}-${hash}.xlsx`);
  if (existsSync(path)) return { path, cached: true, ms: 0 };
  const started = performance.now();
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  const data = generateIndicatorData(rows);
  const bytes = await writeTablesWorkbook([
    { sheet: "Indicators", table: "Indicators", headers: catalogue.headers, rows: catalogue.rows },
    { sheet: "IndicatorData", table: "IndicatorData", headers: data.headers, rows: data.rows },
  ]);
  writeFileSync(path, bytes);
  return { path, cached: false, ms: performance.now() - started };
}

export interface CliOptions {
  /** Sizes of generated workbooks to build besides the sample (default 100,000 rows). */
  large?: number[];
  /** Runs for the start-up and sample cases (default 5). */
  runs?: number;
  /** Runs for each large workbook (default 2 bundled, 1 through tsx). */
  largeRuns?: number;
  /** Also time `npx scorecard --help`, npm's own start included (default true; the smoke run leaves it out). */
  viaNpx?: boolean;
  log?: (line: string) => void;
}

/** Every case: start-up, the sample, and each large workbook (built, and validated), through tsx and bundled. */
export async function cliSuite(options: CliOptions = {}): Promise<CliSuite> {
  const runs = options.runs ?? 5;
  const log = options.log ?? (() => {});
  const bundle = await bundleCli();
  const sample = await sampleInput();
  const cases: CliCase[] = [];
  const add = async (name: string, runner: Runner, rows: number, args: string[], n: number): Promise<void> => {
    const measured = await measureCli(name, runner, rows, args, n);
    log(
      `cli ${name} (${runner}): median ${measured.medianMs.toFixed(0)} ms, peak RSS ${measured.maxRssMB.toFixed(0)} MB, exit ${measured.exit}`,
    );
    cases.push(measured);
  };
  for (const runner of ["tsx", "bundle"] as const) await add("start-up (--help)", runner, 0, ["--help"], runs);
  if (options.viaNpx ?? true) await add("start-up (--help)", "npx", 0, ["--help"], runs);
  const sampleRows = sampleObservationRows().rows.length;
  for (const runner of ["tsx", "bundle"] as const) {
    await add(
      "build the sample",
      runner,
      sampleRows,
      ["build", sample, "-o", join(OUT, `sample-built-${runner}.xlsx`)],
      runs,
    );
  }
  for (const rows of options.large ?? [100_000]) {
    const input = await largeInput(rows);
    log(
      `cli input of ${rows} rows: ${input.cached ? "cached" : `written in ${(input.ms / 1000).toFixed(1)} s`} (${input.path})`,
    );
    for (const runner of ["tsx", "bundle"] as const) {
      const n = options.largeRuns ?? (runner === "bundle" ? 2 : 1);
      await add(
        `build ${rows.toLocaleString("en-GB")} rows`,
        runner,
        rows,
        ["build", input.path, "-o", join(OUT, `built-${rows}-${runner}.xlsx`)],
        n,
      );
    }
    await add(
      `validate ${rows.toLocaleString("en-GB")} rows`,
      "bundle",
      rows,
      ["validate", input.path],
      options.largeRuns ?? 2,
    );
  }
  return { bundle, cases };
}
