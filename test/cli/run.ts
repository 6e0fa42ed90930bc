/** Runs the command line in-process and captures what it prints. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { loadWorkbook } from "../support/loadWorkbook";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function scorecard(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** A fresh folder for one test's files. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), "scorecard-"));
}

/**
 * A typed-input cell of a generated sheet in an output file, found by its key
 * in the hidden column A ("input:<key>@<column>"), and what it holds.
 */
export async function inputCell(path: string, sheet: string, key: string): Promise<{ address: string; text: unknown }> {
  const ws = (await loadWorkbook(new Uint8Array(readFileSync(path)))).getWorksheet(sheet)!;
  for (let row = 1; row <= ws.rowCount; row++) {
    const cell = ws.getCell(row, 1).value;
    if (typeof cell === "string" && cell.startsWith(`input:${key}@`)) {
      // "input:key@F", with "#draft=…" after the column when the build drafted the cell.
      const address = `${/^[A-Z]+/.exec(cell.slice(cell.lastIndexOf("@") + 1))![0]}${row}`;
      return { address, text: ws.getCell(address).value };
    }
  }
  throw new Error(`no input cell ${key} on ${sheet}`);
}

/** A fresh folder holding `scorecard init`'s sample workbook, for a suite's beforeAll. */
export async function initSample(): Promise<{ dir: string; sample: string }> {
  const dir = scratch();
  const sample = join(dir, "sample.xlsx");
  const run = await scorecard("init", sample);
  if (run.code !== 0) throw new Error(`scorecard init failed: ${run.stderr}`);
  return { dir, sample };
}
