/**
 * Runs `scorecard` in its own Node process (TypeScript through tsx), so a
 * reader that hangs is killed by a timeout instead of stalling the test
 * runner, and its peak memory is its own (bench/rusage.mjs, preloaded).
 */
import { execFile } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const RUSAGE = pathToFileURL(`${ROOT}bench/rusage.mjs`).href;

export interface CliProcessRun {
  /** null when the process was killed for taking longer than the guard. */
  code: number | null;
  stdout: string;
  /** What the command printed on stderr, without the memory report. */
  stderr: string;
  peakMB: number;
}

/** Runs `scorecard …args`, killing it after `guardMs` (a hang guard, not a speed target). */
export function runCliProcess(args: string[], guardMs = 90_000): Promise<CliProcessRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", ...args],
      {
        cwd: ROOT,
        timeout: guardMs,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NODE_OPTIONS: `--import ${RUSAGE}`, SCORECARD_DEBUG: "" },
      },
      (error, stdout, stderr) => {
        const lines = stderr.split("\n");
        const usage = lines.find((l) => l.startsWith("BENCH_RUSAGE "));
        const peakKB = usage ? (JSON.parse(usage.slice("BENCH_RUSAGE ".length)) as { maxRssKB: number }).maxRssKB : 0;
        const killed = error !== null && (error as { killed?: boolean }).killed === true;
        resolve({
          code: killed ? null : error ? Number((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr: lines
            .filter((l) => !l.startsWith("BENCH_RUSAGE "))
            .join("\n")
            .trim(),
          peakMB: peakKB / 1024,
        });
      },
    );
  });
}

/**
 * What the command said on stderr besides the build's expected notice that
 * some dashboard indicators have no whole-authority figure (the corpus books
 * carry only a few indicators): anything left is a real complaint.
 */
export function unexpectedStderr(stderr: string): string[] {
  return stderr
    .split("\n")
    .filter((line) => line.trim() !== "" && !/no whole-authority figure for /.test(line));
}
