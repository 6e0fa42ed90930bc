/**
 * The bundled command (`npx scorecard`) as a person's shell sees it: the
 * entry leaves with process.exit once its output has flushed, so these check
 * that the exit code is the contract's and that a long output arrives whole
 * through a pipe.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateIndicatorData } from "../../bench/generateData";
import { bundleCli } from "../../scripts/bundleCli";
import { writeTablesWorkbook } from "../../src/xlsx/writeTables";
import { scorecard, scratch } from "./run";

let bin = "";
let folder = "";

/** Runs the bundle with the Node running the tests, its output through pipes. */
function run(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

beforeAll(async () => {
  folder = scratch();
  bin = (await bundleCli(join(folder, "bin", "scorecard.mjs"))).path;
  // 5,000 rows: their build JSON is over 400 KB, far more than a pipe holds at once.
  const data = generateIndicatorData(5_000);
  writeFileSync(join(folder, "large.xlsx"), await writeTablesWorkbook([{ sheet: "IndicatorData", table: "IndicatorData", headers: data.headers, rows: data.rows }]));
}, 120_000);

describe("the bundled command", () => {
  it("prints the whole JSON through a pipe, as the command does in-process, and exits 0", async () => {
    const args = ["build", join(folder, "large.xlsx"), "-o", join(folder, "out.xlsx"), "--json"];
    const result = run(...args);
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(256 * 1024);
    expect(result.stdout).toBe(`${(await scorecard(...args)).stdout}\n`);
  });

  it("exits 2 with one sentence on stderr for a file that is not there", () => {
    const result = run("validate", join(folder, "missing.xlsx"));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toBe(`${join(folder, "missing.xlsx")} does not exist.`);
  });

  it("exits 2 for a usage error and 0 for --help, printing the usage", () => {
    expect(run("frobnicate").status).toBe(2);
    const help = run("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("scorecard build <in.xlsx> -o <out.xlsx>");
  });
});
