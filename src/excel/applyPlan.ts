/**
 * Writes a WorkbookPlan into the open workbook without ever leaving a
 * half-built dashboard in place of a good one.
 *
 * 1. Read (1 sync, +1 on a refresh; none when `options.existing` was read
 *    beforehand by `readForBuild`): sheet names, workbook protection, and for
 *    sheets under planned names their A1 marker and typed text.
 * 2. Decide (pure): which sheets are ours, final names, carried text.
 * 3. Write (1 sync; more only when the content exceeds the payload budget):
 *    build every sheet under a temporary name, then — at the end of the same
 *    last request — swap them in for the previous generated sheets (swap.ts),
 *    then put them in place, apply the cosmetic settings (cosmetics.ts) and
 *    protect again the sheets whose previous version was protected
 *    (reprotect.ts).
 *    Excel keeps the operations before a failing one, so a cosmetic setting
 *    that fails there can no longer undo the swap.
 *    A failure leaves the old dashboard as it was: 2 more syncs remove what
 *    was built (or finish a swap that had already completed its renames), and
 *    the error is rethrown as an ExcelShellError. When the look-around finds
 *    the swap finished, only settings after it failed: each kind is retried
 *    in its own sync and the ones that fail again are reported as skipped.
 *
 * A first build takes 2 syncs, a refresh 3 (1 with a read from
 * `readForBuild`), whatever the number of indicators or months, until a
 * single request would pass the payload budget.
 */
import type { WorkbookPlan } from "../report/plan/plan";
import { checkPlan } from "./checkPlan";
import { chartExtras } from "./chartExtras";
import { footerCosmetics, promptCosmetics } from "./sheetExtras";
import { sheetNotes } from "../report/plan/preserve";
import {
  chartCosmetics,
  COSMETIC_OPERATIONS,
  type Cosmetic,
  gate,
  type PendingCheck,
  queueCosmetics,
  retryByKind,
  sheetCosmetics,
  type SkippedSetting,
  unappliedSettings,
  withoutApi,
} from "./cosmetics";
import { decideSheets, type SheetDecisions } from "../report/plan/decideSheets";
import { WorkbookProtectedError } from "../build/errors";
import { mapExcelError } from "./errors";
import { Batcher, opCost } from "./payload";
import { coversPlan, type ExistingWorkbook, readExisting } from "./readExisting";
import { protectedAgain, protectionSettings } from "./reprotect";
import { queueArrangement, queueSwap, recoverFromFailedWrite, swapOperations } from "./swap";
import { type BuiltChart, isDrawable, writeChart } from "./writeChart";
import { writeSheetContent } from "./writeSheet";

export interface ApplyOptions {
  /** Whether the host supports ExcelApi `version` ("1.8", "1.9"); 1.7 and below are assumed. */
  isSetSupported(version: string): boolean;
  /** Estimated bytes per write request; default 4 MB, below Excel on the web's 5 MB cap. */
  payloadBudget?: number;
  /**
   * What `readForBuild` read about the workbook's sheets, in the same or an
   * earlier `Excel.run`. Used when it was read for this plan's sheet names;
   * otherwise the sheets are read again.
   */
  existing?: ExistingWorkbook;
}

export interface ApplyReport {
  /** Final names of the written sheets, in plan order. */
  written: string[];
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
  /**
   * Final names of sheets whose previous version was protected and which were
   * protected again with the same settings but without a password, which
   * Office.js cannot read (see reprotect.ts).
   */
  reprotected: string[];
}

const DEFAULT_BUDGET = 4_000_000;

/** Apply `plan` to the workbook behind `context`. Throws ExcelShellError, or WorkbookProtectedError when the workbook's structure is protected. */
export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyReport> {
  const counts = { read: 0, write: 0, cosmetic: 0 };
  const counted = (phase: keyof typeof counts) => async (): Promise<void> => {
    counts[phase]++;
    await context.sync();
  };

  let decisions: SheetDecisions;
  let previousIds: string[] | undefined;
  let existing: ExistingWorkbook;
  try {
    existing = options.existing && coversPlan(options.existing, plan) ? options.existing : await readExisting(context, plan, counted("read"));
  } catch (error) {
    throw mapExcelError(error, "read");
  }
  // The same refusal, in the same words, as the file shell's.
  if (existing.structureProtected) throw new WorkbookProtectedError();
  try {
    previousIds = existing.ids;
    checkPlan(plan, existing.sheets.map((s) => s.name));
    decisions = decideSheets(plan, existing.sheets);
  } catch (error) {
    throw mapExcelError(error, "read");
  }

  const batch = new Batcher(counted("write"), options.payloadBudget ?? DEFAULT_BUDGET, () => {
    // Lasts until the next sync only, so it is renewed per batch (ExcelApi 1.9).
    if (options.isSetSupported("1.9")) context.application.suspendScreenUpdatingUntilNextSync();
  });
  const cosmetics: Cosmetic[] = [
    arrangement(decisions, plan.activate),
    ...decisions.sheets.flatMap((d) => [
      ...sheetCosmetics(d.finalName, d.plan.showGridlines, d.plan.print, d.plan.freeze),
      ...footerCosmetics(d.finalName, d.plan.print),
      ...promptCosmetics(d.finalName, sheetNotes(d.plan)),
      ...d.plan.charts.filter(isDrawable).flatMap((c) => [...chartCosmetics(d.finalName, c), ...chartExtras(d.finalName, c)]),
    ]),
    // Freezing panes on another sheet can leave Excel thinking that sheet is active (office-js #3148): show the wanted one again.
    ...(plan.activate !== undefined && decisions.sheets.some((d) => d.plan.freeze) ? [arrangement(decisions, plan.activate, true)] : []),
  ];
  // Last, so every other setting reaches the sheets before they are protected.
  const protection = protectionSettings(decisions, existing.protectedSheets);
  cosmetics.push(...protection);
  const gated = gate(cosmetics, (v) => options.isSetSupported(v));
  const undrawn: SkippedSetting[] = [];
  let retriedSkips: SkippedSetting[] = [];
  try {
    const checks = await writeAndSwap(context, plan, decisions, batch, undrawn, gated.run, options.isSetSupported("1.9"));
    retriedSkips = unappliedSettings(checks);
  } catch (error) {
    const mapped = mapExcelError(error, "write");
    const finished = await recoverFromFailedWrite(context, decisions, counted("cosmetic"), previousIds);
    if (!finished) {
      // The look-around belonged to the failed write, not to cosmetics.
      counts.write += counts.cosmetic;
      counts.cosmetic = 0;
      throw mapped;
    }
    const retried = await retryByKind(context, gated.run);
    counts.cosmetic += retried.syncs;
    retriedSkips = retried.skipped;
  }

  const skipped = [...undrawn, ...gated.skipped, ...retriedSkips, ...decisions.sheets.flatMap((d) => withoutApi(d.finalName, d.plan))];
  return {
    written: decisions.sheets.map((d) => d.finalName),
    renamed: decisions.renamed,
    syncs: counts.read + counts.write + counts.cosmetic,
    syncsByPhase: counts,
    largestRequestBytes: batch.largest,
    skipped,
    carriedInputs: decisions.sheets.reduce((n, d) => n + d.typed.size, 0),
    reprotected: protectedAgain(protection, skipped),
  };
}

/** Sheet positions and the shown sheet (or only the shown sheet), applied after the swap like the cosmetic settings. */
function arrangement(decisions: SheetDecisions, activate: string | undefined, showOnly = false): Cosmetic {
  const only: SheetDecisions = showOnly ? { ...decisions, sheets: decisions.sheets.map((d) => ({ ...d, replaces: undefined })) } : decisions;
  return { kind: "sheet-order", sheet: decisions.sheets[0]?.finalName ?? "", queue: (wb) => queueArrangement(wb.worksheets, only, activate) };
}

async function writeAndSwap(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  decisions: SheetDecisions,
  batch: Batcher,
  skipped: SkippedSetting[],
  cosmetics: readonly Cosmetic[],
  /** RangeAreas (ExcelApi 1.9) are available. */
  areas: boolean,
): Promise<PendingCheck[]> {
  const worksheets = context.workbook.worksheets;
  const built = new Map<string, Excel.Worksheet>();
  for (const d of decisions.sheets) {
    await batch.charge(opCost(d.tempName));
    built.set(d.plan.name.toLowerCase(), worksheets.add(d.tempName));
  }
  const sheetOf = (name: string): Excel.Worksheet => built.get(name.toLowerCase()) ?? worksheets.getItem(name);
  for (const d of decisions.sheets) await writeSheetContent(sheetOf(d.plan.name), d.plan, d.typed, batch, areas);
  const charts = new Map<string, BuiltChart>();
  const chartKey = (sheet: string, chart: string): string => `${sheet}\u0000${chart}`;
  for (const d of decisions.sheets) {
    for (const chart of d.plan.charts) {
      if (!isDrawable(chart)) {
        skipped.push({ setting: "chart", sheet: d.finalName, reason: `chart ${chart.name} has no series` });
        continue;
      }
      const drawn = await writeChart(sheetOf(d.plan.name), chart, sheetOf(chart.dataSheet), batch);
      if (drawn) charts.set(chartKey(d.finalName, chart.name), drawn);
    }
  }

  // The swap rides at the end of the last request, so nothing old changes before it;
  // the arrangement and the cosmetic settings follow it in the same request.
  await batch.charge(opCost() * (swapOperations(decisions) + 1 + COSMETIC_OPERATIONS * cosmetics.length));
  queueSwap(worksheets, decisions, sheetOf);
  // Charts queued in this same request are reached through their proxies; older ones by path.
  const checks = queueCosmetics(context.workbook, cosmetics, (sheet, chart) => {
    const drawn = charts.get(chartKey(sheet, chart));
    return drawn && drawn.generation === batch.generation ? drawn : undefined;
  });
  await batch.flush();
  return checks;
}
