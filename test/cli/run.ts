/** Runs the command line in-process and captures what it prints. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function scorecard(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (t) => out.push(t), (t) => err.push(t));
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** A fresh folder for one test's files. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), "scorecard-"));
}
