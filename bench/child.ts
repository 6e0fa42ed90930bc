/**
 * Runs a bench script in a fresh Node process (the same Node, with tsx) and
 * returns the JSON it prints as its last line of output.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root, whatever the caller's working folder. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Node flags for a child that runs TypeScript through tsx. */
export const TSX_FLAGS = ["--import", "tsx"];

export class BenchChildError extends Error {
  readonly code = "BENCH_CHILD_FAILED";
  constructor(script: string, exit: number | null, stderr: string) {
    super(`${script} exited with ${exit}: ${stderr.trim().split("\n").slice(-5).join("\n")}`);
  }
}

/** Spawns `script` (a path from the repository root) with `args`; resolves with its parsed last line. */
export function runChild(script: string, args: readonly string[], nodeFlags: readonly string[] = []): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, ...TSX_FLAGS, script, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (exit) => {
      const last = stdout.trim().split("\n").pop() ?? "";
      if (exit !== 0 || !last.startsWith("{")) reject(new BenchChildError(script, exit, stderr || stdout));
      else resolve(JSON.parse(last) as unknown);
    });
  });
}
