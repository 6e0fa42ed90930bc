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
import type { SheetDecisions } from "../report/decideSheets";

/** Queue the swap. `built(planName)` is the new sheet's proxy. */
export function queueSwap(
  worksheets: Excel.WorksheetCollection,
  decisions: SheetDecisions,
  built: (planName: string) => Excel.Worksheet,
  activate: string | undefined,
): void {
  for (const name of decisions.leftoverTemps) worksheets.getItem(name).delete();
  for (const d of decisions.sheets) if (d.replaces && d.parkedName) worksheets.getItem(d.replaces.name).name = d.parkedName;
  for (const d of decisions.sheets) built(d.plan.name).name = d.finalName;
  for (const d of decisions.sheets) if (d.parkedName) worksheets.getItem(d.parkedName).delete();
  // Back where the previous sheet stood; ascending, so earlier moves don't shift later ones.
  const moves = decisions.sheets.flatMap((d) => (d.replaces ? [{ d, position: d.replaces.position }] : [])).sort((a, b) => a.position - b.position);
  for (const { d, position } of moves) built(d.plan.name).position = position;
  const shown = activate === undefined ? undefined : decisions.sheets.find((d) => d.plan.name.toLowerCase() === activate.toLowerCase());
  if (shown) built(shown.plan.name).activate();
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

/** Best effort after a failed write (2 syncs): leave either the old sheets or the new ones, never a mix of halves. */
export async function recoverFromFailedWrite(context: Excel.RequestContext, decisions: SheetDecisions, sync: () => Promise<void>): Promise<void> {
  try {
    const collection = context.workbook.worksheets;
    collection.load("items/name");
    await sync();
    const { remove, restore } = recoveryActions(
      decisions,
      collection.items.map((ws) => ws.name),
    );
    if (remove.length === 0 && restore.length === 0) return;
    for (const name of remove) collection.getItem(name).delete();
    for (const { from, to } of restore) collection.getItem(from).name = to;
    await sync();
  } catch {
    // The original error matters more; leftover "~sc-" sheets are removed by the next build.
  }
}
