/**
 * Writes a WorkbookPlan into the open workbook without ever leaving a
 * half-built dashboard in place of a good one.
 *
 * 1. Read (1 sync, +1 on a refresh): sheet names, workbook protection, and for
 *    sheets under planned names their A1 marker and typed text.
 * 2. Decide (pure): which sheets are ours, final names, carried text.
 * 3. Write (1 sync; more only when the content exceeds the payload budget):
 *    build every sheet under a temporary name, then — at the end of the same
 *    last request — swap them in for the previous generated sheets (swap.ts).
 *    A failure leaves the old dashboard as it was: 2 more syncs remove what
 *    was built (or finish a swap that had already completed its renames), and
 *    the error is rethrown as an ExcelShellError.
 * 4. Cosmetics (1 sync; up to one more per kind if it fails): settings that
 *    must never fail the build.
 *
 * A first build takes 3 syncs, a refresh 4, whatever the number of indicators
 * or months, until a single request would pass the payload budget.
 */
import type { WorkbookPlan } from "../report/plan";
import { checkPlan } from "./checkPlan";
import { applyCosmetics, chartCosmetics, type Cosmetic, gate, sheetCosmetics, type SkippedSetting } from "./cosmetics";
import { decideSheets, type SheetDecisions } from "../report/decideSheets";
import { ExcelShellError, mapExcelError } from "./errors";
import { Batcher, opCost } from "./payload";
import { readExisting } from "./readExisting";
import { queueSwap, recoverFromFailedWrite } from "./swap";
import { isDrawable, writeChart } from "./writeChart";
import { writeSheetContent } from "./writeSheet";

export interface ApplyOptions {
  /** Whether the host supports ExcelApi `version` ("1.8", "1.9"); 1.7 and below are assumed. */
  isSetSupported(version: string): boolean;
  /** Estimated bytes per write request; default 4 MB, below Excel on the web's 5 MB cap. */
  payloadBudget?: number;
}

export interface ApplyReport {
  /** Final names of the written sheets, in plan order. */
  sheets: string[];
  /** Planned sheets written under another name because a person's sheet holds the wanted one. */
  renamed: { wanted: string; used: string }[];
  /** Every context.sync() this call made. */
  syncs: number;
  syncsByPhase: { read: number; write: number; cosmetic: number };
  /** The largest write request, as estimated before sending. */
  largestRequestBytes: number;
  /** Optional settings not applied, and why. */
  skipped: SkippedSetting[];
  /** Typed input texts carried over from the previous build. */
  carriedInputs: number;
}

const DEFAULT_BUDGET = 4_000_000;

/** Apply `plan` to the workbook behind `context`. Throws ExcelShellError. */
export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyReport> {
  const counts = { read: 0, write: 0, cosmetic: 0 };
  const counted = (phase: keyof typeof counts) => async (): Promise<void> => {
    counts[phase]++;
    await context.sync();
  };

  let decisions: SheetDecisions;
  try {
    const existing = await readExisting(context, plan, counted("read"));
    if (existing.structureProtected) throw new ExcelShellError("WorkbookProtected", "read");
    checkPlan(plan, existing.sheets.map((s) => s.name));
    decisions = decideSheets(plan, existing.sheets);
  } catch (error) {
    throw mapExcelError(error, "read");
  }

  const batch = new Batcher(counted("write"), options.payloadBudget ?? DEFAULT_BUDGET, () => {
    // Lasts until the next sync only, so it is renewed per batch (ExcelApi 1.9).
    if (options.isSetSupported("1.9")) context.application.suspendScreenUpdatingUntilNextSync();
  });
  const skipped: SkippedSetting[] = [];
  try {
    await writeAndSwap(context, plan, decisions, batch, skipped);
  } catch (error) {
    const mapped = mapExcelError(error, "write");
    await recoverFromFailedWrite(context, decisions, counted("write"));
    throw mapped;
  }

  const cosmetics: Cosmetic[] = decisions.sheets.flatMap((d) => [
    ...sheetCosmetics(d.finalName, d.plan.showGridlines, d.plan.print),
    ...d.plan.charts.filter(isDrawable).flatMap((c) => chartCosmetics(d.finalName, c)),
  ]);
  const gated = gate(cosmetics, (v) => options.isSetSupported(v));
  const applied = await applyCosmetics(context, gated.run);
  counts.cosmetic += applied.syncs;

  return {
    sheets: decisions.sheets.map((d) => d.finalName),
    renamed: decisions.renamed,
    syncs: counts.read + counts.write + counts.cosmetic,
    syncsByPhase: counts,
    largestRequestBytes: batch.largest,
    skipped: [...skipped, ...gated.skipped, ...applied.skipped],
    carriedInputs: decisions.sheets.reduce((n, d) => n + d.typed.size, 0),
  };
}

async function writeAndSwap(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  decisions: SheetDecisions,
  batch: Batcher,
  skipped: SkippedSetting[],
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const built = new Map<string, Excel.Worksheet>();
  for (const d of decisions.sheets) {
    await batch.charge(opCost(d.tempName));
    built.set(d.plan.name.toLowerCase(), worksheets.add(d.tempName));
  }
  const sheetOf = (name: string): Excel.Worksheet => built.get(name.toLowerCase()) ?? worksheets.getItem(name);
  for (const d of decisions.sheets) await writeSheetContent(sheetOf(d.plan.name), d.plan, d.typed, batch);
  for (const d of decisions.sheets) {
    for (const chart of d.plan.charts) {
      if (isDrawable(chart)) await writeChart(sheetOf(d.plan.name), chart, sheetOf(chart.dataSheet), batch);
      else skipped.push({ setting: "chart", sheet: d.finalName, reason: `chart ${chart.name} has no series` });
    }
  }

  // The swap rides at the end of the last request: nothing old changes before it.
  await batch.charge(opCost() * (4 * decisions.sheets.length + decisions.leftoverTemps.length + 1));
  queueSwap(worksheets, decisions, sheetOf, plan.activate);
  await batch.flush();
}
