/**
 * The optional `Benchmarks` table: comparator figures such as the statistical
 * neighbour average, one row per indicator code.
 * Columns: Code, Benchmark (the value), Period (optional), Source (optional).
 */
import { describeNotNumber, isBlankCell, readCellNumber } from "../cellNumbers";
import { codeText, shortCellText } from "../cellText";
import { findColumns } from "../columns";
import { issue } from "../rules/issue";
import { parseMonth } from "../periods";
import { dataCell } from "../tableCells";
import type { RawTable, ValidationIssue } from "../types";
import type { Benchmark } from "./resolveLevel";

const COLUMNS = {
  code: { name: "Code", required: true },
  value: { name: "Benchmark", required: true },
  period: { name: "Period", required: false },
  source: { name: "Source", required: false },
} as const;

function newer(candidate: Benchmark, kept: Benchmark): boolean {
  return candidate.month !== undefined && (kept.month === undefined || candidate.month > kept.month);
}

/**
 * Reads the Benchmarks table into comparator figures by upper-cased code. No table means
 * no benchmarks and no issues. Rows without a code are skipped as blank.
 */
export function readBenchmarks(table: RawTable | undefined): { benchmarks: Map<string, Benchmark>; issues: ValidationIssue[] } {
  const benchmarks = new Map<string, Benchmark>();
  if (!table) return { benchmarks, issues: [] };
  const { columns, issues } = findColumns(table, COLUMNS);
  const { code: codeCol, value: valueCol, period: periodCol, source: sourceCol } = columns;
  if (codeCol === undefined || valueCol === undefined) return { benchmarks, issues };

  table.rows.forEach((row, r) => {
    const rawCode = row[codeCol] ?? null;
    if (isBlankCell(rawCode)) return;
    // Codes are compared as the catalogue compares them: trimmed, upper case.
    const code = codeText(rawCode).toUpperCase();
    const shown = shortCellText(code);
    const read = readCellNumber(row[valueCol] ?? null);
    if (read.kind !== "number") {
      const at = dataCell(table, r, valueCol);
      issues.push(issue("benchmark-not-number", at, `Table ${table.name}, column Benchmark, cell ${at.cell} (${shown}) ${describeNotNumber(read)}; this benchmark is not used.`));
      return;
    }
    const benchmark: Benchmark = { value: read.value };
    const rawPeriod = periodCol === undefined ? null : (row[periodCol] ?? null);
    if (!isBlankCell(rawPeriod)) {
      const month = parseMonth(rawPeriod);
      if (month === undefined) {
        const at = dataCell(table, r, periodCol!);
        issues.push(issue("benchmark-bad-period", at, `Table ${table.name}, column Period, cell ${at.cell} (${shown}) is not a month such as "Mar 2012"; the benchmark is used without a date.`));
      } else benchmark.month = month;
    }
    const rawSource = sourceCol === undefined ? null : (row[sourceCol] ?? null);
    if (!isBlankCell(rawSource)) benchmark.source = String(rawSource).trim();

    const kept = benchmarks.get(code);
    if (kept) {
      const at = dataCell(table, r, codeCol);
      issues.push(issue("benchmark-duplicate", at, `Table ${table.name}, column Code, cell ${at.cell}: ${shown} already has a benchmark; the most recent one is used.`));
      if (!newer(benchmark, kept)) return;
    }
    benchmarks.set(code, benchmark);
  });
  return { benchmarks, issues };
}
