/** `scorecard build <in.xlsx> -o <out.xlsx> [--period YYYY-MM] [--json] [--allow-errors]`. */
import { prepareBuild } from "../build";
import { monthLongLabel, parseMonthKey } from "../domain/periods";
import { DASHBOARD } from "../report/generatedSheets";
import { applyPlanToWorkbook, WorkbookUnreadableError } from "../xlsx/applyPlan";
import { WorkbookProtectedError } from "../build/errors";
import { UnusableInputError, UsageError } from "./errors";
import { samePath, writeOutput } from "./files";
import { readTablesFromFile } from "./workbookInput";
import { collectGarbage } from "./collectGarbage";
import type { PackageRead } from "../xlsx/readWorkbook";
import type { MonthIndex } from "../domain/types";

/** From this many table rows, a build collects garbage between deciding and writing (see collectGarbage). */
const LARGE_BUILD_ROWS = 20_000;

export interface BuildArgs {
  input: string;
  output: string;
  period?: string;
  json: boolean;
  allowErrors: boolean;
}

/**
 * Reads the input and decides the build. Only the package goes on to the
 * write: the tables are left behind here, so once this returns they can be
 * collected.
 */
async function readAndDecide(args: BuildArgs, month: MonthIndex | undefined) {
  const { bytes, read } = await readTablesFromFile(args.input);
  const { tables, ...pkg } = read;
  const prepared = prepareBuild(tables, { ...(month === undefined ? {} : { month }), allowErrors: args.allowErrors });
  let rows = 0;
  for (const table of tables.values()) rows += table.rows.length;
  return { bytes, pkg: pkg satisfies PackageRead, prepared, rows };
}

export async function runBuild(args: BuildArgs, out: (t: string) => void, err: (t: string) => void): Promise<number> {
  if (samePath(args.input, args.output)) {
    throw new UsageError("The output must be a different file: build never changes its input.");
  }
  const month = args.period === undefined ? undefined : parseMonthKey(args.period);
  if (args.period !== undefined && month === undefined) {
    throw new UsageError(`--period must be a month written YYYY-MM, such as 2012-10 (got "${args.period}").`);
  }

  const { bytes, pkg, prepared, rows } = await readAndDecide(args, month);
  if (prepared.kind === "cannot-build") throw new UnusableInputError(prepared.message);
  if (prepared.kind === "has-errors") {
    const { errors } = prepared;
    err(`${args.input} has ${errors} data error${errors === 1 ? "" : "s"}: run "scorecard validate ${args.input}" to see them, fix them, or build anyway with --allow-errors.`);
    return 1;
  }
  const { plan, month: reportMonth, results, errorsIgnored: errors } = prepared;
  // The tables and their analysis are garbage now: collected before the write grows the heap further.
  if (rows >= LARGE_BUILD_ROWS) collectGarbage();

  const { bytes: written, report } = await applyPlanToWorkbook(bytes, plan, pkg).catch((error: unknown) => {
    // A part only the write reads (a previous dashboard) may still turn out damaged.
    if (error instanceof WorkbookProtectedError || error instanceof WorkbookUnreadableError) throw new UnusableInputError(`${args.input}: ${error.message}`);
    throw error;
  });
  await writeOutput(args.output, written);

  if (args.json) {
    out(JSON.stringify(prepared.json, null, 2));
  } else {
    const sheets = report.written.slice(1);
    const also = sheets.length > 1 ? `, with ${sheets.slice(0, -1).join(", ")} and ${sheets[sheets.length - 1]}` : sheets.length === 1 ? `, with ${sheets[0]}` : "";
    out(`Wrote ${args.output}: the ${DASHBOARD.name} for ${monthLongLabel(reportMonth)} (${results.length} indicator results)${also}.`);
  }
  for (const notice of prepared.notices) err(notice);
  for (const r of report.renamed) {
    err(`A sheet named "${r.wanted}" already exists and is not one this tool made, so it was left alone and the new sheet is "${r.used}".`);
  }
  if (errors > 0) err(`Built with ${errors} data error${errors === 1 ? "" : "s"} present (--allow-errors); rows with errors were left out.`);
  return 0;
}
