/**
 * Issue 7, part 2 — no data loss in the file shell. A build that fails part way
 * (in the xlsx shell, while writing the temporary file, or at the rename)
 * leaves the previous output byte for byte as it was, writes no partial file
 * and leaves no temporary file behind.
 *
 * Elsewhere: the input is unchanged by build (test/cli/build.test.ts); the
 * Office.js shell keeps the previous dashboard when a write fails
 * (test/excel/swap.test.ts, test/excel/applyPlanRefresh.test.ts); commentary
 * survives refreshes (test/cli/refresh.test.ts, test/xlsx/applyPlan.refresh.test.ts);
 * highlight-and-clear restores fills (test/taskpane/cellFills.test.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as fsPromises from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { writeOutput } from "../../src/cli/files";
import { UnwritableOutputError } from "../../src/cli/errors";
import { writeChart } from "../../src/xlsx/writeChart";
import { loadWorkbook } from "../support/loadWorkbook";
import { scorecard, scratch } from "../cli/run";

// Pass-through by default; single tests make one call fail.
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return { ...actual, open: vi.fn(actual.open), rename: vi.fn(actual.rename) };
});
vi.mock("../../src/xlsx/writeChart", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/xlsx/writeChart")>();
  return { ...actual, writeChart: vi.fn(actual.writeChart) };
});

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: injected`), { code });

/** Every name in the folder, so a stray temporary file (hidden or not) shows. */
const listing = (dir: string): string[] => readdirSync(dir).sort();

describe("a build that fails part way", () => {
  let dir: string;
  let input: string;
  let output: string;
  let previous: Buffer;

  beforeAll(async () => {
    dir = scratch();
    input = join(dir, "input.xlsx");
    output = join(dir, "dashboard.xlsx");
    expect((await scorecard("init", input)).code).toBe(0);
    // The previous month's output, which a failed build must not damage.
    expect((await scorecard("build", input, "-o", output, "--period", "2012-10")).code).toBe(0);
    previous = readFileSync(output);
  });

  afterEach(() => {
    vi.mocked(fsPromises.open).mockReset();
    vi.mocked(fsPromises.rename).mockReset();
    // mockReset goes back to the real function each mock was made from.
    vi.mocked(writeChart).mockReset();
  });

  async function expectUnchangedAfter(failingBuild: () => Promise<{ code: number; stderr: string }>) {
    const before = listing(dir);
    const run = await failingBuild();
    expect(run.code).not.toBe(0);
    expect(run.stderr).not.toBe("");
    expect(readFileSync(output).equals(previous)).toBe(true);
    expect(listing(dir)).toEqual(before);
    return run;
  }

  it("in the xlsx shell (writing a chart throws): the previous output is untouched", async () => {
    vi.mocked(writeChart).mockImplementationOnce(() => {
      throw new Error("chart writer failed");
    });
    const run = await expectUnchangedAfter(() => scorecard("build", input, "-o", output, "--period", "2013-03"));
    expect(run.code).toBe(3);
    expect(vi.mocked(writeChart)).toHaveBeenCalled();
  });

  it("half way through writing the file (disk full): no partial file, no temporary file", async () => {
    const actual = await vi.importActual<typeof import("node:fs/promises")>("node:fs/promises");
    let written = 0;
    vi.mocked(fsPromises.open).mockImplementationOnce(async (path, flags) => {
      const handle = await actual.open(path, flags);
      // Half the workbook reaches the disk, then the disk is full.
      handle.writeFile = async (data: unknown) => {
        const bytes = data as Uint8Array;
        written = Math.floor(bytes.length / 2);
        await actual.appendFile(path, bytes.subarray(0, written));
        throw errno("ENOSPC");
      };
      return handle;
    });
    const run = await expectUnchangedAfter(() => scorecard("build", input, "-o", output, "--period", "2013-03"));
    expect(written).toBeGreaterThan(0);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/disk is full/);
  });

  it("at the rename (the file is locked): the previous output is untouched, the temporary file removed", async () => {
    vi.mocked(fsPromises.rename).mockRejectedValueOnce(errno("EBUSY"));
    const run = await expectUnchangedAfter(() => scorecard("build", input, "-o", output, "--period", "2013-03"));
    expect(run.code).toBe(2);
    expect(vi.mocked(fsPromises.rename)).toHaveBeenCalledTimes(1);
  });

  it("with data errors (exit 1) or an unusable input (exit 2): nothing is written", async () => {
    const broken = join(dir, "broken.xlsx");
    const wb = await loadWorkbook(new Uint8Array(readFileSync(input)));
    wb.getWorksheet("IndicatorData")!.getCell("D2").value = "not a number";
    writeFileSync(broken, await wb.xlsx.writeBuffer());
    expect((await expectUnchangedAfter(() => scorecard("build", broken, "-o", output))).code).toBe(1);

    const notAWorkbook = join(dir, "notes.xlsx");
    writeFileSync(notAWorkbook, "Code,Period,Value\n");
    expect((await expectUnchangedAfter(() => scorecard("build", notAWorkbook, "-o", output))).code).toBe(2);
  });

  it("onto a path that does not exist yet: no file appears at it", async () => {
    const fresh = join(dir, "never.xlsx");
    vi.mocked(writeChart).mockImplementationOnce(() => {
      throw new Error("chart writer failed");
    });
    expect((await scorecard("build", input, "-o", fresh)).code).toBe(3);
    expect(existsSync(fresh)).toBe(false);
  });

  it("onto a folder: one clear sentence, exit 2, nothing left behind", async () => {
    const folder = join(dir, "a-folder.xlsx");
    mkdirSync(folder);
    const before = listing(dir);
    const run = await scorecard("build", input, "-o", folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a folder/);
    expect(listing(dir)).toEqual(before);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("onto an existing workbook that succeeds: it is replaced by the new build, nothing else left", async () => {
    const before = listing(dir);
    const run = await scorecard("build", input, "-o", output, "--period", "2013-03");
    expect(run.code).toBe(0);
    expect(listing(dir)).toEqual(before);
    const now = readFileSync(output);
    expect(now.equals(previous)).toBe(false);
    const dashboard = (await loadWorkbook(new Uint8Array(now))).getWorksheet("Member Dashboard");
    expect(JSON.stringify(dashboard?.getSheetValues())).toMatch(/March 2013/);
  });
});

describe("writeOutput", () => {
  it("writes the bytes, creating missing folders, and leaves only the target", async () => {
    const dir = scratch();
    const target = join(dir, "deep", "er", "out.xlsx");
    await writeOutput(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(join(dir, "deep", "er"))).toEqual(["out.xlsx"]);
  });

  it("writes through a temporary file beside the target and renames it over the target", async () => {
    const dir = scratch();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "previous");
    await writeOutput(target, new Uint8Array([9]));
    const [[from, to]] = vi.mocked(fsPromises.rename).mock.calls.slice(-1) as [[string, string]];
    expect(to).toBe(target);
    expect(from).not.toBe(target);
    expect(from.startsWith(`${dir}/`)).toBe(true); // same folder, so the rename is atomic
    expect([...readFileSync(target)]).toEqual([9]);
  });

  it("throws UnwritableOutputError (exit 2) and removes its temporary file when the write fails", async () => {
    const dir = scratch();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "previous");
    vi.mocked(fsPromises.rename).mockRejectedValueOnce(errno("EACCES"));
    const failure = await writeOutput(target, new Uint8Array([9])).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnwritableOutputError);
    expect((failure as UnwritableOutputError).exitCode).toBe(2);
    expect(readFileSync(target, "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });
});
