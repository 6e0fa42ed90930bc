/**
 * Swapping freshly built sheets in for the previous ones, and undoing a swap
 * that failed part-way. The swap runs at the end of the last write request:
 *
 *   1. park each previous sheet under a "~sc-old-" name (reversible),
 *   2. rename each new sheet from its "~sc-tmp-" name to its final name,
 *   3. delete the parked sheets, then restore positions and activate.
 *
 * Excel runs a request's operations in order and keeps those before a failure,
 * so after a failure the sheet names alone tell how far it got. While any new
 * sheet still has its temporary name the build is rolled back (new sheets
 * deleted, parked ones renamed back); once every new sheet has its final name
 * it is rolled forward (remaining parked sheets deleted).
 */
import type { SheetDecisions } from "../report/plan/decideSheets";

/**
 * Delete a sheet we made (a leftover, a parked previous version). Excel
 * refuses to delete a very hidden sheet (GeneralException, by design per
 * office-js #365), so it is made merely hidden first — no flash on screen.
 */
export function deleteSheet(sheet: Excel.Worksheet): void {
  sheet.visibility = "Hidden";
  sheet.delete();
}

/**
 * Queue the swap. `built(planName)` is the new sheet's proxy. Where the new
 * sheets then sit and which one is shown is `queueArrangement`'s, queued after
 * it: once the last rename has run the dashboard is complete.
 */
export function queueSwap(worksheets: Excel.WorksheetCollection, decisions: SheetDecisions, built: (planName: string) => Excel.Worksheet): void {
  for (const name of decisions.leftoverTemps) deleteSheet(worksheets.getItem(name));
  for (const d of decisions.sheets) if (d.replaces && d.parkedName) worksheets.getItem(d.replaces.name).name = d.parkedName;
  for (const d of decisions.sheets) built(d.plan.name).name = d.finalName;
  for (const d of decisions.sheets) if (d.parkedName) deleteSheet(worksheets.getItem(d.parkedName));
}

/** Operations `queueSwap` queues, for the payload estimate. */
export function swapOperations(decisions: SheetDecisions): number {
  return 4 * decisions.sheets.length + 2 * decisions.leftoverTemps.length;
}

/**
 * After the swap: each new sheet back where the previous one stood, and the
 * planned sheet shown. By final name, so it can be queued in the swap's own
 * request or retried in a later one.
 */
export function queueArrangement(worksheets: Excel.WorksheetCollection, decisions: SheetDecisions, activate: string | undefined): void {
  // Ascending, so earlier moves don't shift later ones.
  const moves = decisions.sheets.flatMap((d) => (d.replaces ? [{ d, position: d.replaces.position }] : [])).sort((a, b) => a.position - b.position);
  for (const { d, position } of moves) worksheets.getItem(d.finalName).position = position;
  const shown = activate === undefined ? undefined : decisions.sheets.find((d) => d.plan.name.toLowerCase() === activate.toLowerCase());
  if (shown) worksheets.getItem(shown.finalName).activate();
}

/** What to do, given the sheet names after a failed write, to get back to a consistent workbook. */
export function recoveryActions(decisions: SheetDecisions, names: readonly string[]): { remove: string[]; restore: Array<{ from: string; to: string }> } {
  const present = new Set(names.map((n) => n.toLowerCase()));
  const has = (name: string | undefined): boolean => name !== undefined && present.has(name.toLowerCase());
  const rollBack = decisions.sheets.some((d) => has(d.tempName));
  const remove: string[] = [];
  const restore: Array<{ from: string; to: string }> = [];
  for (const d of decisions.sheets) {
    if (!rollBack) {
      if (has(d.parkedName)) remove.push(d.parkedName!);
      continue;
    }
    if (has(d.tempName)) remove.push(d.tempName);
    // Under its final name sits the new sheet once the old one has moved away (or there was none).
    else if (has(d.finalName) && (!d.replaces || has(d.parkedName))) remove.push(d.finalName);
    if (d.replaces && has(d.parkedName)) restore.push({ from: d.parkedName!, to: d.replaces.name });
  }
  return { remove, restore };
}

/**
 * Best effort after a failed write (1 sync to look, 1 more to mend): leave
 * either the old sheets or the new ones, never a mix of halves. Resolves true
 * when the swap had finished — every final name held by a sheet that did not
 * exist before the build (`previousIds`), no temporary or parked sheet left —
 * so whatever failed came after it (arrangement or cosmetic settings) and the
 * dashboard itself is complete. Names alone cannot tell that from a failure
 * before anything was built, when the old sheets still hold the same names.
 */
export async function recoverFromFailedWrite(
  context: Excel.RequestContext,
  decisions: SheetDecisions,
  sync: () => Promise<void>,
  previousIds?: readonly string[],
): Promise<boolean> {
  try {
    const collection = context.workbook.worksheets;
    collection.load("items/name,items/id");
    await sync();
    const sheets = collection.items.map((ws) => ({ name: ws.name, id: ws.id }));
    const { remove, restore } = recoveryActions(
      decisions,
      sheets.map((ws) => ws.name),
    );
    if (remove.length === 0 && restore.length === 0) return previousIds !== undefined && swapFinished(decisions, sheets, previousIds);
    for (const name of remove) deleteSheet(collection.getItem(name));
    for (const { from, to } of restore) collection.getItem(from).name = to;
    await sync();
    return false;
  } catch {
    // The original error matters more; leftover "~sc-" sheets are removed by the next build.
    return false;
  }
}

/** Every final name held by a new sheet (an id not among `previousIds`), and no temporary or parked sheet of this build left. */
export function swapFinished(decisions: SheetDecisions, sheets: readonly { name: string; id: string }[], previousIds: readonly string[]): boolean {
  const before = new Set(previousIds);
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s.id]));
  return decisions.sheets.every((d) => {
    const id = byName.get(d.finalName.toLowerCase());
    return id !== undefined && !before.has(id) && !byName.has(d.tempName.toLowerCase()) && (d.parkedName === undefined || !byName.has(d.parkedName.toLowerCase()));
  });
}
