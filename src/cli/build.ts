/** `scorecard build <in.xlsx> -o <out.xlsx> [--period YYYY-MM] [--json] [--allow-errors]`. */
import { analyseTables } from "../domain/analyse";
import { buildNotices } from "../domain/buildNotices";
import { computeResults, toBuildJson, UnknownPeriodError } from "../domain/gaps";
import { monthLongLabel, parseMonthKey } from "../domain/periods";
import { actionsReport } from "../report/actionsReport";
import { budgetReport } from "../report/budgetReport";
import { buildWorkbookPlan } from "../report/buildWorkbookPlan";
import { actionsJson, budgetJson, noticeJson } from "../report/frameworkJson";
import { noticeTracker } from "../report/noticeTracker";
import { applyPlanToWorkbook, WorkbookUnreadableError } from "../xlsx/applyPlan";
import { WorkbookProtectedError } from "../xlsx/WorkbookProtectedError";
import { UnusableInputError, UsageError } from "./errors";
import { samePath, writeOutput } from "./files";
import { readTablesFromFile } from "./workbookInput";

export interface BuildArgs {
  input: string;
  output: string;
  period?: string;
  json: boolean;
  allowErrors: boolean;
}

export async function runBuild(args: BuildArgs, out: (t: string) => void, err: (t: string) => void): Promise<number> {
  if (samePath(args.input, args.output)) {
    throw new UsageError("The output must be a different file: build never changes its input.");
  }
  const month = args.period === undefined ? undefined : parseMonthKey(args.period);
  if (args.period !== undefined && month === undefined) {
    throw new UsageError(`--period must be a month written YYYY-MM, such as 2012-10 (got "${args.period}").`);
  }

  const { bytes, read } = await readTablesFromFile(args.input);
  const { tables } = read;
  // The reporting month also dates the Actions table's checks (its last day is "today").
  const analysis = analyseTables(tables, undefined, month === undefined ? {} : { month });
  if (!analysis.summary.usable) {
    throw new UnusableInputError(analysis.issues.find((i) => i.rule === "missing-table")?.message ?? "The workbook cannot be used.");
  }
  const { errors } = analysis.summary;
  if (errors > 0 && !args.allowErrors) {
    err(`${args.input} has ${errors} data error${errors === 1 ? "" : "s"}: run "scorecard validate ${args.input}" to see them, fix them, or build anyway with --allow-errors.`);
    return 1;
  }

  let results;
  try {
    results = computeResults(analysis.catalogue, analysis.observations, { month, benchmarks: analysis.benchmarks, ...(analysis.areas ? { areas: analysis.areas } : {}) });
  } catch (error) {
    if (error instanceof UnknownPeriodError) throw new UnusableInputError(error.message);
    throw error;
  }
  const reportMonth = month ?? results[0]?.month;
  if (reportMonth === undefined) throw new UnusableInputError(`${args.input} has no figures to report.`);

  const { catalogue, benchmarks, budget, actions } = analysis;
  const plan = buildWorkbookPlan({
    results,
    month: reportMonth,
    catalogue,
    benchmarks,
    ...(budget ? { budget } : {}),
    ...(actions ? { actions } : {}),
  });
  const { bytes: written, report } = await applyPlanToWorkbook(bytes, plan, read).catch((error: unknown) => {
    // A part only the write reads (a previous dashboard) may still turn out damaged.
    if (error instanceof WorkbookProtectedError || error instanceof WorkbookUnreadableError) throw new UnusableInputError(`${args.input}: ${error.message}`);
    throw error;
  });
  await writeOutput(args.output, written);

  if (args.json) {
    out(
      JSON.stringify(
        {
          ...toBuildJson(results, reportMonth),
          notice: noticeJson(noticeTracker(catalogue, results, reportMonth, benchmarks, actions)),
          budget: budget ? budgetJson(budgetReport(budget, reportMonth)) : null,
          actions: actions ? actionsJson(actionsReport(actions, reportMonth)) : null,
        },
        null,
        2,
      ),
    );
  } else {
    const sheets = report.written.slice(1);
    const also = sheets.length > 1 ? `, with ${sheets.slice(0, -1).join(", ")} and ${sheets[sheets.length - 1]}` : sheets.length === 1 ? `, with ${sheets[0]}` : "";
    out(`Wrote ${args.output}: the Member Dashboard for ${monthLongLabel(reportMonth)} (${results.length} indicator results)${also}.`);
  }
  for (const notice of buildNotices(analysis, reportMonth)) err(notice);
  for (const r of report.renamed) {
    err(`A sheet named "${r.wanted}" already exists and is not one this tool made, so it was left alone and the new sheet is "${r.used}".`);
  }
  if (errors > 0) err(`Built with ${errors} data error${errors === 1 ? "" : "s"} present (--allow-errors); rows with errors were left out.`);
  return 0;
}
