/**
 * Sheets a failed build could not remove: the previous dashboard parked as
 * "~sc-old-N" when Excel refused to delete it after the new one was in
 * place. They are the add-in's own and of no use, so they go quietly the
 * next time the pane opens or builds. Nothing is removed while a "~sc-tmp-N"
 * sheet remains: then the swap did not finish and the next build sorts it out.
 */
import { PARKED_PREFIX, TEMP_PREFIX } from "../../report/plan/decideSheets";
import type { PaneServices } from "../paneServices";

const PARKED = new RegExp(`^${PARKED_PREFIX.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")}\\d+$`);

/** Deletes leftover parked sheets (1 sync to look, 1 more when there are some). Resolves with the names removed; never throws. */
export async function cleanLeftovers(services: Pick<PaneServices, "excel">): Promise<string[]> {
  try {
    return await services.excel(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const names = sheets.items.map((s) => s.name);
      if (names.some((n) => n.startsWith(TEMP_PREFIX))) return [];
      const parked = names.filter((n) => PARKED.test(n));
      if (parked.length === 0) return [];
      for (const name of parked) sheets.getItem(name).delete();
      await context.sync();
      return parked;
    });
  } catch {
    // Quietly: a sheet Excel still refuses to delete is tried again next time.
    return [];
  }
}
