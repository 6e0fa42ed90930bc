import { describe, expect, it } from "vitest";
import { readBenchmarks } from "../../../src/domain/gaps/readBenchmarks";
import type { CellValue, RawTable } from "../../../src/domain/types";
import { m } from "./fixtures";

function table(headers: string[], rows: CellValue[][]): RawTable {
  return { name: "Benchmarks", sheet: "Comparators", origin: { row: 3, column: 2 }, headers, rows, source: "table" };
}

describe("readBenchmarks", () => {
  it("no table: no benchmarks, no issues", () => {
    expect(readBenchmarks(undefined)).toEqual({ benchmarks: new Map(), issues: [] });
  });

  it("reads code, value, period and source, matching headers loosely", () => {
    const { benchmarks, issues } = readBenchmarks(
      table(["code", " BENCHMARK ", "Period", "Source"], [
        ["IA_RATE", 420.5, "Mar 2012", "DfE CIN census"],
        ["cp_repeat", "13.6%", null, null],
        [null, null, null, null],
      ]),
    );
    expect(issues).toEqual([]);
    expect(benchmarks.get("IA_RATE")).toEqual({ value: 420.5, month: m("2012-03"), source: "DfE CIN census" });
    expect(benchmarks.get("CP_REPEAT")).toEqual({ value: 13.6 });
    expect(benchmarks.size).toBe(2);
  });

  it.each([
    { name: "a value that is not a number", row: ["IA_RATE", "n/a", "Mar 2012"], rule: "benchmark-not-number", cell: "C4", kept: false },
    { name: "an unreadable period", row: ["IA_RATE", 420, "spring"], rule: "benchmark-bad-period", cell: "D4", kept: true },
  ])("$name → $rule at $cell", ({ row, rule, cell, kept }) => {
    const { benchmarks, issues } = readBenchmarks(table(["Code", "Benchmark", "Period"], [row]));
    expect(issues.map((i) => [i.rule, i.sheet, i.cell])).toEqual([[rule, "Comparators", cell]]);
    expect(benchmarks.has("IA_RATE")).toBe(kept);
  });

  it("a repeated code keeps the most recent figure and warns at the repeat", () => {
    const { benchmarks, issues } = readBenchmarks(
      table(["Code", "Benchmark", "Period"], [
        ["IA_RATE", 400, "Mar 2011"],
        ["IA_RATE", 420, "Mar 2012"],
        ["IA_RATE", 380, null],
      ]),
    );
    expect(benchmarks.get("IA_RATE")?.value).toBe(420);
    expect(issues.map((i) => [i.rule, i.cell])).toEqual([
      ["benchmark-duplicate", "B5"],
      ["benchmark-duplicate", "B6"],
    ]);
  });

  it("a missing Benchmark column is a missing-column error and reads nothing", () => {
    const { benchmarks, issues } = readBenchmarks(table(["Code", "Value"], [["IA_RATE", 420]]));
    expect(issues.map((i) => i.rule)).toEqual(["missing-column"]);
    expect(benchmarks.size).toBe(0);
  });
});

describe("readBenchmarks: regressions found by fuzzing", () => {
  it("reads a code with a line break typed into it as the catalogue does, on one line", () => {
    const { benchmarks } = readBenchmarks(table(["Code", "Benchmark"], [["cin\naudit", 70]]));
    expect([...benchmarks.keys()]).toEqual(["CIN AUDIT"]);
  });

  it("names a long code briefly", () => {
    const { issues } = readBenchmarks(table(["Code", "Benchmark"], [["X".repeat(5_000), "n/a"]]));
    expect(issues.map((i) => [i.rule, i.cell])).toEqual([["benchmark-not-number", "C4"]]);
    expect(issues[0]!.message.length).toBeLessThan(300);
  });
});
